CREATE TABLE "annual_report_versions" (
	"unit_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"document" jsonb NOT NULL,
	"text" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "annual_report_versions_unit_id_report_id_revision_pk" PRIMARY KEY("unit_id","report_id","revision")
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"unit_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"text" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "annual_reports_unit_id_id_pk" PRIMARY KEY("unit_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_unit_year_uq" ON "annual_reports" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "annual_reports_id_idx" ON "annual_reports" USING btree ("id");--> statement-breakpoint
CREATE INDEX "annual_reports_year_status_idx" ON "annual_reports" USING btree ("year","status");