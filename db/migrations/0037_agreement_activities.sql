-- The events key first: the support rows' foreign key needs it.
ALTER TABLE "events" ADD CONSTRAINT "events_id_werkplaats_key" UNIQUE("id","werkplaats_id");--> statement-breakpoint
CREATE TABLE "agreement_activities" (
	"werkplaats_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_activities_agreement_id_event_id_pk" PRIMARY KEY("agreement_id","event_id"),
	CONSTRAINT "agreement_activities_role" CHECK ("agreement_activities"."role" in ('named_event', 'jury_seat', 'room_lent', 'supported'))
);
--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_agreement_fk" FOREIGN KEY ("agreement_id","werkplaats_id") REFERENCES "public"."partner_agreements"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_event_fk" FOREIGN KEY ("event_id","werkplaats_id") REFERENCES "public"."events"("id","werkplaats_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_activities_event_idx" ON "agreement_activities" USING btree ("event_id");