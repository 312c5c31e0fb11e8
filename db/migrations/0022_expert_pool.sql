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
ALTER TABLE "member_profiles" DROP CONSTRAINT "member_profiles_hours";--> statement-breakpoint
ALTER TABLE "member_profiles" DROP CONSTRAINT "member_profiles_helps";--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_member_profile_fk" FOREIGN KEY ("werkplaats_id","user_id") REFERENCES "public"."member_profiles"("werkplaats_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_settings" ADD CONSTRAINT "expert_settings_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_settings" ADD CONSTRAINT "expert_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- moved by hand above the drops: who already volunteered keeps their hours as an expert profile
INSERT INTO "expert_profiles" ("werkplaats_id", "user_id", "hours_per_month")
SELECT "werkplaats_id", "user_id", "help_hours_per_month" FROM "member_profiles"
WHERE "helps_students" AND "help_hours_per_month" > 0;--> statement-breakpoint
ALTER TABLE "member_profiles" DROP COLUMN "helps_students";--> statement-breakpoint
ALTER TABLE "member_profiles" DROP COLUMN "help_hours_per_month";