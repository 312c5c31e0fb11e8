CREATE TYPE "public"."intake_route" AS ENUM('advisory_trajectory', 'hackathon_challenge', 'internship_assignment', 'training_referral', 'spreekuur', 'market_referral');--> statement-breakpoint
CREATE TYPE "public"."intake_stage" AS ENUM('intake', 'articulation', 'matched', 'running', 'delivered', 'evaluated', 'closed');--> statement-breakpoint
CREATE TYPE "public"."organisation_size" AS ENUM('zzp', '2-10', '10-50', '50-250', 'foundation', 'corporate');--> statement-breakpoint
CREATE TABLE "intake_moves" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"from_stage" "intake_stage",
	"to_stage" "intake_stage" NOT NULL,
	"moved_by" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"title" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"clarified_question" text NOT NULL,
	"institutions" text[] DEFAULT '{}'::text[] NOT NULL,
	"programme" text NOT NULL,
	"levels" text[] NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'forming' NOT NULL,
	"sme_token_hash" text,
	"sme_token_expires_at" timestamp with time zone,
	"created_by" uuid,
	"delivered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectories_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "trajectories_status" CHECK ("trajectories"."status" in ('forming', 'running', 'delivered', 'closed')),
	CONSTRAINT "trajectories_themes" CHECK ("trajectories"."themes" <@ ARRAY['ecommerce', 'data', 'automation', 'cyber_security', 'circular_economy', 'energy_transition']::text[]),
	CONSTRAINT "trajectories_levels" CHECK ("trajectories"."levels" <@ ARRAY['mbo', 'hbo', 'wo']::text[] and cardinality("trajectories"."levels") > 0),
	CONSTRAINT "trajectories_period" CHECK ("trajectories"."period_start" <= "trajectories"."period_end"),
	CONSTRAINT "trajectories_sme_token" CHECK (("trajectories"."sme_token_hash" is null) = ("trajectories"."sme_token_expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "trajectory_deliverable_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deliverable_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"content" "bytea",
	"url" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_deliverable_versions_number" CHECK ("trajectory_deliverable_versions"."version" >= 1),
	CONSTRAINT "trajectory_deliverable_versions_content" CHECK (("trajectory_deliverable_versions"."url" is null) = ("trajectory_deliverable_versions"."content" is not null) and ("trajectory_deliverable_versions"."content" is null or ("trajectory_deliverable_versions"."file_name" is not null and "trajectory_deliverable_versions"."content_type" is not null and "trajectory_deliverable_versions"."size_bytes" between 1 and 10485760))),
	CONSTRAINT "trajectory_deliverable_versions_url" CHECK ("trajectory_deliverable_versions"."url" is null or "trajectory_deliverable_versions"."url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "trajectory_deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text DEFAULT 'advice_report' NOT NULL,
	"due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_deliverables_kind" CHECK ("trajectory_deliverables"."kind" in ('advice_report', 'prototype', 'presentation', 'other'))
);
--> statement-breakpoint
CREATE TABLE "trajectory_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_hours_minutes" CHECK ("trajectory_hours"."minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "trajectory_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"team_role" text DEFAULT '' NOT NULL,
	"institution" text,
	"level" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "trajectory_members_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "trajectory_members_email_lower" CHECK ("trajectory_members"."email" = lower("trajectory_members"."email")),
	CONSTRAINT "trajectory_members_role" CHECK ("trajectory_members"."role" in ('student', 'teacher', 'coach')),
	CONSTRAINT "trajectory_members_level" CHECK ("trajectory_members"."level" is null or "trajectory_members"."level" in ('mbo', 'hbo', 'wo')),
	CONSTRAINT "trajectory_members_accepted" CHECK (("trajectory_members"."accepted_at" is null) = ("trajectory_members"."user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "trajectory_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room_id" uuid,
	"room_booking_id" uuid,
	"event_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_milestones_kind" CHECK ("trajectory_milestones"."kind" in ('kick_off', 'interim', 'final')),
	CONSTRAINT "trajectory_milestones_order" CHECK ("trajectory_milestones"."starts_at" < "trajectory_milestones"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "workshop_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"respondent" text NOT NULL,
	"user_id" uuid,
	"token_hash" text,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"rating" integer,
	"would_recommend" boolean,
	"team_rating" integer,
	"expert_rating" integer,
	"sme_rating" integer,
	"comment" text DEFAULT '' NOT NULL,
	"planned_steps" text[] DEFAULT '{}'::text[] NOT NULL,
	"follow_up_due_on" date,
	"follow_up_asked_at" timestamp with time zone,
	"follow_up_answered_at" timestamp with time zone,
	"taken_steps" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "workshop_evaluations_respondent" CHECK ("workshop_evaluations"."respondent" in ('sme', 'student', 'teacher')),
	CONSTRAINT "workshop_evaluations_who" CHECK (("workshop_evaluations"."respondent" = 'sme' and "workshop_evaluations"."token_hash" is not null) or ("workshop_evaluations"."respondent" <> 'sme' and "workshop_evaluations"."user_id" is not null)),
	CONSTRAINT "workshop_evaluations_ratings" CHECK (coalesce("workshop_evaluations"."rating", 1) between 1 and 10 and coalesce("workshop_evaluations"."team_rating", 1) between 1 and 10 and coalesce("workshop_evaluations"."expert_rating", 1) between 1 and 10 and coalesce("workshop_evaluations"."sme_rating", 1) between 1 and 10),
	CONSTRAINT "workshop_evaluations_answered" CHECK ("workshop_evaluations"."answered_at" is null or "workshop_evaluations"."rating" is not null),
	CONSTRAINT "workshop_evaluations_planned" CHECK ("workshop_evaluations"."planned_steps" <@ ARRAY['implemented_advice', 'hired_market_party', 'followed_training', 'nothing_yet']::text[]),
	CONSTRAINT "workshop_evaluations_taken" CHECK ("workshop_evaluations"."taken_steps" <@ ARRAY['implemented_advice', 'hired_market_party', 'followed_training', 'nothing_yet']::text[])
);
--> statement-breakpoint
CREATE TABLE "workshop_intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"contact_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"kvk_number" text,
	"size_class" "organisation_size" NOT NULL,
	"sector" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"question" text NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"retain_until" date NOT NULL,
	"stage" "intake_stage" DEFAULT 'intake' NOT NULL,
	"route" "intake_route",
	"owner_id" uuid,
	"clarified_question" text,
	"notes" text DEFAULT '' NOT NULL,
	"company_id" uuid,
	"submitted_by" uuid,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_intakes_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "workshop_intakes_email_lower" CHECK ("workshop_intakes"."email" = lower("workshop_intakes"."email")),
	CONSTRAINT "workshop_intakes_kvk_format" CHECK ("workshop_intakes"."kvk_number" is null or "workshop_intakes"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "workshop_intakes_themes" CHECK ("workshop_intakes"."themes" <@ ARRAY['ecommerce', 'data', 'automation', 'cyber_security', 'circular_economy', 'energy_transition']::text[]),
	CONSTRAINT "workshop_intakes_locale" CHECK ("workshop_intakes"."locale" in ('nl', 'en')),
	CONSTRAINT "workshop_intakes_route_chosen" CHECK ("workshop_intakes"."stage" in ('intake', 'articulation', 'closed') or "workshop_intakes"."route" is not null)
);
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_scope";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "trajectory_member_id" uuid;--> statement-breakpoint
ALTER TABLE "intake_moves" ADD CONSTRAINT "intake_moves_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_moves" ADD CONSTRAINT "intake_moves_intake_fk" FOREIGN KEY ("intake_id","werkplaats_id") REFERENCES "public"."workshop_intakes"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_intake_fk" FOREIGN KEY ("intake_id","werkplaats_id") REFERENCES "public"."workshop_intakes"("id","werkplaats_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD CONSTRAINT "trajectory_deliverable_versions_deliverable_id_trajectory_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."trajectory_deliverables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD CONSTRAINT "trajectory_deliverable_versions_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_deliverables" ADD CONSTRAINT "trajectory_deliverables_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_deliverables" ADD CONSTRAINT "trajectory_deliverables_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_hours" ADD CONSTRAINT "trajectory_hours_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_hours" ADD CONSTRAINT "trajectory_hours_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_members" ADD CONSTRAINT "trajectory_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_members" ADD CONSTRAINT "trajectory_members_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_milestones" ADD CONSTRAINT "trajectory_milestones_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_milestones" ADD CONSTRAINT "trajectory_milestones_room_booking_id_room_bookings_id_fk" FOREIGN KEY ("room_booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_milestones" ADD CONSTRAINT "trajectory_milestones_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_milestones" ADD CONSTRAINT "trajectory_milestones_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD CONSTRAINT "workshop_evaluations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD CONSTRAINT "workshop_evaluations_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_intakes" ADD CONSTRAINT "workshop_intakes_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_intakes" ADD CONSTRAINT "workshop_intakes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_intakes" ADD CONSTRAINT "workshop_intakes_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_intakes" ADD CONSTRAINT "workshop_intakes_company_fk" FOREIGN KEY ("company_id","werkplaats_id") REFERENCES "public"."companies"("id","werkplaats_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_moves_intake_idx" ON "intake_moves" USING btree ("intake_id","moved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_intake_key" ON "trajectories" USING btree ("intake_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_sme_token_key" ON "trajectories" USING btree ("sme_token_hash");--> statement-breakpoint
CREATE INDEX "trajectories_werkplaats_idx" ON "trajectories" USING btree ("werkplaats_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_deliverable_versions_key" ON "trajectory_deliverable_versions" USING btree ("deliverable_id","version");--> statement-breakpoint
CREATE INDEX "trajectory_deliverables_trajectory_idx" ON "trajectory_deliverables" USING btree ("trajectory_id","created_at");--> statement-breakpoint
CREATE INDEX "trajectory_hours_trajectory_idx" ON "trajectory_hours" USING btree ("trajectory_id","worked_on");--> statement-breakpoint
CREATE INDEX "trajectory_hours_user_idx" ON "trajectory_hours" USING btree ("user_id","worked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_members_email_key" ON "trajectory_members" USING btree ("trajectory_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_members_user_key" ON "trajectory_members" USING btree ("trajectory_id","user_id");--> statement-breakpoint
CREATE INDEX "trajectory_members_user_idx" ON "trajectory_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "trajectory_milestones_trajectory_idx" ON "trajectory_milestones" USING btree ("trajectory_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_evaluations_token_key" ON "workshop_evaluations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_evaluations_sme_key" ON "workshop_evaluations" USING btree ("trajectory_id") WHERE "workshop_evaluations"."respondent" = 'sme';--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_evaluations_user_key" ON "workshop_evaluations" USING btree ("trajectory_id","user_id");--> statement-breakpoint
CREATE INDEX "workshop_evaluations_follow_up_idx" ON "workshop_evaluations" USING btree ("follow_up_due_on") WHERE "workshop_evaluations"."follow_up_asked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_intakes_dedupe_key" ON "workshop_intakes" USING btree ("werkplaats_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "workshop_intakes_board_idx" ON "workshop_intakes" USING btree ("werkplaats_id","stage","created_at");--> statement-breakpoint
CREATE INDEX "workshop_intakes_retain_idx" ON "workshop_intakes" USING btree ("retain_until");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_trajectory_member_fk" FOREIGN KEY ("trajectory_member_id","werkplaats_id") REFERENCES "public"."trajectory_members"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_trajectory_member_target" CHECK (("invitations"."scope" = 'trajectory_member') = ("invitations"."trajectory_member_id" is not null));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_scope" CHECK ("invitations"."scope" in ('role', 'company', 'trajectory_member'));