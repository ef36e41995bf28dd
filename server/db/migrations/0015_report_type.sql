DROP INDEX "annual_reports_unit_year_uq";--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "type" text DEFAULT 'annual' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_unit_type_year_uq" ON "annual_reports" USING btree ("unit_id","type","year");