DROP INDEX "ledger_clocks_open_idx";--> statement-breakpoint
DROP INDEX "ledger_clocks_unit_due_idx";--> statement-breakpoint
CREATE INDEX "ledger_clocks_open_idx" ON "ledger_clocks" USING btree ("due","unit_id","record_id","clock","alert_on","provisional") WHERE not done;--> statement-breakpoint
CREATE INDEX "ledger_clocks_unit_due_idx" ON "ledger_clocks" USING btree ("unit_id","due","record_id","clock","alert_on","provisional") WHERE not done;