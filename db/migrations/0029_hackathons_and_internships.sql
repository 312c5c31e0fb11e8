CREATE TABLE "hackathon_jurors" (
	"werkplaats_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD COLUMN "sme_token_hash" text;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD COLUMN "sme_token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hackathon_jurors" ADD CONSTRAINT "hackathon_jurors_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_jurors" ADD CONSTRAINT "hackathon_jurors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_jurors" ADD CONSTRAINT "hackathon_jurors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_jurors" ADD CONSTRAINT "hackathon_jurors_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_jurors_key" ON "hackathon_jurors" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "hackathon_jurors_user_idx" ON "hackathon_jurors" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_challenges_sme_token_key" ON "hackathon_challenges" USING btree ("sme_token_hash");--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD CONSTRAINT "hackathon_challenges_sme_token" CHECK (("hackathon_challenges"."sme_token_hash" is null) = ("hackathon_challenges"."sme_token_expires_at" is null));--> statement-breakpoint
-- hand-written below
-- A challenge hangs on a hackathon of its own werkplaats, never on a talk or another werkplaats's event.
CREATE FUNCTION hackathon_challenges_on_hackathon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM events WHERE id = NEW.event_id AND werkplaats_id = NEW.werkplaats_id AND kind = 'hackathon') THEN
    RAISE EXCEPTION 'a challenge belongs to a hackathon of its werkplaats' USING ERRCODE = 'check_violation', CONSTRAINT = 'hackathon_challenges_event_kind';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER hackathon_challenges_on_hackathon BEFORE INSERT OR UPDATE OF event_id ON hackathon_challenges
  FOR EACH ROW EXECUTE FUNCTION hackathon_challenges_on_hackathon();--> statement-breakpoint
-- The payment rail settles a stage-opdracht's pay-what-you-want request (subject `internship:<id>`):
-- the assignment's fee is paid in the same transaction, whichever code path settled it.
CREATE FUNCTION payment_requests_settle_internship() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'paid' AND OLD.status <> 'paid' AND NEW.subject_key LIKE 'internship:%' THEN
    UPDATE internship_assignments
       SET fee_status = 'paid', fee_paid_cents = NEW.amount_cents, fee_waived_reason = NULL, fee_waived_by = NULL
     WHERE werkplaats_id = NEW.werkplaats_id AND id::text = substr(NEW.subject_key, 12) AND fee_status = 'open';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER payment_requests_settle_internship AFTER UPDATE OF status ON payment_requests
  FOR EACH ROW EXECUTE FUNCTION payment_requests_settle_internship();
