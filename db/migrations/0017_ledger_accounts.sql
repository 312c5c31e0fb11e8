CREATE TABLE "btw_codes" (
	"werkplaats_id" uuid NOT NULL,
	"treatment" text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "btw_codes_werkplaats_id_treatment_pk" PRIMARY KEY("werkplaats_id","treatment"),
	CONSTRAINT "btw_codes_treatment" CHECK ("btw_codes"."treatment" in ('21', '9', '0', 'exempt', 'reverse_charge')),
	CONSTRAINT "btw_codes_code" CHECK ("btw_codes"."code" ~ '^[0-9A-Za-z_.-]{1,20}$')
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"werkplaats_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"account" text NOT NULL,
	CONSTRAINT "ledger_accounts_werkplaats_id_purpose_pk" PRIMARY KEY("werkplaats_id","purpose"),
	CONSTRAINT "ledger_accounts_purpose" CHECK ("ledger_accounts"."purpose" in ('membership', 'deposit', 'room_hours', 'day_pass', 'ticket', 'strippenkaart', 'one_off', 'debtors', 'btw_payable')),
	CONSTRAINT "ledger_accounts_account" CHECK ("ledger_accounts"."account" ~ '^[0-9A-Za-z.-]{1,20}$')
);
--> statement-breakpoint
ALTER TABLE "btw_codes" ADD CONSTRAINT "btw_codes_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_werkplaats_id_werkplaatsen_id_fk" FOREIGN KEY ("werkplaats_id") REFERENCES "public"."werkplaatsen"("id") ON DELETE cascade ON UPDATE no action;