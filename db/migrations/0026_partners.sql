CREATE TABLE "agreement_instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"invoice_id" uuid,
	"invoiced_at" timestamp with time zone,
	CONSTRAINT "agreement_instalments_amount" CHECK ("agreement_instalments"."amount_cents" > 0),
	CONSTRAINT "agreement_instalments_invoiced" CHECK (("agreement_instalments"."invoice_id" is null) = ("agreement_instalments"."invoiced_at" is null))
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"werkplaats_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" integer NOT NULL,
	CONSTRAINT "budget_lines_kind" CHECK ("budget_lines"."kind" in ('rent', 'service_costs', 'energy', 'cleaning', 'other', 'workshop', 'coworking', 'sponsorship_cash', 'sponsorship_in_kind', 'subsidies')),
	CONSTRAINT "budget_lines_year" CHECK ("budget_lines"."year" between 2000 and 2100),
	CONSTRAINT "budget_lines_amount" CHECK ("budget_lines"."amount_cents" >= 0 and "budget_lines"."amount_cents" <= 1000000000)
);
--> statement-breakpoint
CREATE TABLE "in_kind_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"given_on" date NOT NULL,
	"hours" numeric(8, 2),
	"value_cents" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "in_kind_contributions_kind" CHECK ("in_kind_contributions"."kind" in ('hours', 'room', 'goods')),
	CONSTRAINT "in_kind_contributions_value" CHECK ("in_kind_contributions"."value_cents" >= 0 and "in_kind_contributions"."value_cents" <= 100000000),
	CONSTRAINT "in_kind_contributions_hours" CHECK (("in_kind_contributions"."kind" = 'hours') = ("in_kind_contributions"."hours" is not null) and ("in_kind_contributions"."hours" is null or "in_kind_contributions"."hours" > 0))
);
--> statement-breakpoint
CREATE TABLE "location_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "location_costs_kind" CHECK ("location_costs"."kind" in ('rent', 'service_costs', 'energy', 'cleaning', 'other', 'workshop')),
	CONSTRAINT "location_costs_first_of_month" CHECK (extract(day from "location_costs"."month") = 1),
	CONSTRAINT "location_costs_amount" CHECK ("location_costs"."amount_cents" >= 0 and "location_costs"."amount_cents" <= 100000000)
);
--> statement-breakpoint
CREATE TABLE "partner_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"yearly_cents" integer NOT NULL,
	"form" text NOT NULL,
	"schedule" text NOT NULL,
	"returns" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_agreements_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "partner_agreements_period" CHECK ("partner_agreements"."ends_on" >= "partner_agreements"."starts_on" and "partner_agreements"."ends_on" < "partner_agreements"."starts_on" + interval '10 years'),
	CONSTRAINT "partner_agreements_amount" CHECK ("partner_agreements"."yearly_cents" > 0 and "partner_agreements"."yearly_cents" <= 100000000),
	CONSTRAINT "partner_agreements_form" CHECK ("partner_agreements"."form" in ('cash', 'in_kind')),
	CONSTRAINT "partner_agreements_schedule" CHECK ("partner_agreements"."schedule" in ('monthly', 'quarterly', 'yearly', 'custom'))
);
--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"partner_id" uuid NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_settings" (
	"werkplaats_id" uuid PRIMARY KEY NOT NULL,
	"published_figures" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"website" text,
	"email" text,
	"logo" "bytea",
	"logo_mime_type" text,
	"published" boolean DEFAULT true NOT NULL,
	"party_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "partners_kind" CHECK ("partners"."kind" in ('education', 'municipality', 'province', 'bank', 'it_firm', 'fund', 'other')),
	CONSTRAINT "partners_website" CHECK ("partners"."website" is null or ("partners"."website" ~ '^https?://[^[:space:]]+$' and length("partners"."website") <= 300)),
	CONSTRAINT "partners_logo" CHECK (("partners"."logo" is null) = ("partners"."logo_mime_type" is null) and ("partners"."logo_mime_type" is null or "partners"."logo_mime_type" in ('image/png', 'image/jpeg')))
);
--> statement-breakpoint
CREATE TABLE "subsidies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidies_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "subsidies_source" CHECK ("subsidies"."source" in ('province', 'municipality', 'regiodeal', 'rif', 'eu', 'fund')),
	CONSTRAINT "subsidies_amount" CHECK ("subsidies"."amount_cents" > 0 and "subsidies"."amount_cents" <= 1000000000),
	CONSTRAINT "subsidies_period" CHECK ("subsidies"."ends_on" >= "subsidies"."starts_on" and "subsidies"."ends_on" < "subsidies"."starts_on" + interval '10 years')
);
--> statement-breakpoint
CREATE TABLE "subsidy_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subsidy_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"what" text NOT NULL,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" DROP CONSTRAINT "invoice_lines_revenue_kind";--> statement-breakpoint
ALTER TABLE "ledger_accounts" DROP CONSTRAINT "ledger_accounts_purpose";--> statement-breakpoint
ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_agreement_id_partner_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."partner_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_instalments" ADD CONSTRAINT "agreement_instalments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contributions" ADD CONSTRAINT "in_kind_contributions_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contributions" ADD CONSTRAINT "in_kind_contributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contributions" ADD CONSTRAINT "in_kind_contributions_partner_id_werkplaats_id_partners_id_werkplaats_id_fk" FOREIGN KEY ("partner_id","werkplaats_id") REFERENCES "public"."partners"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_costs" ADD CONSTRAINT "location_costs_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_partner_id_werkplaats_id_partners_id_werkplaats_id_fk" FOREIGN KEY ("partner_id","werkplaats_id") REFERENCES "public"."partners"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_settings" ADD CONSTRAINT "partner_settings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidies" ADD CONSTRAINT "subsidies_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_deadlines" ADD CONSTRAINT "subsidy_deadlines_subsidy_id_subsidies_id_fk" FOREIGN KEY ("subsidy_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_instalments_date_key" ON "agreement_instalments" USING btree ("agreement_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_instalments_invoice_key" ON "agreement_instalments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "agreement_instalments_due_idx" ON "agreement_instalments" USING btree ("werkplaats_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_key" ON "budget_lines" USING btree ("werkplaats_id","year","kind");--> statement-breakpoint
CREATE INDEX "in_kind_contributions_partner_idx" ON "in_kind_contributions" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "in_kind_contributions_day_idx" ON "in_kind_contributions" USING btree ("werkplaats_id","given_on");--> statement-breakpoint
CREATE UNIQUE INDEX "location_costs_month_key" ON "location_costs" USING btree ("werkplaats_id","month","kind");--> statement-breakpoint
CREATE INDEX "partner_agreements_partner_idx" ON "partner_agreements" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_contacts_key" ON "partner_contacts" USING btree ("partner_id","email");--> statement-breakpoint
CREATE INDEX "partner_contacts_email_idx" ON "partner_contacts" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_name_key" ON "partners" USING btree ("werkplaats_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_deadlines_key" ON "subsidy_deadlines" USING btree ("subsidy_id","due_on","what");--> statement-breakpoint
CREATE INDEX "subsidy_deadlines_due_idx" ON "subsidy_deadlines" USING btree ("due_on");--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_revenue_kind" CHECK ("invoice_lines"."revenue_kind" in ('membership', 'deposit', 'room_hours', 'day_pass', 'ticket', 'strippenkaart', 'one_off', 'sponsorship'));--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_purpose" CHECK ("ledger_accounts"."purpose" in ('membership', 'deposit', 'room_hours', 'day_pass', 'ticket', 'strippenkaart', 'one_off', 'sponsorship', 'debtors', 'btw_payable'));