-- A room can hold one confirmed booking at a time, buffers included: the database decides,
-- so two simultaneous requests for one slot can never both succeed (SQLSTATE 23P01).
ALTER TABLE "room_bookings"
  ADD CONSTRAINT "room_bookings_no_overlap"
  EXCLUDE USING gist ("room_id" WITH =, tstzrange("blocked_from", "blocked_until", '[)') WITH &&)
  WHERE ("status" = 'confirmed');
--> statement-breakpoint
-- A host cannot offer two consultation hours at the same time.
ALTER TABLE "consultation_slots"
  ADD CONSTRAINT "consultation_slots_no_overlap"
  EXCLUDE USING gist ("host_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("cancelled_at" IS NULL);
