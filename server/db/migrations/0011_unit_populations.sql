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
-- a population typed into units.population (no screen ever wrote one) applied to every year:
-- it moves as the figure from 2000 on, which the lookup carries forward until a later year is entered
INSERT INTO "unit_populations" ("unit_id", "year", "population", "updated_by", "updated_at")
SELECT "id", 2000, "population", NULL, now() FROM "units" WHERE "population" > 0;--> statement-breakpoint
ALTER TABLE "units" DROP COLUMN "population";