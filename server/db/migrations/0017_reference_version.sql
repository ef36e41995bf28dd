-- One version for the reference data every request reads: the unit tree, the ledger settings and
-- the holiday overrides. Bumped in the same transaction by every statement that writes one of them,
-- whatever the path (commands, imports, demo seeding, hand-written SQL). A server keeps the three
-- in memory under the version it loaded them at and reads the version with the list page itself
-- (server/commands/referenceData.ts): a change made on any instance is seen by the next request on
-- every instance. The table starts empty (a restore target must hold no rows): no row is version 0.
-- Used through raw SQL only: it is not in schema.ts, so drizzle-kit leaves it alone.
CREATE TABLE "reference_version" (
	"id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION bump_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reference_version AS v (id, version) VALUES (true, 1)
  ON CONFLICT (id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reference_version_units AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_version();
--> statement-breakpoint
CREATE TRIGGER reference_version_ledger_settings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ledger_settings
FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_version();
--> statement-breakpoint
CREATE TRIGGER reference_version_calendar_overrides AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_overrides
FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_version();
