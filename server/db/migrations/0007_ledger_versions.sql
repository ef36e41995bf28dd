-- A version per unit, bumped in the same transaction by every write to that unit's ledger
-- records, whatever the path (commands, imports, demo seeding, hand-written SQL). Indicator
-- figures are cached per unit under it (server/commands/indicatorQuery.ts), so a figure can
-- never outlive the records it was computed from, on any server instance. Used through raw
-- SQL only: it is not in schema.ts, so drizzle-kit leaves it alone.
CREATE TABLE "ledger_versions" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- Statement-level: a bulk insert bumps each unit once, not once a row. Units in id order, so
-- two transactions bumping the same units wait for each other rather than deadlock.
CREATE FUNCTION bump_ledger_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP <> 'DELETE' THEN
    SELECT array_agg(unit_id) INTO ids FROM new_rows;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT array_agg(unit_id) || ids INTO ids FROM old_rows;
  END IF;
  INSERT INTO ledger_versions AS v (unit_id, version)
  SELECT DISTINCT id, 1 FROM unnest(ids) AS id ORDER BY id
  ON CONFLICT (unit_id) DO UPDATE SET version = v.version + 1;
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
