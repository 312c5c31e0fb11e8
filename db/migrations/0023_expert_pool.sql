CREATE TABLE "expert_profiles" (
	"werkplaats_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"hours_per_month" integer NOT NULL,
	"languages" text[] DEFAULT '{nl}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expert_profiles_werkplaats_id_user_id_pk" PRIMARY KEY("werkplaats_id","user_id"),
	CONSTRAINT "expert_profiles_hours" CHECK ("expert_profiles"."hours_per_month" between 1 and 160),
	CONSTRAINT "expert_profiles_languages" CHECK (cardinality("expert_profiles"."languages") between 1 and 6)
);
--> statement-breakpoint
CREATE TABLE "expert_settings" (
	"werkplaats_id" uuid PRIMARY KEY NOT NULL,
	"in_kind_hour_rate_cents" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expert_settings_rate" CHECK ("expert_settings"."in_kind_hour_rate_cents" between 0 and 100000)
);
--> statement-breakpoint
CREATE TABLE "trajectory_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"hours_per_month" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "trajectory_experts_hours" CHECK ("trajectory_experts"."hours_per_month" between 1 and 160),
	CONSTRAINT "trajectory_experts_period" CHECK ("trajectory_experts"."starts_on" <= "trajectory_experts"."ends_on"),
	CONSTRAINT "trajectory_experts_status" CHECK ("trajectory_experts"."status" in ('invited', 'accepted', 'declined', 'ended')),
	CONSTRAINT "trajectory_experts_answered" CHECK (("trajectory_experts"."status" = 'invited') = ("trajectory_experts"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "hackathon_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"outcome" text,
	"outcome_url" text,
	"outcome_recorded_at" timestamp with time zone,
	"outcome_recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hackathon_challenges_id_werkplaats_key" UNIQUE("id","werkplaats_id"),
	CONSTRAINT "hackathon_challenges_outcome" CHECK (("hackathon_challenges"."outcome" is null) = ("hackathon_challenges"."outcome_recorded_at" is null)),
	CONSTRAINT "hackathon_challenges_url" CHECK ("hackathon_challenges"."outcome_url" is null or "hackathon_challenges"."outcome_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "hackathon_team_members" (
	"werkplaats_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hackathon_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hackathon_teams_id_werkplaats_key" UNIQUE("id","werkplaats_id")
);
--> statement-breakpoint
CREATE TABLE "jury_scores" (
	"werkplaats_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"juror_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"score" integer NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_scores_score" CHECK ("jury_scores"."score" between 1 and 10),
	CONSTRAINT "jury_scores_criterion" CHECK ("jury_scores"."criterion" in ('idea', 'impact', 'feasibility', 'presentation'))
);
--> statement-breakpoint
CREATE TABLE "internship_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"intake_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"fee_minimum_cents" integer NOT NULL,
	"fee_suggested_cents" integer NOT NULL,
	"fee_status" text DEFAULT 'open' NOT NULL,
	"fee_paid_cents" integer,
	"fee_waived_by" uuid,
	"fee_waived_reason" text,
	"student_id" uuid,
	"matched_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_assignments_period" CHECK ("internship_assignments"."starts_on" <= "internship_assignments"."ends_on"),
	CONSTRAINT "internship_assignments_fee" CHECK ("internship_assignments"."fee_minimum_cents" >= 0 and "internship_assignments"."fee_suggested_cents" >= "internship_assignments"."fee_minimum_cents"),
	CONSTRAINT "internship_assignments_fee_status" CHECK ("internship_assignments"."fee_status" in ('open', 'paid', 'waived')),
	CONSTRAINT "internship_assignments_paid" CHECK (("internship_assignments"."fee_status" = 'paid') = ("internship_assignments"."fee_paid_cents" is not null) and coalesce("internship_assignments"."fee_paid_cents", "internship_assignments"."fee_minimum_cents") >= "internship_assignments"."fee_minimum_cents"),
	CONSTRAINT "internship_assignments_waived" CHECK (("internship_assignments"."fee_status" = 'waived') = ("internship_assignments"."fee_waived_reason" is not null)),
	CONSTRAINT "internship_assignments_matched" CHECK (("internship_assignments"."student_id" is null) = ("internship_assignments"."matched_at" is null))
);
--> statement-breakpoint
ALTER TABLE "member_profiles" DROP CONSTRAINT "member_profiles_hours";--> statement-breakpoint
ALTER TABLE "member_profiles" DROP CONSTRAINT "member_profiles_helps";--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_member_profile_fk" FOREIGN KEY ("werkplaats_id","user_id") REFERENCES "public"."member_profiles"("werkplaats_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_settings" ADD CONSTRAINT "expert_settings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_settings" ADD CONSTRAINT "expert_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_experts" ADD CONSTRAINT "trajectory_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_experts" ADD CONSTRAINT "trajectory_experts_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_experts" ADD CONSTRAINT "trajectory_experts_trajectory_fk" FOREIGN KEY ("trajectory_id","werkplaats_id") REFERENCES "public"."trajectories"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD CONSTRAINT "hackathon_challenges_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD CONSTRAINT "hackathon_challenges_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD CONSTRAINT "hackathon_challenges_outcome_recorded_by_users_id_fk" FOREIGN KEY ("outcome_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_challenges" ADD CONSTRAINT "hackathon_challenges_intake_fk" FOREIGN KEY ("intake_id","werkplaats_id") REFERENCES "public"."workshop_intakes"("id","werkplaats_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_team_members" ADD CONSTRAINT "hackathon_team_members_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_team_members" ADD CONSTRAINT "hackathon_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_team_members" ADD CONSTRAINT "hackathon_team_members_team_fk" FOREIGN KEY ("team_id","werkplaats_id") REFERENCES "public"."hackathon_teams"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hackathon_teams" ADD CONSTRAINT "hackathon_teams_challenge_fk" FOREIGN KEY ("challenge_id","werkplaats_id") REFERENCES "public"."hackathon_challenges"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_juror_id_users_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_team_fk" FOREIGN KEY ("team_id","werkplaats_id") REFERENCES "public"."hackathon_teams"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_intake_id_workshop_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."workshop_intakes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_fee_waived_by_users_id_fk" FOREIGN KEY ("fee_waived_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_assignments" ADD CONSTRAINT "internship_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_experts_trajectory_user_key" ON "trajectory_experts" USING btree ("trajectory_id","user_id");--> statement-breakpoint
CREATE INDEX "trajectory_experts_user_idx" ON "trajectory_experts" USING btree ("werkplaats_id","user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_challenges_intake_key" ON "hackathon_challenges" USING btree ("event_id","intake_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_team_members_event_user_key" ON "hackathon_team_members" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "hackathon_team_members_team_idx" ON "hackathon_team_members" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hackathon_teams_name_key" ON "hackathon_teams" USING btree ("challenge_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "jury_scores_key" ON "jury_scores" USING btree ("team_id","juror_id","criterion");--> statement-breakpoint
CREATE INDEX "internship_assignments_werkplaats_idx" ON "internship_assignments" USING btree ("werkplaats_id","starts_on");--> statement-breakpoint
CREATE INDEX "internship_assignments_student_idx" ON "internship_assignments" USING btree ("student_id");--> statement-breakpoint
-- moved by hand above the drops: who already volunteered keeps their hours as an expert profile
INSERT INTO "expert_profiles" ("werkplaats_id", "user_id", "hours_per_month")
SELECT "werkplaats_id", "user_id", "help_hours_per_month" FROM "member_profiles"
WHERE "helps_students" AND "help_hours_per_month" > 0;--> statement-breakpoint
ALTER TABLE "member_profiles" DROP COLUMN "helps_students";--> statement-breakpoint
ALTER TABLE "member_profiles" DROP COLUMN "help_hours_per_month";--> statement-breakpoint
-- hand-written below
-- The most hours a month an expert is promised (invited or accepted) in any month of [from, to],
-- leaving out one place (the one being changed).
CREATE FUNCTION expert_month_load(p_werkplaats uuid, p_user uuid, p_from date, p_to date, p_except uuid) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT coalesce(max(total), 0)::integer FROM (
    SELECT m.month, sum(te.hours_per_month) AS total
    FROM generate_series(date_trunc('month', p_from), date_trunc('month', p_to), interval '1 month') AS m(month)
    JOIN trajectory_experts te
      ON te.werkplaats_id = p_werkplaats AND te.user_id = p_user AND te.status IN ('invited', 'accepted')
     AND te.id IS DISTINCT FROM p_except
     AND te.starts_on < m.month + interval '1 month' AND te.ends_on >= m.month
    GROUP BY m.month) AS months
$$;--> statement-breakpoint
-- What an expert is promised in the busiest month from this one on: the floor for their pledge.
CREATE FUNCTION expert_booked_hours(p_werkplaats uuid, p_user uuid) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT expert_month_load(p_werkplaats, p_user, current_date,
    greatest(current_date, (SELECT max(ends_on) FROM trajectory_experts
      WHERE werkplaats_id = p_werkplaats AND user_id = p_user AND status IN ('invited', 'accepted'))), NULL)
$$;--> statement-breakpoint
-- An invitation (or a change of one) that would take any month over the expert's pledge is
-- refused. The profile row is locked first, so two staff inviting the last hour at the same time
-- are checked one after the other: the second sees the first's place and is refused.
CREATE FUNCTION trajectory_experts_within_pledge() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pledge integer;
BEGIN
  IF NEW.status NOT IN ('invited', 'accepted') THEN
    RETURN NEW;
  END IF;
  SELECT hours_per_month INTO pledge FROM expert_profiles
    WHERE werkplaats_id = NEW.werkplaats_id AND user_id = NEW.user_id FOR UPDATE;
  IF pledge IS NULL THEN
    RAISE EXCEPTION 'not an expert of this werkplaats' USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'trajectory_experts_expert_profile';
  END IF;
  IF expert_month_load(NEW.werkplaats_id, NEW.user_id, NEW.starts_on, NEW.ends_on, NEW.id) + NEW.hours_per_month > pledge THEN
    RAISE EXCEPTION 'expert booked beyond their monthly hours' USING ERRCODE = 'check_violation', CONSTRAINT = 'expert_hours_per_month';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER trajectory_experts_within_pledge BEFORE INSERT OR UPDATE ON trajectory_experts
  FOR EACH ROW EXECUTE FUNCTION trajectory_experts_within_pledge();--> statement-breakpoint
-- An expert may not lower their pledge below, or withdraw it from, what trajectories count on.
CREATE FUNCTION expert_profiles_keep_promises() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF expert_booked_hours(OLD.werkplaats_id, OLD.user_id) > 0 THEN
      RAISE EXCEPTION 'expert still booked' USING ERRCODE = 'check_violation', CONSTRAINT = 'expert_hours_booked';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW.hours_per_month < expert_booked_hours(NEW.werkplaats_id, NEW.user_id) THEN
    RAISE EXCEPTION 'pledge below booked hours' USING ERRCODE = 'check_violation', CONSTRAINT = 'expert_hours_booked';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER expert_profiles_keep_promises BEFORE UPDATE OF hours_per_month OR DELETE ON expert_profiles
  FOR EACH ROW EXECUTE FUNCTION expert_profiles_keep_promises();
