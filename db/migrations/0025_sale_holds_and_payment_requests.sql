CREATE TABLE "payment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"token" text NOT NULL,
	"purpose" text NOT NULL,
	"subject_key" text,
	"minimum_cents" integer NOT NULL,
	"suggested_cents" integer NOT NULL,
	"maximum_cents" integer NOT NULL,
	"btw_rate" integer DEFAULT 21 NOT NULL,
	"payer_name" text,
	"payer_email" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"amount_cents" integer,
	"checkout_session_id" text,
	"invoice_id" uuid,
	"paid_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_requests_status" CHECK ("payment_requests"."status" in ('open', 'paid', 'cancelled')),
	CONSTRAINT "payment_requests_amounts" CHECK ("payment_requests"."minimum_cents" >= 100 and "payment_requests"."suggested_cents" >= "payment_requests"."minimum_cents" and "payment_requests"."maximum_cents" >= "payment_requests"."suggested_cents" and "payment_requests"."maximum_cents" <= 10000000),
	CONSTRAINT "payment_requests_btw" CHECK ("payment_requests"."btw_rate" in (0, 9, 21)),
	CONSTRAINT "payment_requests_paid" CHECK (("payment_requests"."status" = 'paid') = ("payment_requests"."invoice_id" is not null)),
	CONSTRAINT "payment_requests_amount" CHECK ("payment_requests"."amount_cents" is null or "payment_requests"."amount_cents" between "payment_requests"."minimum_cents" and "payment_requests"."maximum_cents")
);
--> statement-breakpoint
CREATE TABLE "sale_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"consent_at" timestamp with time zone,
	"price_cents" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"checkout_session_id" text,
	"registration_id" uuid,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sale_holds_kind" CHECK ("sale_holds"."kind" in ('ticket')),
	CONSTRAINT "sale_holds_ticket_event" CHECK ("sale_holds"."kind" <> 'ticket' or "sale_holds"."event_id" is not null),
	CONSTRAINT "sale_holds_status" CHECK ("sale_holds"."status" in ('pending', 'confirmed', 'released')),
	CONSTRAINT "sale_holds_amounts" CHECK ("sale_holds"."price_cents" > 0 and "sale_holds"."amount_cents" > 0),
	CONSTRAINT "sale_holds_email_lower" CHECK ("sale_holds"."email" = lower("sale_holds"."email")),
	CONSTRAINT "sale_holds_settled" CHECK (("sale_holds"."status" = 'pending') = ("sale_holds"."settled_at" is null))
);
--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_requests_token_key" ON "payment_requests" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_requests_invoice_key" ON "payment_requests" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_requests_subject_key" ON "payment_requests" USING btree ("werkplaats_id","subject_key");--> statement-breakpoint
CREATE INDEX "sale_holds_event_idx" ON "sale_holds" USING btree ("event_id","status","expires_at");--> statement-breakpoint
CREATE INDEX "sale_holds_pending_idx" ON "sale_holds" USING btree ("expires_at") WHERE "sale_holds"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_session_key" ON "sale_holds" USING btree ("checkout_session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_registration_key" ON "sale_holds" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_event_email_key" ON "sale_holds" USING btree ("event_id","email") WHERE "sale_holds"."status" = 'pending';