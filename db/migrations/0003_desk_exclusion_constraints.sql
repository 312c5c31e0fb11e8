-- What drizzle cannot express: no two date ranges of the same thing may overlap.
-- Dates are inclusive on both ends ('[]'); a null end means open-ended.
-- btree_gist (migration 0001) provides the equality part of the gist index.

-- A fixed desk is assigned to at most one membership on any day.
ALTER TABLE "desk_assignments"
  ADD CONSTRAINT "desk_assignments_no_overlap"
  EXCLUDE USING gist ("desk_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
--> statement-breakpoint
-- A membership is on one plan at a time.
ALTER TABLE "membership_periods"
  ADD CONSTRAINT "membership_periods_no_overlap"
  EXCLUDE USING gist ("membership_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
--> statement-breakpoint
-- Pauses of one membership do not overlap.
ALTER TABLE "membership_pauses"
  ADD CONSTRAINT "membership_pauses_no_overlap"
  EXCLUDE USING gist ("membership_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
