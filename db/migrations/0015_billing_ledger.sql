CREATE TABLE "billing_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"company_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text,
	"street" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"country_code" text DEFAULT 'NL' NOT NULL,
	"kvk_number" text,
	"btw_id" text,
	"language" text DEFAULT 'nl' NOT NULL,
	"buyer_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_parties_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "billing_parties_kind" CHECK ("billing_parties"."kind" in ('company', 'person')),
	CONSTRAINT "billing_parties_company" CHECK ("billing_parties"."company_id" is null or "billing_parties"."kind" = 'company'),
	CONSTRAINT "billing_parties_country" CHECK ("billing_parties"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "billing_parties_language" CHECK ("billing_parties"."language" in ('nl', 'en')),
	CONSTRAINT "billing_parties_btw" CHECK ("billing_parties"."btw_id" is null or "billing_parties"."btw_id" ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$')
);
--> statement-breakpoint
CREATE TABLE "billing_settings" (
	"werkplaats_id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text,
	"trade_name" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"country_code" text DEFAULT 'NL' NOT NULL,
	"kvk_number" text,
	"btw_id" text,
	"iban" text,
	"bic" text,
	"phone" text,
	"invoice_prefix" text,
	"payment_term_days" integer DEFAULT 14 NOT NULL,
	"footer" text DEFAULT '' NOT NULL,
	"logo" "bytea",
	"logo_mime_type" text,
	"colour" text DEFAULT '#1d4ed8' NOT NULL,
	"sender_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_settings_country" CHECK ("billing_settings"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "billing_settings_kvk" CHECK ("billing_settings"."kvk_number" is null or "billing_settings"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "billing_settings_btw" CHECK ("billing_settings"."btw_id" is null or "billing_settings"."btw_id" ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
	CONSTRAINT "billing_settings_iban" CHECK ("billing_settings"."iban" is null or "billing_settings"."iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
	CONSTRAINT "billing_settings_prefix" CHECK ("billing_settings"."invoice_prefix" is null or "billing_settings"."invoice_prefix" ~ '^[A-Z0-9]{1,10}$'),
	CONSTRAINT "billing_settings_term" CHECK ("billing_settings"."payment_term_days" between 0 and 120),
	CONSTRAINT "billing_settings_colour" CHECK ("billing_settings"."colour" ~ '^#[0-9a-fA-F]{6}$'),
	CONSTRAINT "billing_settings_logo" CHECK (("billing_settings"."logo" is null) = ("billing_settings"."logo_mime_type" is null) and ("billing_settings"."logo_mime_type" is null or "billing_settings"."logo_mime_type" in ('image/png', 'image/jpeg')))
);
--> statement-breakpoint
CREATE TABLE "invoice_counters" (
	"werkplaats_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "invoice_counters_werkplaats_id_year_pk" PRIMARY KEY("werkplaats_id","year"),
	CONSTRAINT "invoice_counters_last" CHECK ("invoice_counters"."last" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"quantity" numeric(12, 3) NOT NULL,
	"unit_code" text DEFAULT 'C62' NOT NULL,
	"unit_cents" integer NOT NULL,
	"net_cents" integer NOT NULL,
	"btw_category" text NOT NULL,
	"btw_percent" integer NOT NULL,
	"exemption_reason" text,
	"btw_cents" integer NOT NULL,
	"revenue_kind" text NOT NULL,
	"charge_key" text,
	"credited_line_id" uuid,
	CONSTRAINT "invoice_lines_unit_code" CHECK ("invoice_lines"."unit_code" in ('C62', 'HUR', 'MON', 'DAY')),
	CONSTRAINT "invoice_lines_revenue_kind" CHECK ("invoice_lines"."revenue_kind" in ('membership', 'deposit', 'room_hours', 'day_pass', 'ticket', 'strippenkaart', 'one_off')),
	CONSTRAINT "invoice_lines_category" CHECK ("invoice_lines"."btw_category" in ('S', 'Z', 'E', 'AE')),
	CONSTRAINT "invoice_lines_btw" CHECK (("invoice_lines"."btw_category" = 'S' and "invoice_lines"."btw_percent" in (21, 9) and "invoice_lines"."exemption_reason" is null)
        or ("invoice_lines"."btw_category" = 'Z' and "invoice_lines"."btw_percent" = 0 and "invoice_lines"."exemption_reason" is null)
        or ("invoice_lines"."btw_category" in ('E', 'AE') and "invoice_lines"."btw_percent" = 0 and "invoice_lines"."exemption_reason" is not null)),
	CONSTRAINT "invoice_lines_quantity" CHECK ("invoice_lines"."quantity" > 0),
	CONSTRAINT "invoice_lines_amounts" CHECK ("invoice_lines"."unit_cents" >= 0 and "invoice_lines"."net_cents" >= 0 and "invoice_lines"."btw_cents" >= 0),
	CONSTRAINT "invoice_lines_period" CHECK (("invoice_lines"."period_start" is null) = ("invoice_lines"."period_end" is null) and ("invoice_lines"."period_end" is null or "invoice_lines"."period_end" >= "invoice_lines"."period_start"))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"kind" text DEFAULT 'invoice' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" text,
	"year" integer,
	"sequence" integer,
	"issue_date" date,
	"due_date" date,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"credits_invoice_id" uuid,
	"net_cents" integer DEFAULT 0 NOT NULL,
	"btw_cents" integer DEFAULT 0 NOT NULL,
	"gross_cents" integer DEFAULT 0 NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"payment_reference" text,
	"supplier" jsonb,
	"customer" jsonb,
	"language" text DEFAULT 'nl' NOT NULL,
	"notes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sent_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"created_by" uuid,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_kind" CHECK ("invoices"."kind" in ('invoice', 'credit_note')),
	CONSTRAINT "invoices_status" CHECK ("invoices"."status" in ('draft', 'issued', 'paid', 'credited')),
	CONSTRAINT "invoices_issued_complete" CHECK ("invoices"."status" = 'draft' or ("invoices"."number" is not null and "invoices"."year" is not null and "invoices"."sequence" is not null and "invoices"."issue_date" is not null
        and "invoices"."due_date" is not null and "invoices"."payment_reference" is not null and "invoices"."supplier" is not null and "invoices"."customer" is not null)),
	CONSTRAINT "invoices_draft_unnumbered" CHECK ("invoices"."status" <> 'draft' or "invoices"."number" is null),
	CONSTRAINT "invoices_credit_note" CHECK (("invoices"."kind" = 'credit_note') = ("invoices"."credits_invoice_id" is not null)),
	CONSTRAINT "invoices_period" CHECK ("invoices"."period_end" >= "invoices"."period_start"),
	CONSTRAINT "invoices_amounts" CHECK ("invoices"."net_cents" >= 0 and "invoices"."btw_cents" >= 0 and "invoices"."gross_cents" = "invoices"."net_cents" + "invoices"."btw_cents"),
	CONSTRAINT "invoices_paid" CHECK ("invoices"."paid_cents" between 0 and "invoices"."gross_cents"),
	CONSTRAINT "invoices_payment_reference" CHECK ("invoices"."payment_reference" is null or "invoices"."payment_reference" ~ '^[0-9]{16}$'),
	CONSTRAINT "invoices_language" CHECK ("invoices"."language" in ('nl', 'en'))
);
--> statement-breakpoint
CREATE TABLE "money_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "money_events_kind" CHECK ("money_events"."kind" in ('issued', 'sent', 'paid', 'reminded', 'credited', 'exported', 'payment_reversed'))
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"applied_cents" integer NOT NULL,
	"method" text NOT NULL,
	"received_on" date NOT NULL,
	"reference" text,
	"note" text,
	"reversed_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_method" CHECK ("payments"."method" in ('transfer', 'incasso', 'pin', 'cash', 'stripe')),
	CONSTRAINT "payments_amounts" CHECK ("payments"."amount_cents" > 0 and "payments"."applied_cents" between 0 and "payments"."amount_cents")
);
--> statement-breakpoint
ALTER TABLE "billing_parties" ADD CONSTRAINT "billing_parties_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_parties" ADD CONSTRAINT "billing_parties_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_parties" ADD CONSTRAINT "billing_parties_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_counters" ADD CONSTRAINT "invoice_counters_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_credited_line_id_invoice_lines_id_fk" FOREIGN KEY ("credited_line_id") REFERENCES "public"."invoice_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credits_invoice_id_invoices_id_fk" FOREIGN KEY ("credits_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "billing_parties_company_key" ON "billing_parties" USING btree ("company_id") WHERE "billing_parties"."company_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "billing_parties_user_key" ON "billing_parties" USING btree ("werkplaats_id","user_id") WHERE "billing_parties"."kind" = 'person' and "billing_parties"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_position_key" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_charge_key" ON "invoice_lines" USING btree ("werkplaats_id","charge_key") WHERE "invoice_lines"."charge_key" is not null;--> statement-breakpoint
CREATE INDEX "invoice_lines_credited_idx" ON "invoice_lines" USING btree ("credited_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("werkplaats_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_sequence_key" ON "invoices" USING btree ("werkplaats_id","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_payment_reference_key" ON "invoices" USING btree ("payment_reference");--> statement-breakpoint
CREATE INDEX "invoices_party_idx" ON "invoices" USING btree ("party_id","issue_date");--> statement-breakpoint
CREATE INDEX "invoices_werkplaats_idx" ON "invoices" USING btree ("werkplaats_id","status","issue_date");--> statement-breakpoint
CREATE INDEX "invoices_credits_idx" ON "invoices" USING btree ("credits_invoice_id");--> statement-breakpoint
CREATE INDEX "money_events_invoice_idx" ON "money_events" USING btree ("invoice_id","at");--> statement-breakpoint
CREATE INDEX "money_events_werkplaats_idx" ON "money_events" USING btree ("werkplaats_id","at");--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "payments_party_idx" ON "payments" USING btree ("party_id");