-- Distinct 2-character substrings, for a GIN index that finds 2-character Chinese words
-- (pg_trgm cannot). Queries use: zh_bigrams(search_text) @> zh_bigrams($q) AND search_text LIKE %q%.
CREATE FUNCTION zh_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}')
  FROM generate_series(1, char_length(t) - 1) AS i
$$;
--> statement-breakpoint
CREATE TABLE "ledger_attachments" (
	"unit_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "ledger_attachments_unit_id_id_pk" PRIMARY KEY("unit_id","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_clocks" (
	"unit_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"kind" text NOT NULL,
	"due" date NOT NULL,
	"done" boolean NOT NULL,
	"provisional" boolean NOT NULL,
	"reminder" boolean NOT NULL,
	CONSTRAINT "ledger_clocks_unit_id_record_id_clock_pk" PRIMARY KEY("unit_id","record_id","clock")
);
--> statement-breakpoint
CREATE TABLE "ledger_records" (
	"unit_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"event_date" date NOT NULL,
	"data" jsonb NOT NULL,
	"events" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"source_key" text,
	"receipt" text,
	"assignee_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ledger_records_unit_id_id_pk" PRIMARY KEY("unit_id","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_settings" (
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" integer NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_settings_unit_id_key_pk" PRIMARY KEY("unit_id","key")
);
--> statement-breakpoint
CREATE INDEX "ledger_attachments_record_idx" ON "ledger_attachments" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "ledger_clocks_open_idx" ON "ledger_clocks" USING btree ("due") WHERE not done;--> statement-breakpoint
CREATE INDEX "ledger_records_id_idx" ON "ledger_records" USING btree ("id");--> statement-breakpoint
CREATE INDEX "ledger_records_list_idx" ON "ledger_records" USING btree ("kind","unit_id","event_date" DESC NULLS LAST) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "ledger_records_search_idx" ON "ledger_records" USING gin (zh_bigrams("search_text"));--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_records_source_uq" ON "ledger_records" USING btree ("unit_id","kind","source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_records_receipt_uq" ON "ledger_records" USING btree ("receipt");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_records_number_uq" ON "ledger_records" USING btree ("unit_id","kind","year","seq");