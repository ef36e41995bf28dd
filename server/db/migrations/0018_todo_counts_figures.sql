CREATE INDEX "ledger_clocks_unit_due_idx" ON "ledger_clocks" USING btree ("unit_id","due") WHERE not done;--> statement-breakpoint
CREATE INDEX "ledger_records_state_idx" ON "ledger_records" USING btree ("kind","unit_id","state","event_date") WHERE deleted_at is null;--> statement-breakpoint
-- How many open clocks each unit has falling due on each day (issue 17): 待办's counts read a few
-- rows a unit and day instead of every open clock of a county. Kept by a statement-level trigger
-- on ledger_clocks in the writing transaction, whatever the path (commands, recomputation after a
-- holiday change, imports, hand-written SQL), like ledger_versions (0007). `alert_on` is
-- 'infinity' for a clock without an early-warning day, so that it can be part of the key.
-- Used through raw SQL only: it is not in schema.ts, so drizzle-kit leaves it alone.
CREATE TABLE "ledger_clock_counts" (
	"unit_id" uuid NOT NULL,
	"due" date NOT NULL,
	"reminder" boolean NOT NULL,
	"alert_on" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "ledger_clock_counts_pk" PRIMARY KEY("unit_id","due","reminder","alert_on")
);
--> statement-breakpoint
INSERT INTO ledger_clock_counts (unit_id, due, reminder, alert_on, n)
SELECT unit_id, due, reminder, coalesce(alert_on, 'infinity'), count(*)
FROM ledger_clocks WHERE NOT done GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Taken for the old rows, then added for the new, each in key order; a key whose count falls to
-- zero is removed. Clock writes come with their record's, under that unit's advisory lock (0007).
CREATE FUNCTION count_open_clocks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM ledger_clock_counts;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    UPDATE ledger_clock_counts AS k SET n = k.n - o.n
    FROM (
      SELECT unit_id, due, reminder, coalesce(alert_on, 'infinity'::date) AS alert_on, count(*)::integer AS n
      FROM old_rows WHERE NOT done GROUP BY 1, 2, 3, 4
    ) o
    WHERE k.unit_id = o.unit_id AND k.due = o.due AND k.reminder = o.reminder AND k.alert_on = o.alert_on;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO ledger_clock_counts AS k (unit_id, due, reminder, alert_on, n)
    SELECT unit_id, due, reminder, coalesce(alert_on, 'infinity'::date), count(*)::integer
    FROM new_rows WHERE NOT done GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (unit_id, due, reminder, alert_on) DO UPDATE SET n = k.n + excluded.n;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM ledger_clock_counts AS k
    WHERE k.n = 0 AND k.unit_id IN (SELECT DISTINCT unit_id FROM old_rows WHERE NOT done);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_clock_counts_insert AFTER INSERT ON ledger_clocks
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_clocks();
--> statement-breakpoint
CREATE TRIGGER ledger_clock_counts_update AFTER UPDATE ON ledger_clocks
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_clocks();
--> statement-breakpoint
CREATE TRIGGER ledger_clock_counts_delete AFTER DELETE ON ledger_clocks
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_clocks();
--> statement-breakpoint
CREATE TRIGGER ledger_clock_counts_truncate AFTER TRUNCATE ON ledger_clocks
FOR EACH STATEMENT EXECUTE FUNCTION count_open_clocks();
--> statement-breakpoint
-- Indicator figures of a unit as last computed, under the ledger version they were computed from
-- (ledger_versions, 0007): an instance that restarts, or another instance, reads them instead of
-- aggregating the records again, and a write anywhere bumps the version so they are never served
-- stale. `key` names the periods; `as_of` (the periods' last count day) lets old keys be dropped.
-- Used through raw SQL only: it is not in schema.ts, so drizzle-kit leaves it alone.
CREATE TABLE "indicator_figures" (
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" text NOT NULL,
	"as_of" date NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "indicator_figures_pk" PRIMARY KEY("unit_id","key")
);
