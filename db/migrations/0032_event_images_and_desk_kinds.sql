CREATE TABLE "event_images" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_images_type" CHECK ("event_images"."content_type" in ('image/png', 'image/jpeg', 'image/webp')),
	CONSTRAINT "event_images_size" CHECK (octet_length("event_images"."data") between 1 and 1048576)
);
--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "kind" text DEFAULT 'desk' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_images" ADD CONSTRAINT "event_images_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_images" ADD CONSTRAINT "event_images_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_kind" CHECK ("desks"."kind" in ('desk', 'office'));