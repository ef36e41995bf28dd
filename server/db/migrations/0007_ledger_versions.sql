-- A version per unit and year of the records' main date, bumped in the same transaction by
-- every write to them, whatever the path (commands, imports, demo seeding, hand-written SQL).
-- Indicator figures are cached per unit under the versions of the years up to the period's end
-- (server/commands/indicatorQuery.ts): a figure can never outlive the records it was computed
-- from, on any server instance, and this year's records leave closed years' figures alone.
-- Used through raw SQL only: it is not in schema.ts, so drizzle-kit leaves it alone.
CREATE TABLE "ledger_versions" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "ledger_versions_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
-- Statement-level: a bulk insert bumps each unit-year once, not once a row. An update bumps the
-- years before and after, a truncation every version. A unit's versions have one writer at a time
-- (an advisory lock from its first write to commit, units in order): two transactions bumping a
-- unit's years in different orders, say two imports of 500-row chunks, wait rather than deadlock.
CREATE FUNCTION bump_ledger_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units uuid[] := '{}';
  years integer[] := '{}';
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE ledger_versions SET version = version + 1;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT units || array_agg(unit_id), years || array_agg(extract(year FROM event_date)::integer)
    INTO units, years FROM new_rows;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT units || array_agg(unit_id), years || array_agg(extract(year FROM event_date)::integer)
    INTO units, years FROM old_rows;
  END IF;
  PERFORM pg_advisory_xact_lock(7310403, hashtext(u::text))
  FROM (SELECT DISTINCT u FROM unnest(units) AS u ORDER BY u) AS s;
  INSERT INTO ledger_versions AS v (unit_id, year, version)
  SELECT DISTINCT u, y, 1 FROM unnest(units, years) AS t(u, y) ORDER BY u, y
  ON CONFLICT (unit_id, year) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_versions_insert AFTER INSERT ON ledger_records
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_ledger_versions();
--> statement-breakpoint
CREATE TRIGGER ledger_versions_update AFTER UPDATE ON ledger_records
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_ledger_versions();
--> statement-breakpoint
CREATE TRIGGER ledger_versions_delete AFTER DELETE ON ledger_records
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_ledger_versions();
--> statement-breakpoint
CREATE TRIGGER ledger_versions_truncate AFTER TRUNCATE ON ledger_records
FOR EACH STATEMENT EXECUTE FUNCTION bump_ledger_versions();
