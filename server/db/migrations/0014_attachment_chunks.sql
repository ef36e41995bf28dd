CREATE TABLE "attachment_chunks" (
	"unit_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "attachment_chunks_unit_id_attachment_id_seq_pk" PRIMARY KEY("unit_id","attachment_id","seq")
);
--> statement-breakpoint
-- every stored attachment's bytes move into pieces of 128 KB (ATTACHMENT_CHUNK_BYTES), piece seq
-- holding bytes [seq × 131072, (seq + 1) × 131072); an empty file has no piece
INSERT INTO "attachment_chunks" ("unit_id", "attachment_id", "seq", "data")
SELECT a."unit_id", a."id", s.seq, substring(a."content" FROM s.seq * 131072 + 1 FOR 131072)
FROM "ledger_attachments" a,
	generate_series(0, (length(a."content") + 131071) / 131072 - 1) AS s(seq);--> statement-breakpoint
ALTER TABLE "ledger_attachments" DROP COLUMN "content";
