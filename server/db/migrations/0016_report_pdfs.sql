CREATE TABLE "report_pdfs" (
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"engine" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_pdfs_report_id_version_engine_pk" PRIMARY KEY("report_id","version","engine")
);
--> statement-breakpoint
CREATE INDEX "report_reviews_sha_idx" ON "report_reviews" USING btree ("reviewer_unit_id","sha256");