import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { attachmentChunks, ledgerAttachments } from '../db/schema';

/**
 * Bytes of one piece of an attachment (attachment_chunks; migration 0014 cut existing files at
 * the same size). One piece is one short statement, and PGlite (one connection, on the server's
 * own thread) answers other requests between two pieces, so a piece's time bounds how long a
 * large upload or download delays them: 128 KB took PGlite 20–40 ms to write and 2–30 ms to read
 * as base64 on a loaded 2-core machine; 256 KB twice that (bench/attachment-health.ts).
 */
export const ATTACHMENT_CHUNK_BYTES = 128 * 1024;

const meta = {
  unitId: ledgerAttachments.unitId,
  id: ledgerAttachments.id,
  recordId: ledgerAttachments.recordId,
  name: ledgerAttachments.name,
  mime: ledgerAttachments.mime,
  size: ledgerAttachments.size,
  sha256: ledgerAttachments.sha256,
  event: ledgerAttachments.event,
  createdAt: ledgerAttachments.createdAt,
};

export type AttachmentMeta = { [K in keyof typeof meta]: (typeof ledgerAttachments.$inferSelect)[K] };

export function listAttachments(db: Db, unitId: string, recordId: string): Promise<AttachmentMeta[]> {
  return db
    .select(meta)
    .from(ledgerAttachments)
    .where(
      and(
        eq(ledgerAttachments.unitId, unitId),
        eq(ledgerAttachments.recordId, recordId),
        isNull(ledgerAttachments.deletedAt),
      ),
    )
    .orderBy(asc(ledgerAttachments.createdAt));
}

/** The files of many records (or 整改 items) at once, oldest first. */
export function listAttachmentsOf(db: Db, recordIds: readonly string[]): Promise<AttachmentMeta[]> {
  if (recordIds.length === 0) return Promise.resolve([]);
  return db
    .select(meta)
    .from(ledgerAttachments)
    .where(and(inArray(ledgerAttachments.recordId, [...recordIds]), isNull(ledgerAttachments.deletedAt)))
    .orderBy(asc(ledgerAttachments.createdAt));
}

/** The attachment's description (not its bytes: readAttachmentChunks streams those). */
export async function getAttachment(
  db: Db,
  unitId: string,
  recordId: string,
  id: string,
): Promise<AttachmentMeta | undefined> {
  const [row] = await db
    .select(meta)
    .from(ledgerAttachments)
    .where(
      and(
        eq(ledgerAttachments.unitId, unitId),
        eq(ledgerAttachments.recordId, recordId),
        eq(ledgerAttachments.id, id),
        isNull(ledgerAttachments.deletedAt),
      ),
    );
  return row;
}

/**
 * Writes the bytes of attachment `id` as pieces, each its own statement outside any
 * transaction, yielding to the event loop between them. The attachment is not visible until
 * insertAttachmentMeta commits its row; on failure the caller removes the pieces
 * (deleteAttachmentChunks). Bytes travel as base64 text decoded by the database, not as a binary
 * parameter: PGlite 0.5.16 took 16 s to take 2 MB as a Uint8Array parameter and 1.2 s as hex
 * text (docs/pglite-report.md); 128 KB took 35 ms as base64, 42 ms as hex and 340 ms as a
 * parameter.
 */
export async function writeAttachmentChunks(
  db: Db,
  unitId: string,
  id: string,
  content: Uint8Array,
  /** The upload's time: pieces left without a row long after it are swept (sweepOrphanChunks). */
  writtenAt: Date,
): Promise<number> {
  let seq = 0;
  for (let at = 0; at < content.length; at += ATTACHMENT_CHUNK_BYTES, seq++) {
    const piece = Buffer.from(
      content.buffer,
      content.byteOffset + at,
      Math.min(ATTACHMENT_CHUNK_BYTES, content.length - at),
    );
    await db.insert(attachmentChunks).values({
      unitId,
      attachmentId: id,
      seq,
      data: sql`decode(${piece.toString('base64')}, 'base64')`,
      writtenAt,
    });
    await nextTurn();
  }
  return seq;
}

/** Removes the pieces of an upload that did not finish (its attachment row was never written). */
export async function deleteAttachmentChunks(db: Db, unitId: string, id: string): Promise<void> {
  await db
    .delete(attachmentChunks)
    .where(and(eq(attachmentChunks.unitId, unitId), eq(attachmentChunks.attachmentId, id)));
}

/** Pieces of one upload that never got its row, as the sweep removed them. */
export interface OrphanUpload {
  unitId: string;
  attachmentId: string;
  pieces: number;
  bytes: number;
  writtenAt: Date;
}

/**
 * Deletes the pieces of every upload whose row was never written and whose newest piece was
 * written before `writtenBefore`, and says what it deleted, one entry per upload. An upload
 * still under way (its pieces newer than that) is left alone, whichever instance writes it.
 */
export async function deleteOrphanChunks(tx: Db, writtenBefore: Date): Promise<OrphanUpload[]> {
  const rows = rowsOf<{
    unit_id: string;
    attachment_id: string;
    pieces: number;
    bytes: number;
    written_ms: number;
  }>(
    await tx.execute(sql`
      with stale as (
        select c.unit_id, c.attachment_id
        from ${attachmentChunks} c
        where not exists (
          select 1 from ${ledgerAttachments} a where a.unit_id = c.unit_id and a.id = c.attachment_id
        )
        group by c.unit_id, c.attachment_id
        having max(c.written_at) < ${writtenBefore.toISOString()}::timestamptz
      ), gone as (
        delete from ${attachmentChunks} c using stale s
        where c.unit_id = s.unit_id and c.attachment_id = s.attachment_id
        returning c.unit_id, c.attachment_id, length(c.data) as size, c.written_at
      )
      select unit_id, attachment_id, count(*)::int as pieces, sum(size)::int as bytes,
             (extract(epoch from max(written_at)) * 1000)::float8 as written_ms
      from gone group by unit_id, attachment_id order by unit_id, attachment_id`),
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    attachmentId: r.attachment_id,
    pieces: Number(r.pieces),
    bytes: Number(r.bytes),
    writtenAt: new Date(Number(r.written_ms)),
  }));
}

/**
 * The bytes of an attachment whose row the caller has already found in scope (getAttachment),
 * piece by piece, each read by its own statement, yielding to the event loop between them.
 */
export async function* readAttachmentChunks(db: Db, unitId: string, id: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    // as base64 text: PGlite hands a bytea back as hex that is slow to parse (128 KB: 107 ms against 27 ms)
    const [row] = await db
      .select({ data: sql<string>`encode(${attachmentChunks.data}, 'base64')` })
      .from(attachmentChunks)
      .where(
        and(
          eq(attachmentChunks.unitId, unitId),
          eq(attachmentChunks.attachmentId, id),
          eq(attachmentChunks.seq, seq),
        ),
      );
    if (!row) return;
    yield Buffer.from(row.data, 'base64');
    // PGlite answers within microtasks: without a turn of the event loop a reader that pulls
    // eagerly (the response stream) would run every piece before any other request got in
    await nextTurn();
  }
}

/** The attachment's row; its pieces must have been written first (writeAttachmentChunks). */
export async function insertAttachmentMeta(
  tx: Db,
  row: typeof ledgerAttachments.$inferInsert,
): Promise<AttachmentMeta> {
  const [saved] = await tx.insert(ledgerAttachments).values(row).returning(meta);
  if (!saved) throw new Error('insert returned nothing');
  return saved;
}

/** Pieces, then the row: an attachment stored whole, as the upload command stores it (tests, seeds). */
export async function insertAttachment(
  db: Db,
  row: typeof ledgerAttachments.$inferInsert & { content: Uint8Array },
): Promise<AttachmentMeta> {
  const { content, ...rest } = row;
  await writeAttachmentChunks(db, rest.unitId, rest.id, content, rest.createdAt);
  return insertAttachmentMeta(db, rest);
}

export async function softDeleteAttachment(tx: Db, unitId: string, id: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(ledgerAttachments)
    .set({ deletedAt: at })
    .where(
      and(
        eq(ledgerAttachments.unitId, unitId),
        eq(ledgerAttachments.id, id),
        isNull(ledgerAttachments.deletedAt),
      ),
    )
    .returning({ id: ledgerAttachments.id });
  return rows.length > 0;
}
