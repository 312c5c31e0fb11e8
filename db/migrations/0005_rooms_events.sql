CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "room_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"kind" text DEFAULT 'booking' NOT NULL,
	"user_id" uuid,
	"booked_by" uuid,
	"title" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_from" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"series_id" uuid,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"ledger_month" text NOT NULL,
	"minutes" integer NOT NULL,
	"included_minutes" integer DEFAULT 0 NOT NULL,
	"hourly_cents" integer DEFAULT 0 NOT NULL,
	"chargeable_cents" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancelled_late" boolean DEFAULT false NOT NULL,
	"reminder_queued_at" timestamp with time zone,
	"billed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_bookings_kind" CHECK ("room_bookings"."kind" in ('booking', 'block', 'event')),
	CONSTRAINT "room_bookings_status" CHECK ("room_bookings"."status" in ('confirmed', 'cancelled')),
	CONSTRAINT "room_bookings_order" CHECK ("room_bookings"."starts_at" < "room_bookings"."ends_at" and "room_bookings"."blocked_from" <= "room_bookings"."starts_at" and "room_bookings"."blocked_until" >= "room_bookings"."ends_at"),
	CONSTRAINT "room_bookings_ledger" CHECK ("room_bookings"."included_minutes" between 0 and "room_bookings"."minutes" and "room_bookings"."chargeable_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"amenities" text[] DEFAULT '{}'::text[] NOT NULL,
	"member_hourly_cents" integer NOT NULL,
	"guest_hourly_cents" integer NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"min_minutes" integer DEFAULT 30 NOT NULL,
	"max_minutes" integer DEFAULT 240 NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"advance_days" integer DEFAULT 60 NOT NULL,
	"cancel_hours" integer DEFAULT 24 NOT NULL,
	"bookable_by" text DEFAULT 'members' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rooms_capacity" CHECK ("rooms"."capacity" between 1 and 1000),
	CONSTRAINT "rooms_prices" CHECK ("rooms"."member_hourly_cents" >= 0 and "rooms"."guest_hourly_cents" >= 0),
	CONSTRAINT "rooms_durations" CHECK ("rooms"."min_minutes" >= 15 and "rooms"."max_minutes" >= "rooms"."min_minutes" and "rooms"."min_minutes" % 15 = 0 and "rooms"."max_minutes" % 15 = 0),
	CONSTRAINT "rooms_buffers" CHECK ("rooms"."buffer_before_minutes" between 0 and 240 and "rooms"."buffer_after_minutes" between 0 and 240),
	CONSTRAINT "rooms_bookable_by" CHECK ("rooms"."bookable_by" in ('members', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "consultation_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"host_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"series_id" uuid,
	"booked_at" timestamp with time zone,
	"booker_name" text,
	"booker_email" text,
	"booker_organisation" text,
	"question" text,
	"token" text,
	"reminder_queued_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_slots_order" CHECK ("consultation_slots"."starts_at" < "consultation_slots"."ends_at"),
	CONSTRAINT "consultation_slots_booked" CHECK (("consultation_slots"."booked_at" is null) = ("consultation_slots"."booker_email" is null))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room_id" uuid,
	"room_booking_id" uuid,
	"online_url" text,
	"capacity" integer NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"price_cents" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminders_queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_kind" CHECK ("events"."kind" in ('talk', 'workshop', 'webinar', 'masterclass', 'training', 'hackathon')),
	CONSTRAINT "events_status" CHECK ("events"."status" in ('draft', 'published', 'cancelled')),
	CONSTRAINT "events_order" CHECK ("events"."starts_at" < "events"."ends_at"),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" between 1 and 10000),
	CONSTRAINT "events_price" CHECK ("events"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" text NOT NULL,
	"token" text NOT NULL,
	"checkin_code" text NOT NULL,
	"consent_at" timestamp with time zone,
	"price_cents" integer DEFAULT 0 NOT NULL,
	"paid_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"reminder_queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_status" CHECK ("registrations"."status" in ('registered', 'waitlisted', 'cancelled')),
	CONSTRAINT "registrations_email_lower" CHECK ("registrations"."email" = lower("registrations"."email"))
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_slots" ADD CONSTRAINT "consultation_slots_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_slots" ADD CONSTRAINT "consultation_slots_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_room_booking_id_room_bookings_id_fk" FOREIGN KEY ("room_booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds" USING btree ("token");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "room_bookings_room_time_idx" ON "room_bookings" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_werkplaats_time_idx" ON "room_bookings" USING btree ("werkplaats_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_user_month_idx" ON "room_bookings" USING btree ("user_id","ledger_month");--> statement-breakpoint
CREATE INDEX "room_bookings_series_idx" ON "room_bookings" USING btree ("series_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_werkplaats_name_key" ON "rooms" USING btree ("werkplaats_id","name");--> statement-breakpoint
CREATE INDEX "consultation_slots_time_idx" ON "consultation_slots" USING btree ("werkplaats_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_slots_token_key" ON "consultation_slots" USING btree ("token");--> statement-breakpoint
CREATE INDEX "events_werkplaats_time_idx" ON "events" USING btree ("werkplaats_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_room_booking_idx" ON "events" USING btree ("room_booking_id");--> statement-breakpoint
CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id","status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_token_key" ON "registrations" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_checkin_key" ON "registrations" USING btree ("checkin_code");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_key" ON "registrations" USING btree ("event_id","email") WHERE "registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id");