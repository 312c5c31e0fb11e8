ALTER TABLE "sale_holds" DROP CONSTRAINT "sale_holds_kind";--> statement-breakpoint
ALTER TABLE "sale_holds" DROP CONSTRAINT "sale_holds_status";--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "day" date;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "area_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD COLUMN "day_pass_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_day_pass_id_day_passes_id_fk" FOREIGN KEY ("day_pass_id") REFERENCES "public"."day_passes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_day_pass_key" ON "sale_holds" USING btree ("day_pass_id");--> statement-breakpoint
CREATE INDEX "sale_holds_area_idx" ON "sale_holds" USING btree ("area_id","day") WHERE "sale_holds"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "sale_holds_day_email_key" ON "sale_holds" USING btree ("werkplaats_id","day","email") WHERE "sale_holds"."status" = 'pending' and "sale_holds"."kind" = 'daypass';--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_daypass_spot" CHECK ("sale_holds"."kind" <> 'daypass' or ("sale_holds"."day" is not null and "sale_holds"."area_id" is not null));--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_kind" CHECK ("sale_holds"."kind" in ('ticket', 'daypass'));--> statement-breakpoint
ALTER TABLE "sale_holds" ADD CONSTRAINT "sale_holds_status" CHECK ("sale_holds"."status" in ('pending', 'confirmed', 'released', 'refunded'));