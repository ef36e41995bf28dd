CREATE INDEX "ledger_records_keys_idx" ON "ledger_records" USING gin (zh_kind_keys("kind", "search_text", "data", "state", "event_date"));--> statement-breakpoint
-- the planner's statistics of the new index expression, as in 0024
ANALYZE "ledger_records";
