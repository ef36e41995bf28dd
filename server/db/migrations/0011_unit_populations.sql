CREATE TABLE "unit_populations" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "unit_populations_unit_id_year_pk" PRIMARY KEY("unit_id","year"),
	CONSTRAINT "unit_populations_positive_chk" CHECK ("unit_populations"."population" > 0)
);
--> statement-breakpoint
ALTER TABLE "units" DROP COLUMN "population";