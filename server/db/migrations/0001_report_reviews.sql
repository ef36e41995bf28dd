CREATE TABLE "rectifications" (
	"unit_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"defect" jsonb NOT NULL,
	"instruction" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"return_reason" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rectifications_unit_id_id_pk" PRIMARY KEY("unit_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_reviews" (
	"unit_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"reviewer_unit_id" uuid NOT NULL,
	"matched_unit" boolean NOT NULL,
	"file_name" text NOT NULL,
	"format" text,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"report_unit" text,
	"report_year" integer,
	"text" text,
	"result" jsonb,
	"error" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_reviews_unit_id_id_pk" PRIMARY KEY("unit_id","id")
);
--> statement-breakpoint
CREATE INDEX "rectifications_id_idx" ON "rectifications" USING btree ("id");--> statement-breakpoint
CREATE INDEX "rectifications_review_idx" ON "rectifications" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "report_reviews_id_idx" ON "report_reviews" USING btree ("id");--> statement-breakpoint
CREATE INDEX "report_reviews_batch_idx" ON "report_reviews" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "report_reviews_year_idx" ON "report_reviews" USING btree ("report_year");