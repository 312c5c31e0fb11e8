ALTER TABLE "company_invitations" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "company_invitations" CASCADE;--> statement-breakpoint
ALTER TABLE "invitations" ALTER COLUMN "scope" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_company_fk" FOREIGN KEY ("company_id","werkplaats_id") REFERENCES "public"."companies"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;