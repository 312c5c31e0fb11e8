ALTER TABLE "partner_contacts" DROP CONSTRAINT "partner_contacts_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "partner_contacts" DROP COLUMN "user_id";