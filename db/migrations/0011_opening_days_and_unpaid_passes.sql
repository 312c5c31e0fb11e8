CREATE TABLE "closed_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkplaats_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "werkplaatsen" ADD COLUMN "closed_weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "closed_days" ADD CONSTRAINT "closed_days_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "closed_days_day_key" ON "closed_days" USING btree ("werkplaats_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "day_passes_one_unpaid_per_day" ON "day_passes" USING btree ("werkplaats_id","guest_email","day") WHERE "day_passes"."status" = 'valid' and "day_passes"."paid_at" is null;--> statement-breakpoint
ALTER TABLE "werkplaatsen" ADD CONSTRAINT "werkplaatsen_closed_weekdays" CHECK ("werkplaatsen"."closed_weekdays" <@ array[1, 2, 3, 4, 5, 6, 7]);