CREATE TABLE "attachment_chunks" (
	"unit_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "attachment_chunks_unit_id_attachment_id_seq_pk" PRIMARY KEY("unit_id","attachment_id","seq")
);
--> statement-breakpoint
-- every stored attachment's bytes move into pieces of 256 KB (ATTACHMENT_CHUNK_BYTES), piece seq
-- holding bytes [seq × 262144, (seq + 1) × 262144); an empty file has no piece
INSERT INTO "attachment_chunks" ("unit_id", "attachment_id", "seq", "data")
SELECT a."unit_id", a."id", s.seq, substring(a."content" FROM s.seq * 262144 + 1 FOR 262144)
FROM "ledger_attachments" a,
	generate_series(0, (length(a."content") + 262143) / 262144 - 1) AS s(seq);--> statement-breakpoint
ALTER TABLE "ledger_attachments" DROP COLUMN "content";
