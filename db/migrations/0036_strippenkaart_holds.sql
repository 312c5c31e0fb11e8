ALTER TABLE "sale_holds" DROP CONSTRAINT "sale_holds_kind";--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "membership_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_membership_key" ON "sale_holds" USING btree ("membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_strippenkaart_buyer_key" ON "sale_holds" USING btree ("werkplaats_id","user_id") WHERE "sale_holds"."status" = 'pending' and "sale_holds"."kind" = 'strippenkaart';--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_strippenkaart_card" CHECK ("sale_holds"."kind" <> 'strippenkaart' or ("sale_holds"."plan_id" is not null and "sale_holds"."day" is not null and ("sale_holds"."status" <> 'pending' or "sale_holds"."user_id" is not null)));--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_kind" CHECK ("sale_holds"."kind" in ('ticket', 'daypass', 'strippenkaart'));