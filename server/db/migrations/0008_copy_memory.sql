CREATE TABLE "copy_common" (
	"county_id" uuid NOT NULL,
	"hash" integer NOT NULL,
	CONSTRAINT "copy_common_county_id_hash_pk" PRIMARY KEY("county_id","hash")
);
--> statement-breakpoint
CREATE TABLE "copy_memory" (
	"county_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"unit_id" uuid,
	"report_year" integer,
	"hashes" integer[] NOT NULL,
	CONSTRAINT "copy_memory_county_id_review_id_pk" PRIMARY KEY("county_id","review_id")
);
--> statement-breakpoint
CREATE TABLE "copy_memory_counts" (
	"county_id" uuid PRIMARY KEY NOT NULL,
	"reports" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "copy_memory_hashes_idx" ON "copy_memory" USING gin ("hashes") WITH (fastupdate=false);