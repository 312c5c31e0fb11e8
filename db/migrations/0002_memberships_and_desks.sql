CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kvk_number" text NOT NULL,
	"btw_id" text,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"billing_email" text NOT NULL,
	"iban" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_kvk_format" CHECK ("companies"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "companies_btw_format" CHECK ("companies"."btw_id" is null or "companies"."btw_id" ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
	CONSTRAINT "companies_iban_format" CHECK ("companies"."iban" is null or "companies"."iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$')
);
--> statement-breakpoint
CREATE TABLE "company_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "company_invitations_email_lower" CHECK ("company_invitations"."email" = lower("company_invitations"."email"))
);
--> statement-breakpoint
CREATE TABLE "company_members" (
	"company_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_members_company_id_user_id_pk" PRIMARY KEY("company_id","user_id"),
	CONSTRAINT "company_members_role" CHECK ("company_members"."role" in ('owner', 'member'))
);
--> statement-breakpoint
CREATE TABLE "membership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_events_kind" CHECK ("membership_events"."kind" in ('applied', 'approved', 'declined', 'withdrawn', 'plan_changed', 'paused', 'cancelled', 'desk_assigned', 'desk_ended'))
);
--> statement-breakpoint
CREATE TABLE "membership_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_pauses_dates" CHECK ("membership_pauses"."ends_on" >= "membership_pauses"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "membership_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_periods_dates" CHECK ("membership_periods"."ends_on" is null or "membership_periods"."ends_on" >= "membership_periods"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"company_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"motivation" text,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decline_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_status" CHECK ("memberships"."status" in ('pending', 'active', 'declined', 'withdrawn')),
	CONSTRAINT "memberships_dates" CHECK ("memberships"."end_date" is null or "memberships"."end_date" >= "memberships"."start_date")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"price_cents" integer NOT NULL,
	"btw_rate" integer DEFAULT 21 NOT NULL,
	"included_room_minutes" integer DEFAULT 0 NOT NULL,
	"access_days_per_week" integer,
	"strip_days" integer,
	"strip_validity_months" integer,
	"minimum_term_months" integer DEFAULT 0 NOT NULL,
	"notice_period_months" integer DEFAULT 0 NOT NULL,
	"deposit_cents" integer DEFAULT 0 NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_kind" CHECK ("plans"."kind" in ('flex', 'fixed', 'office', 'virtual', 'day_pass', 'strippenkaart')),
	CONSTRAINT "plans_btw_rate" CHECK ("plans"."btw_rate" in (21, 9, 0)),
	CONSTRAINT "plans_amounts" CHECK ("plans"."price_cents" >= 0 and "plans"."deposit_cents" >= 0 and "plans"."included_room_minutes" >= 0),
	CONSTRAINT "plans_terms" CHECK ("plans"."minimum_term_months" between 0 and 60 and "plans"."notice_period_months" between 0 and 12),
	CONSTRAINT "plans_access_days" CHECK ("plans"."access_days_per_week" is null or "plans"."access_days_per_week" between 1 and 7),
	CONSTRAINT "plans_strippenkaart" CHECK (("plans"."kind" = 'strippenkaart') = ("plans"."strip_days" is not null and "plans"."strip_validity_months" is not null)),
	CONSTRAINT "plans_strip_values" CHECK ("plans"."strip_days" is null or ("plans"."strip_days" between 1 and 365 and "plans"."strip_validity_months" between 1 and 36))
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"flex_capacity" integer DEFAULT 0 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "areas_capacity" CHECK ("areas"."flex_capacity" between 0 and 500)
);
--> statement-breakpoint
CREATE TABLE "desk_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"desk_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "desk_assignments_dates" CHECK ("desk_assignments"."ends_on" is null or "desk_assignments"."ends_on" >= "desk_assignments"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "desks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"label" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flex_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"day" date NOT NULL,
	"user_id" uuid,
	"membership_id" uuid,
	"day_pass_id" uuid,
	"status" text DEFAULT 'reserved' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flex_reservations_status" CHECK ("flex_reservations"."status" in ('reserved', 'cancelled')),
	CONSTRAINT "flex_reservations_entitlement" CHECK (("flex_reservations"."membership_id" is null) <> ("flex_reservations"."day_pass_id" is null))
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"day" date NOT NULL,
	"user_id" uuid,
	"membership_id" uuid,
	"day_pass_id" uuid,
	"reservation_id" uuid,
	"method" text NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" uuid,
	"checked_out_at" timestamp with time zone,
	CONSTRAINT "check_ins_method" CHECK ("check_ins"."method" in ('self', 'reception')),
	CONSTRAINT "check_ins_who" CHECK ("check_ins"."user_id" is not null or "check_ins"."day_pass_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "day_passes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"user_id" uuid,
	"guest_name" text NOT NULL,
	"guest_email" text NOT NULL,
	"day" date NOT NULL,
	"area_id" uuid NOT NULL,
	"code" text NOT NULL,
	"price_cents" integer NOT NULL,
	"btw_rate" integer NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"paid_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "day_passes_status" CHECK ("day_passes"."status" in ('valid', 'cancelled')),
	CONSTRAINT "day_passes_code_format" CHECK ("day_passes"."code" ~ '^[A-Z0-9]{6}$'),
	CONSTRAINT "day_passes_email_lower" CHECK ("day_passes"."guest_email" = lower("day_passes"."guest_email"))
);
--> statement-breakpoint
CREATE TABLE "member_profiles" (
	"werkplaats_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"visible" boolean DEFAULT false NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"website" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"helps_students" boolean DEFAULT false NOT NULL,
	"help_hours_per_month" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_profiles_werkplaats_id_user_id_pk" PRIMARY KEY("werkplaats_id","user_id"),
	CONSTRAINT "member_profiles_hours" CHECK ("member_profiles"."help_hours_per_month" between 0 and 160),
	CONSTRAINT "member_profiles_helps" CHECK ("member_profiles"."helps_students" or "member_profiles"."help_hours_per_month" = 0)
);
--> statement-breakpoint
CREATE TABLE "profile_photos" (
	"werkplaats_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_photos_werkplaats_id_user_id_pk" PRIMARY KEY("werkplaats_id","user_id"),
	CONSTRAINT "profile_photos_type" CHECK ("profile_photos"."content_type" in ('image/png', 'image/jpeg', 'image/webp'))
);
--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_invitations" ADD CONSTRAINT "company_invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_invitations" ADD CONSTRAINT "company_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_pauses" ADD CONSTRAINT "membership_pauses_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_pauses" ADD CONSTRAINT "membership_pauses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_assignments" ADD CONSTRAINT "desk_assignments_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_assignments" ADD CONSTRAINT "desk_assignments_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_assignments" ADD CONSTRAINT "desk_assignments_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_assignments" ADD CONSTRAINT "desk_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_day_pass_id_day_passes_id_fk" FOREIGN KEY ("day_pass_id") REFERENCES "public"."day_passes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_reservations" ADD CONSTRAINT "flex_reservations_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_day_pass_id_day_passes_id_fk" FOREIGN KEY ("day_pass_id") REFERENCES "public"."day_passes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_reservation_id_flex_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."flex_reservations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_passes" ADD CONSTRAINT "day_passes_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_passes" ADD CONSTRAINT "day_passes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_passes" ADD CONSTRAINT "day_passes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_passes" ADD CONSTRAINT "day_passes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_passes" ADD CONSTRAINT "day_passes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_photos" ADD CONSTRAINT "profile_photos_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_photos" ADD CONSTRAINT "profile_photos_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_kvk_key" ON "companies" USING btree ("werkplaats_id","kvk_number");--> statement-breakpoint
CREATE INDEX "company_invitations_company_idx" ON "company_invitations" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "company_members_one_company" ON "company_members" USING btree ("werkplaats_id","user_id");--> statement-breakpoint
CREATE INDEX "membership_events_membership_idx" ON "membership_events" USING btree ("membership_id","created_at");--> statement-breakpoint
CREATE INDEX "membership_pauses_membership_idx" ON "membership_pauses" USING btree ("membership_id","starts_on");--> statement-breakpoint
CREATE INDEX "membership_periods_membership_idx" ON "membership_periods" USING btree ("membership_id","starts_on");--> statement-breakpoint
CREATE INDEX "membership_periods_plan_idx" ON "membership_periods" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "memberships_werkplaats_idx" ON "memberships" USING btree ("werkplaats_id","status");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "memberships_company_idx" ON "memberships" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_pending" ON "memberships" USING btree ("werkplaats_id","user_id") WHERE "memberships"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "plans_werkplaats_idx" ON "plans" USING btree ("werkplaats_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_name_key" ON "areas" USING btree ("werkplaats_id","name");--> statement-breakpoint
CREATE INDEX "desk_assignments_membership_idx" ON "desk_assignments" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "desk_assignments_werkplaats_idx" ON "desk_assignments" USING btree ("werkplaats_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "desks_label_key" ON "desks" USING btree ("werkplaats_id","label");--> statement-breakpoint
CREATE INDEX "desks_area_idx" ON "desks" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "flex_reservations_area_day_idx" ON "flex_reservations" USING btree ("area_id","day") WHERE "flex_reservations"."status" = 'reserved';--> statement-breakpoint
CREATE INDEX "flex_reservations_membership_idx" ON "flex_reservations" USING btree ("membership_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "flex_reservations_one_per_person" ON "flex_reservations" USING btree ("werkplaats_id","user_id","day") WHERE "flex_reservations"."status" = 'reserved' and "flex_reservations"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "flex_reservations_one_per_pass" ON "flex_reservations" USING btree ("day_pass_id") WHERE "flex_reservations"."status" = 'reserved';--> statement-breakpoint
CREATE INDEX "check_ins_day_idx" ON "check_ins" USING btree ("werkplaats_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_once_per_person" ON "check_ins" USING btree ("werkplaats_id","user_id","day") WHERE "check_ins"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_once_per_pass" ON "check_ins" USING btree ("day_pass_id") WHERE "check_ins"."day_pass_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "day_passes_code_key" ON "day_passes" USING btree ("werkplaats_id","code");--> statement-breakpoint
CREATE INDEX "day_passes_day_idx" ON "day_passes" USING btree ("werkplaats_id","day");--> statement-breakpoint
CREATE INDEX "day_passes_user_idx" ON "day_passes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "member_profiles_expertise_idx" ON "member_profiles" USING gin ("expertise");