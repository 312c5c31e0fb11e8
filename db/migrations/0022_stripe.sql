CREATE TABLE "stripe_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_try_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"result_id" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "stripe_calls_status" CHECK ("stripe_calls"."status" in ('pending', 'done', 'refused')),
	CONSTRAINT "stripe_calls_done" CHECK (("stripe_calls"."status" = 'done') = ("stripe_calls"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "stripe_customers" (
	"party_id" uuid PRIMARY KEY NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"customer_id" text NOT NULL,
	"payment_method_id" text,
	"method_kind" text,
	"method_label" text,
	"mandate_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_customers_method_kind" CHECK ("stripe_customers"."method_kind" is null or "stripe_customers"."method_kind" in ('sepa_debit', 'card')),
	CONSTRAINT "stripe_customers_method" CHECK (("stripe_customers"."payment_method_id" is null) = ("stripe_customers"."method_kind" is null))
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"object_id" text NOT NULL,
	"werkplaats_id" uuid,
	"livemode" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"handled_at" timestamp with time zone,
	"outcome" text,
	"last_error" text,
	CONSTRAINT "stripe_events_outcome" CHECK ("stripe_events"."outcome" is null or "stripe_events"."outcome" in ('handled', 'ignored', 'failed')),
	CONSTRAINT "stripe_events_handled" CHECK (("stripe_events"."handled_at" is not null) = ("stripe_events"."outcome" in ('handled', 'ignored')))
);
--> statement-breakpoint
CREATE TABLE "stripe_payments" (
	"payment_intent_id" text PRIMARY KEY NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"payment_id" uuid,
	"charge_id" text,
	"amount_cents" integer NOT NULL,
	"status" text NOT NULL,
	"method_type" text,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_payments_status" CHECK ("stripe_payments"."status" in ('processing', 'succeeded', 'failed', 'disputed')),
	CONSTRAINT "stripe_payments_amount" CHECK ("stripe_payments"."amount_cents" > 0),
	CONSTRAINT "stripe_payments_booked" CHECK ("stripe_payments"."status" <> 'succeeded' or "stripe_payments"."payment_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "stripe_payout_lines" (
	"balance_transaction_id" text PRIMARY KEY NOT NULL,
	"payout_id" text NOT NULL,
	"werkplaats_id" uuid,
	"invoice_id" uuid,
	"type" text NOT NULL,
	"source_id" text,
	"amount_cents" integer NOT NULL,
	"fee_cents" integer NOT NULL,
	"net_cents" integer NOT NULL,
	"available_on" date NOT NULL,
	CONSTRAINT "stripe_payout_lines_net" CHECK ("stripe_payout_lines"."net_cents" = "stripe_payout_lines"."amount_cents" - "stripe_payout_lines"."fee_cents")
);
--> statement-breakpoint
CREATE TABLE "stripe_payouts" (
	"id" text PRIMARY KEY NOT NULL,
	"amount_cents" integer NOT NULL,
	"arrival_date" date NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stripe_refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"credit_note_id" uuid,
	"payment_intent_id" text NOT NULL,
	"refund_id" text,
	"amount_cents" integer NOT NULL,
	"source" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_refunds_source" CHECK ("stripe_refunds"."source" in ('credit_note', 'dashboard')),
	CONSTRAINT "stripe_refunds_amount" CHECK ("stripe_refunds"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "stripe_calls" ADD CONSTRAINT "stripe_calls_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD CONSTRAINT "stripe_customers_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD CONSTRAINT "stripe_customers_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_events" ADD CONSTRAINT "stripe_events_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payments" ADD CONSTRAINT "stripe_payments_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payments" ADD CONSTRAINT "stripe_payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payments" ADD CONSTRAINT "stripe_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payout_lines" ADD CONSTRAINT "stripe_payout_lines_payout_id_stripe_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."stripe_payouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payout_lines" ADD CONSTRAINT "stripe_payout_lines_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_payout_lines" ADD CONSTRAINT "stripe_payout_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_refunds" ADD CONSTRAINT "stripe_refunds_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_refunds" ADD CONSTRAINT "stripe_refunds_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_refunds" ADD CONSTRAINT "stripe_refunds_credit_note_id_invoices_id_fk" FOREIGN KEY ("credit_note_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_calls_idempotency_key" ON "stripe_calls" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "stripe_calls_due_idx" ON "stripe_calls" USING btree ("next_try_at") WHERE "stripe_calls"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "stripe_calls_werkplaats_idx" ON "stripe_calls" USING btree ("werkplaats_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_customers_customer_key" ON "stripe_customers" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "stripe_events_received_idx" ON "stripe_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "stripe_events_object_idx" ON "stripe_events" USING btree ("object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_payments_payment_key" ON "stripe_payments" USING btree ("payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_payments_charge_key" ON "stripe_payments" USING btree ("charge_id");--> statement-breakpoint
CREATE INDEX "stripe_payments_invoice_idx" ON "stripe_payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "stripe_payout_lines_payout_idx" ON "stripe_payout_lines" USING btree ("payout_id");--> statement-breakpoint
CREATE INDEX "stripe_payout_lines_werkplaats_idx" ON "stripe_payout_lines" USING btree ("werkplaats_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_refunds_credit_note_key" ON "stripe_refunds" USING btree ("credit_note_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_refunds_refund_key" ON "stripe_refunds" USING btree ("refund_id");--> statement-breakpoint
CREATE INDEX "stripe_refunds_werkplaats_idx" ON "stripe_refunds" USING btree ("werkplaats_id","created_at");