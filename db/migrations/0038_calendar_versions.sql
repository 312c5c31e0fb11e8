CREATE TABLE "calendar_versions" (
	"werkplaats_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_versions" ADD CONSTRAINT "calendar_versions_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written below
-- The calendar JSON of a werkplaats is kept per version (decision 091). Any change to what it
-- shows (room bookings, events, rooms, a person's name), from any instance or by hand, adds one
-- to the version. The triggers are deferred: the version row is locked only while the changing
-- transaction commits (no waits or deadlocks between bookings in the middle of their work), and
-- the new number becomes visible in the same commit as the rows. Once per werkplaats per
-- transaction, however many rows it changed (a series of 50 bookings bumps once).
CREATE OR REPLACE FUNCTION calendar_bump(w uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE done text := coalesce(current_setting('werkplaats.calendar_bumped', true), '');
BEGIN
  IF w IS NULL OR position(w::text IN done) > 0 THEN RETURN; END IF;
  -- A werkplaats deleted in this transaction (its rows go by cascade) has nothing left to show.
  INSERT INTO calendar_versions (werkplaats_id, version)
    SELECT id, 1 FROM werkplaatsen WHERE id = w
    ON CONFLICT (werkplaats_id) DO UPDATE SET version = calendar_versions.version + 1;
  PERFORM set_config('werkplaats.calendar_bumped', done || w::text || ',', true);
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM calendar_bump(NEW.werkplaats_id); END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM calendar_bump(OLD.werkplaats_id); END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A person's name shows on staff's calendars of every werkplaats.
CREATE OR REPLACE FUNCTION calendar_person_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF position('all' IN coalesce(current_setting('werkplaats.calendar_bumped', true), '')) > 0 THEN RETURN NULL; END IF;
  INSERT INTO calendar_versions (werkplaats_id, version)
    SELECT id, 1 FROM werkplaatsen
    ON CONFLICT (werkplaats_id) DO UPDATE SET version = calendar_versions.version + 1;
  PERFORM set_config('werkplaats.calendar_bumped', coalesce(current_setting('werkplaats.calendar_bumped', true), '') || 'all,', true);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER room_bookings_calendar AFTER INSERT OR UPDATE OR DELETE ON room_bookings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION calendar_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER events_calendar AFTER INSERT OR UPDATE OR DELETE ON events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION calendar_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER rooms_calendar AFTER INSERT OR UPDATE OR DELETE ON rooms
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION calendar_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_calendar AFTER UPDATE OF name ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION calendar_person_renamed();
