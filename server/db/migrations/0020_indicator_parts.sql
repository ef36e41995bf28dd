-- Indicator figures in parts (issue 17): a unit's figures are the sum of its parts, one a ledger
-- kind and month of the records' main date, each stored under a version of its own. A write
-- bumps the version of the parts it touches (its unit, kind and month), so a township's figures
-- after its own write recompute one part (a month of one kind: hundreds of rows) and add the
-- others as stored, instead of aggregating every kind over the whole year again. Counts, sums,
-- maxima and sets all add up over a partition of the records, so the sum equals the whole.
-- `month` is year * 12 + month - 1. Used through raw SQL only: not in schema.ts.
CREATE TABLE "ledger_part_versions" (
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"month" integer NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "ledger_part_versions_pk" PRIMARY KEY("unit_id","kind","month")
);
--> statement-breakpoint
INSERT INTO ledger_part_versions (unit_id, kind, month, version)
SELECT unit_id, kind, (extract(year FROM event_date)::integer * 12 + extract(month FROM event_date)::integer - 1), 1
FROM ledger_records GROUP BY 1, 2, 3;
--> statement-breakpoint
-- Figures of one part under the key of their periods (as indicator_figures, 0018).
CREATE TABLE "indicator_parts" (
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"month" integer NOT NULL,
	"version" bigint NOT NULL,
	"as_of" date NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "indicator_parts_pk" PRIMARY KEY("unit_id","key","kind","month")
);
--> statement-breakpoint
-- The trigger of 0007, which now also bumps the parts' versions, under the same unit lock.
CREATE OR REPLACE FUNCTION bump_ledger_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units uuid[] := '{}';
  years integer[] := '{}';
  kinds text[] := '{}';
  months integer[] := '{}';
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE ledger_versions SET version = version + 1;
    UPDATE ledger_part_versions SET version = version + 1;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT units || array_agg(unit_id), years || array_agg(extract(year FROM event_date)::integer),
      kinds || array_agg(kind),
      months || array_agg(extract(year FROM event_date)::integer * 12 + extract(month FROM event_date)::integer - 1)
    INTO units, years, kinds, months FROM new_rows;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT units || array_agg(unit_id), years || array_agg(extract(year FROM event_date)::integer),
      kinds || array_agg(kind),
      months || array_agg(extract(year FROM event_date)::integer * 12 + extract(month FROM event_date)::integer - 1)
    INTO units, years, kinds, months FROM old_rows;
  END IF;
  PERFORM pg_advisory_xact_lock(7310403, hashtext(u::text))
  FROM (SELECT DISTINCT u FROM unnest(units) AS u ORDER BY u) AS s;
  INSERT INTO ledger_versions AS v (unit_id, year, version)
  SELECT DISTINCT u, y, 1 FROM unnest(units, years) AS t(u, y) ORDER BY u, y
  ON CONFLICT (unit_id, year) DO UPDATE SET version = v.version + 1;
  INSERT INTO ledger_part_versions AS v (unit_id, kind, month, version)
  SELECT DISTINCT u, k, m, 1 FROM unnest(units, kinds, months) AS t(u, k, m) ORDER BY u, k, m
  ON CONFLICT (unit_id, kind, month) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
