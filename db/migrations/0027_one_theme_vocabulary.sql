-- Activities used their own names for three of the six Digitale Werkplaats themes; intakes and
-- trajectories use the shared ones. Rename the stored values first (hand-written, above the
-- generated constraint, which would refuse the old names), and drop any value outside the list.
UPDATE "events" SET "themes" = array_replace(array_replace(array_replace("themes",
  'cybersecurity', 'cyber_security'), 'circular', 'circular_economy'), 'energy', 'energy_transition');--> statement-breakpoint
UPDATE "events" SET "themes" = ARRAY(SELECT t FROM unnest("themes") AS t WHERE t = ANY(ARRAY['ecommerce', 'data', 'automation', 'cyber_security', 'circular_economy', 'energy_transition']::text[]))
  WHERE NOT ("themes" <@ ARRAY['ecommerce', 'data', 'automation', 'cyber_security', 'circular_economy', 'energy_transition']::text[]);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_themes" CHECK ("events"."themes" <@ ARRAY['ecommerce', 'data', 'automation', 'cyber_security', 'circular_economy', 'energy_transition']::text[]);
