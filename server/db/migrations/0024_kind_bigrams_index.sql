DROP INDEX "ledger_records_search_idx";--> statement-breakpoint
CREATE INDEX "ledger_records_search_idx" ON "ledger_records" USING gin (zh_kind_bigrams("kind", "search_text"));--> statement-breakpoint
-- the planner's statistics of the new index expression (its estimates of a word's matches
-- decide between the newest-rows walk and an exact count): ANALYZE gathers them, index creation
-- does not, and autovacuum would only after a tenth of the table changed
ANALYZE "ledger_records";
