CREATE INDEX "ledger_records_fields_idx" ON "ledger_records" USING gin (zh_kind_fields("kind", "data", "state"));--> statement-breakpoint
-- the planner's statistics of the new index expression (its estimate of a filter's matches
-- decides whether the keyed page is tried), as in 0024
ANALYZE "ledger_records";
