DROP INDEX "ledger_records_search_idx";--> statement-breakpoint
CREATE INDEX "ledger_records_search_idx" ON "ledger_records" USING gin (zh_kind_bigrams("kind", "search_text"));