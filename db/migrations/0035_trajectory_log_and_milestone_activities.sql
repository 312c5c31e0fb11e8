CREATE TABLE "trajectory_moves" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"moved_by" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_moves_status" CHECK ("trajectory_moves"."to_status" in ('forming', 'running', 'delivered', 'closed')),
	CONSTRAINT "trajectory_moves_changes" CHECK ("trajectory_moves"."from_status" is null or "trajectory_moves"."from_status" <> "trajectory_moves"."to_status")
);
--> statement-breakpoint
CREATE TABLE "hackathon_outcome_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"content" "bytea",
	"url" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hackathon_outcome_versions_number" CHECK ("hackathon_outcome_versions"."version" >= 1),
	CONSTRAINT "hackathon_outcome_versions_content" CHECK (("hackathon_outcome_versions"."url" is null) = ("hackathon_outcome_versions"."content" is not null) and ("hackathon_outcome_versions"."content" is null or ("hackathon_outcome_versions"."file_name" is not null and "hackathon_outcome_versions"."content_type" is not null and "hackathon_outcome_versions"."size_bytes" between 1 and 10485760))),
	CONSTRAINT "hackathon_outcome_versions_url" CHECK ("hackathon_outcome_versions"."url" is null or "hackathon_outcome_versions"."url" ~ '^https?://')
);
--> statement-breakpoint
ALTER TABLE "hackathon_challenges" DROP CONSTRAINT "hackathon_challenges_url";--> statement-breakpoint
ALTER TABLE "trajectory_moves" ADD CONSTRAINT "trajectory_moves_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_moves" ADD CONSTRAINT "trajectory_moves_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_outcome_versions" ADD CONSTRAINT "hackathon_outcome_versions_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_outcome_versions" ADD CONSTRAINT "hackathon_outcome_versions_challenge_fk" FOREIGN KEY ("challenge_id","werkplaats_id") REFERENCES "public"."hackathon_challenges"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectory_moves_trajectory_idx" ON "trajectory_moves" USING btree ("trajectory_id","moved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_outcome_versions_key" ON "hackathon_outcome_versions" USING btree ("challenge_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_milestones_event_key" ON "trajectory_milestones" USING btree ("event_id");--> statement-breakpoint
-- hand-written below
-- A challenge's link to its outcome becomes the outcome's first version, before the column goes
-- (drizzle generated the DROP COLUMN; it is moved here so the copy can run first).
INSERT INTO hackathon_outcome_versions (werkplaats_id, challenge_id, version, url, uploaded_by, created_at)
SELECT werkplaats_id, id, 1, outcome_url, outcome_recorded_by, coalesce(outcome_recorded_at, now())
  FROM hackathon_challenges WHERE outcome_url IS NOT NULL;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" DROP COLUMN "outcome_url";--> statement-breakpoint
-- Milestones planned before they became activities get theirs now: a draft team session that
-- takes over the room booking the milestone already held, so nothing is booked twice.
DO $$
DECLARE
  m record;
  made uuid;
BEGIN
  FOR m IN
    SELECT ms.id, ms.werkplaats_id, ms.title, ms.starts_at, ms.ends_at, ms.room_id, ms.room_booking_id, t.title AS trajectory_title, t.themes
      FROM trajectory_milestones ms JOIN trajectories t ON t.id = ms.trajectory_id
     WHERE ms.event_id IS NULL
  LOOP
    INSERT INTO events (werkplaats_id, kind, title_nl, description_nl, themes, audiences, starts_at, ends_at, room_id, room_booking_id, capacity, status)
    VALUES (m.werkplaats_id, 'workshop', m.title, m.trajectory_title, m.themes, ARRAY['students'], m.starts_at, m.ends_at, m.room_id, m.room_booking_id, 30, 'draft')
    RETURNING id INTO made;
    UPDATE trajectory_milestones SET event_id = made WHERE id = m.id;
  END LOOP;
END $$;--> statement-breakpoint
-- A milestone follows its activity when staff change the activity on the agenda's own page:
-- new time or room, and when the activity is cancelled there the milestone is gone too.
CREATE FUNCTION events_carry_milestone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'cancelled' THEN
    DELETE FROM trajectory_milestones WHERE event_id = NEW.id;
  ELSE
    UPDATE trajectory_milestones
       SET starts_at = NEW.starts_at, ends_at = NEW.ends_at, room_id = NEW.room_id, room_booking_id = NEW.room_booking_id
     WHERE event_id = NEW.id
       AND (starts_at, ends_at, room_id, room_booking_id) IS DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.room_id, NEW.room_booking_id);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER events_carry_milestone AFTER UPDATE OF starts_at, ends_at, room_id, room_booking_id, status ON events
  FOR EACH ROW EXECUTE FUNCTION events_carry_milestone();
