CREATE TABLE "defect_dismissals" (
	"unit_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"defect_index" integer NOT NULL,
	"defect" jsonb NOT NULL,
	"reason" text,
	"dismissed_by" uuid NOT NULL,
	"dismissed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "defect_dismissals_unit_id_review_id_defect_index_pk" PRIMARY KEY("unit_id","review_id","defect_index")
);
--> statement-breakpoint
CREATE INDEX "defect_dismissals_review_idx" ON "defect_dismissals" USING btree ("review_id");