import type { Db } from '../db/client';
import { appendAudit } from '../repositories/auditRepo';
import { deleteOrphanChunks, type OrphanUpload } from '../repositories/ledgerAttachmentsRepo';

/**
 * How long an upload's pieces may stay without their attachment row before they are taken for the
 * remains of a process that died mid-upload (issue 14 §1.9). An upload writes its pieces and then
 * its row within one request (at most 20 MB, seconds to minutes), so a day is far beyond any upload
 * still under way on this or another instance, and beyond any clock difference between instances.
 */
export const ORPHAN_UPLOAD_HOURS = 24;
/** How often a running server sweeps (besides once at start-up). */
export const ORPHAN_SWEEP_INTERVAL_MS = 60 * 60_000;

/**
 * Removes the pieces of uploads that never got their attachment row and were last written more
 * than ORPHAN_UPLOAD_HOURS before `now`, each removal audited in its unit's chain in the same
 * transaction (action `attachment.orphan_swept`, by the system). Returns what it removed.
 */
export async function sweepOrphanUploads(db: Db, now: Date): Promise<OrphanUpload[]> {
  const before = new Date(now.getTime() - ORPHAN_UPLOAD_HOURS * 3_600_000);
  return db.transaction(async (tx) => {
    const swept = await deleteOrphanChunks(tx, before);
    for (const o of swept)
      await appendAudit(tx, {
        unitId: o.unitId,
        actorId: null,
        action: 'attachment.orphan_swept',
        entity: 'attachment',
        entityId: o.attachmentId,
        before: { pieces: o.pieces, size: o.bytes, writtenAt: o.writtenAt.toISOString() },
        at: now,
      });
    return swept;
  });
}
