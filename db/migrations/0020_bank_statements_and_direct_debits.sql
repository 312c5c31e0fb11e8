CREATE TABLE "bank_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"account_iban" text,
	"statement_ids" text[] NOT NULL,
	"line_count" integer NOT NULL,
	"known_count" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_imports_format" CHECK ("bank_imports"."format" in ('camt.053', 'mt940'))
);
--> statement-breakpoint
CREATE TABLE "bank_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"entry_key" text NOT NULL,
	"booking_date" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"direction" text NOT NULL,
	"counterparty_name" text,
	"counterparty_iban" text,
	"remittance" text NOT NULL,
	"structured_reference" text,
	"end_to_end_id" text,
	"storno_reason" text,
	"outcome" text NOT NULL,
	"review_reason" jsonb,
	"invoice_id" uuid,
	"payment_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "bank_lines_direction" CHECK ("bank_lines"."direction" in ('credit', 'debit')),
	CONSTRAINT "bank_lines_amount" CHECK ("bank_lines"."amount_cents" > 0),
	CONSTRAINT "bank_lines_outcome" CHECK ("bank_lines"."outcome" in ('booked', 'storno', 'review', 'assigned', 'ignored')),
	CONSTRAINT "bank_lines_payment" CHECK (("bank_lines"."outcome" in ('booked', 'assigned')) = ("bank_lines"."payment_id" is not null)),
	CONSTRAINT "bank_lines_resolved" CHECK (("bank_lines"."outcome" in ('assigned', 'ignored')) = ("bank_lines"."resolved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "direct_debit_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"collection_date" date NOT NULL,
	"count" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"file" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "direct_debit_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"mandate_id" uuid NOT NULL,
	"sequence" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"end_to_end_id" text NOT NULL,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	CONSTRAINT "direct_debit_collections_sequence" CHECK ("direct_debit_collections"."sequence" in ('FRST', 'RCUR')),
	CONSTRAINT "direct_debit_collections_amount" CHECK ("direct_debit_collections"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "direct_debit_mandates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"signed_on" date NOT NULL,
	"debtor_name" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "direct_debit_mandates_reference" CHECK ("direct_debit_mandates"."reference" ~ '^[A-Za-z0-9/?:().,''+ -]{1,35}$'),
	CONSTRAINT "direct_debit_mandates_iban" CHECK ("direct_debit_mandates"."iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$')
);
--> statement-breakpoint
CREATE TABLE "payment_reversals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"reason_code" text,
	"bank_line_id" uuid,
	"reversed_by" uuid,
	"reversed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "money_events" DROP CONSTRAINT "money_events_kind";--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "creditor_id" text;--> statement-breakpoint
ALTER TABLE "bank_imports" ADD CONSTRAINT "bank_imports_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_imports" ADD CONSTRAINT "bank_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_lines" ADD CONSTRAINT "bank_lines_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_lines" ADD CONSTRAINT "bank_lines_import_id_bank_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."bank_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_lines" ADD CONSTRAINT "bank_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_lines" ADD CONSTRAINT "bank_lines_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_lines" ADD CONSTRAINT "bank_lines_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_batches" ADD CONSTRAINT "direct_debit_batches_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_batches" ADD CONSTRAINT "direct_debit_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_collections" ADD CONSTRAINT "direct_debit_collections_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_collections" ADD CONSTRAINT "direct_debit_collections_batch_id_direct_debit_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."direct_debit_batches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_collections" ADD CONSTRAINT "direct_debit_collections_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_collections" ADD CONSTRAINT "direct_debit_collections_mandate_id_direct_debit_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."direct_debit_mandates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_mandates" ADD CONSTRAINT "direct_debit_mandates_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_mandates" ADD CONSTRAINT "direct_debit_mandates_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_mandates" ADD CONSTRAINT "direct_debit_mandates_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debit_mandates" ADD CONSTRAINT "direct_debit_mandates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reversals" ADD CONSTRAINT "payment_reversals_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reversals" ADD CONSTRAINT "payment_reversals_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reversals" ADD CONSTRAINT "payment_reversals_bank_line_id_bank_lines_id_fk" FOREIGN KEY ("bank_line_id") REFERENCES "public"."bank_lines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reversals" ADD CONSTRAINT "payment_reversals_reversed_by_users_id_fk" FOREIGN KEY ("reversed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_imports_werkplaats_idx" ON "bank_imports" USING btree ("werkplaats_id","imported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_lines_entry_key" ON "bank_lines" USING btree ("werkplaats_id","entry_key");--> statement-breakpoint
CREATE INDEX "bank_lines_import_idx" ON "bank_lines" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "bank_lines_review_idx" ON "bank_lines" USING btree ("werkplaats_id","outcome");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debit_batches_message_key" ON "direct_debit_batches" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "direct_debit_batches_idx" ON "direct_debit_batches" USING btree ("werkplaats_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debit_collections_e2e_key" ON "direct_debit_collections" USING btree ("werkplaats_id","end_to_end_id");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debit_collections_open_key" ON "direct_debit_collections" USING btree ("invoice_id") WHERE "direct_debit_collections"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "direct_debit_collections_batch_idx" ON "direct_debit_collections" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "direct_debit_collections_mandate_idx" ON "direct_debit_collections" USING btree ("mandate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debit_mandates_reference_key" ON "direct_debit_mandates" USING btree ("werkplaats_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debit_mandates_active_key" ON "direct_debit_mandates" USING btree ("party_id") WHERE "direct_debit_mandates"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_reversals_payment_key" ON "payment_reversals" USING btree ("payment_id");--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_creditor_id" CHECK ("billing_settings"."creditor_id" is null or "billing_settings"."creditor_id" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{4,31}$');--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_kind" CHECK ("money_events"."kind" in ('issued', 'sent', 'paid', 'reminded', 'collection_costs', 'credited', 'exported', 'payment_reversed', 'statement_imported', 'statement_line_ignored', 'direct_debit_file'));