ALTER TABLE "ledger_clocks" ADD COLUMN "alert_on" date;--> statement-breakpoint
CREATE INDEX "ledger_records_kind_date_idx" ON "ledger_records" USING btree ("kind","event_date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "ledger_records_data_idx" ON "ledger_records" USING gin ("data" jsonb_path_ops);