ALTER TABLE "invitations" ALTER COLUMN "role" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "scope" text DEFAULT 'role' NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "company_id" uuid;--> statement-breakpoint
CREATE INDEX "invitations_company_idx" ON "invitations" USING btree ("company_id","created_at");--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_id_werkplaats_key" UNIQUE("id","werkplaats_id");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_scope" CHECK ("invitations"."scope" in ('role', 'company'));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role_target" CHECK (("invitations"."scope" = 'role') = ("invitations"."role" is not null));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_company_target" CHECK (("invitations"."scope" = 'company') = ("invitations"."company_id" is not null));