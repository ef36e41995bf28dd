CREATE TABLE "ledger_area_confirmations" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"area" text NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_area_confirmations_unit_id_year_area_pk" PRIMARY KEY("unit_id","year","area")
);
--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "submitted_by" uuid;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "issuance" jsonb DEFAULT '{}'::jsonb NOT NULL;