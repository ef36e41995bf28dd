import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reportPdfs } from '../db/schema';

/** The PDF made of this version of the report by this converter, if any. */
export async function cachedReportPdf(
  db: Db,
  key: { reportId: string; version: number; engine: string },
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ content: reportPdfs.content })
    .from(reportPdfs)
    .where(
      and(
        eq(reportPdfs.reportId, key.reportId),
        eq(reportPdfs.version, key.version),
        eq(reportPdfs.engine, key.engine),
      ),
    );
  return row ? Buffer.from(row.content) : undefined;
}

/**
 * Keeps a PDF and forgets the report's other versions. The content goes as hex text, as
 * attachments do (ledgerAttachmentsRepo: PGlite takes a large binary parameter slowly).
 */
export async function storeReportPdf(
  db: Db,
  key: { reportId: string; version: number; engine: string },
  content: Buffer,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(reportPdfs)
      .where(and(eq(reportPdfs.reportId, key.reportId), ne(reportPdfs.version, key.version)));
    await tx
      .insert(reportPdfs)
      .values({
        ...key,
        size: content.length,
        content: sql`decode(${content.toString('hex')}, 'hex')`,
        createdAt: at,
      })
      .onConflictDoNothing();
  });
}
