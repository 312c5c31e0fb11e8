CREATE TABLE "stripe_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"payment_method_id" text NOT NULL,
	"method_kind" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"payment_intent_id" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_collections_status" CHECK ("stripe_collections"."status" in ('queued', 'processing', 'succeeded', 'failed')),
	CONSTRAINT "stripe_collections_amount" CHECK ("stripe_collections"."amount_cents" > 0),
	CONSTRAINT "stripe_collections_method_kind" CHECK ("stripe_collections"."method_kind" in ('sepa_debit', 'card'))
);
--> statement-breakpoint
ALTER TABLE "money_events" DROP CONSTRAINT "money_events_kind";--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD COLUMN "method_saved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stripe_collections" ADD CONSTRAINT "stripe_collections_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_collections" ADD CONSTRAINT "stripe_collections_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stripe_collections" ADD CONSTRAINT "stripe_collections_party_id_billing_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."billing_parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_collections_invoice_key" ON "stripe_collections" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stripe_collections_payment_intent_key" ON "stripe_collections" USING btree ("payment_intent_id");--> statement-breakpoint
CREATE INDEX "stripe_collections_werkplaats_idx" ON "stripe_collections" USING btree ("werkplaats_id","created_at");--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_kind" CHECK ("money_events"."kind" in ('issued', 'sent', 'paid', 'reminded', 'collection_costs', 'credited', 'exported', 'payment_reversed', 'statement_imported', 'statement_line_ignored', 'direct_debit_file', 'stripe_collection', 'stripe_refund'));--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD CONSTRAINT "stripe_customers_method_saved" CHECK (("stripe_customers"."payment_method_id" is null) = ("stripe_customers"."method_saved_at" is null));--> statement-breakpoint
-- hand-written below
-- One invoice is debited on one rail: a Stripe collection that has not failed and a bank incasso
-- collection that was not returned never exist together. Both triggers lock the invoice row
-- first, so two transactions adding one of each at the same moment take turns, and the second
-- sees the first (each statement in plpgsql reads with a fresh snapshot).
CREATE FUNCTION "one_collection_rail"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "invoices" WHERE "id" = NEW."invoice_id" FOR UPDATE;
  IF TG_TABLE_NAME = 'stripe_collections' THEN
    IF NEW."status" <> 'failed' AND EXISTS (
      SELECT 1 FROM "direct_debit_collections" d WHERE d."invoice_id" = NEW."invoice_id" AND d."returned_at" IS NULL
    ) THEN
      RAISE EXCEPTION 'invoice % is in a bank incasso file', NEW."invoice_id" USING ERRCODE = '23505', CONSTRAINT = 'one_collection_rail';
    END IF;
  ELSIF NEW."returned_at" IS NULL AND EXISTS (
    SELECT 1 FROM "stripe_collections" s WHERE s."invoice_id" = NEW."invoice_id" AND s."status" <> 'failed'
  ) THEN
    RAISE EXCEPTION 'invoice % is collected through Stripe', NEW."invoice_id" USING ERRCODE = '23505', CONSTRAINT = 'one_collection_rail';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "stripe_collections_one_rail" BEFORE INSERT OR UPDATE OF "status" ON "stripe_collections"
  FOR EACH ROW EXECUTE FUNCTION "one_collection_rail"();
--> statement-breakpoint
CREATE TRIGGER "direct_debit_collections_one_rail" BEFORE INSERT OR UPDATE OF "returned_at" ON "direct_debit_collections"
  FOR EACH ROW EXECUTE FUNCTION "one_collection_rail"();
