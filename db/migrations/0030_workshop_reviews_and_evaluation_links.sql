ALTER TABLE "trajectory_deliverable_versions" ADD COLUMN "review" text DEFAULT 'submitted' NOT NULL;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD COLUMN "review_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD COLUMN "token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD COLUMN "follow_up_token_hash" text;--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD COLUMN "follow_up_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD CONSTRAINT "trajectory_deliverable_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_evaluations_follow_up_token_key" ON "workshop_evaluations" USING btree ("follow_up_token_hash");--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD CONSTRAINT "trajectory_deliverable_versions_review" CHECK ("trajectory_deliverable_versions"."review" in ('submitted', 'accepted', 'returned'));--> statement-breakpoint
ALTER TABLE "trajectory_deliverable_versions" ADD CONSTRAINT "trajectory_deliverable_versions_reviewed" CHECK (("trajectory_deliverable_versions"."review" = 'submitted') = ("trajectory_deliverable_versions"."reviewed_at" is null));--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD CONSTRAINT "workshop_evaluations_follow_up_link" CHECK (("workshop_evaluations"."follow_up_token_hash" is null) = ("workshop_evaluations"."follow_up_asked_at" is null) and ("workshop_evaluations"."follow_up_token_hash" is null) = ("workshop_evaluations"."follow_up_expires_at" is null));--> statement-breakpoint
ALTER TABLE "workshop_evaluations" ADD CONSTRAINT "workshop_evaluations_sme_link" CHECK (("workshop_evaluations"."token_hash" is null) = ("workshop_evaluations"."token_expires_at" is null));