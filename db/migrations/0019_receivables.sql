CREATE TABLE "outbox_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "outbox_attachments_size" CHECK (octet_length("outbox_attachments"."content") <= 5242880)
);
--> statement-breakpoint
CREATE TABLE "collection_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"charged_on" date NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_costs_amount" CHECK ("collection_costs"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoice_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"kind" text NOT NULL,
	"sent_on" date NOT NULL,
	"pay_by" date,
	"collection_costs_cents" integer,
	"outbox_message_id" uuid,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_reminders_step" CHECK ("invoice_reminders"."step" in (1, 2)),
	CONSTRAINT "invoice_reminders_kind" CHECK (("invoice_reminders"."step" = 1 and "invoice_reminders"."kind" = 'friendly') or ("invoice_reminders"."step" = 2 and "invoice_reminders"."kind" in ('second', 'fourteen_day'))),
	CONSTRAINT "invoice_reminders_fourteen_day" CHECK (("invoice_reminders"."kind" = 'fourteen_day') = ("invoice_reminders"."pay_by" is not null and "invoice_reminders"."collection_costs_cents" is not null)
        and ("invoice_reminders"."pay_by" is null or "invoice_reminders"."pay_by" >= "invoice_reminders"."sent_on" + 14)
        and ("invoice_reminders"."collection_costs_cents" is null or "invoice_reminders"."collection_costs_cents" between 4000 and 677500))
);
--> statement-breakpoint
CREATE TABLE "reminder_settings" (
	"werkplaats_id" uuid PRIMARY KEY NOT NULL,
	"first_after_days" integer DEFAULT 7 NOT NULL,
	"second_after_days" integer DEFAULT 21 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_settings_first" CHECK ("reminder_settings"."first_after_days" between 1 and 90),
	CONSTRAINT "reminder_settings_second" CHECK ("reminder_settings"."second_after_days" between "reminder_settings"."first_after_days" + 7 and 180)
);
--> statement-breakpoint
ALTER TABLE "money_events" DROP CONSTRAINT "money_events_kind";--> statement-breakpoint
ALTER TABLE "outbox_attachments" ADD CONSTRAINT "outbox_attachments_message_id_outbox_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_costs" ADD CONSTRAINT "collection_costs_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_costs" ADD CONSTRAINT "collection_costs_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_costs" ADD CONSTRAINT "collection_costs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_outbox_message_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_attachments_position_key" ON "outbox_attachments" USING btree ("message_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_costs_invoice_key" ON "collection_costs" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_step_key" ON "invoice_reminders" USING btree ("invoice_id","step");--> statement-breakpoint
CREATE INDEX "invoice_reminders_werkplaats_idx" ON "invoice_reminders" USING btree ("werkplaats_id","sent_on");--> statement-breakpoint
ALTER TABLE "money_events" ADD CONSTRAINT "money_events_kind" CHECK ("money_events"."kind" in ('issued', 'sent', 'paid', 'reminded', 'collection_costs', 'credited', 'exported', 'payment_reversed'));--> statement-breakpoint
-- hand-written below
-- Collection costs may only be claimed after a 14-dagenbrief whose pay-by date has passed, and
-- only the amount that letter announced (the WIK: no costs without the letter, none beyond it).
CREATE FUNCTION collection_costs_need_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM invoice_reminders r
    WHERE r.invoice_id = NEW.invoice_id
      AND r.kind = 'fourteen_day'
      AND r.pay_by < NEW.charged_on
      AND r.collection_costs_cents = NEW.amount_cents
  ) THEN
    RAISE EXCEPTION 'collection costs need a 14-dagenbrief whose term has passed, for the amount it announced'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'collection_costs_need_letter';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER collection_costs_need_letter BEFORE INSERT OR UPDATE ON collection_costs
  FOR EACH ROW EXECUTE FUNCTION collection_costs_need_letter();
