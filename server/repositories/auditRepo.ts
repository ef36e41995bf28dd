import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { auditHashPayload, GENESIS_HASH } from '../../core/audit/canonical';
import type { Db } from '../db/client';
import { auditHeads, auditLog, units, users } from '../db/schema';
import { AUDIT_HASH_ALGO, digestHex } from '../lib/hash';

export interface AuditEntry {
  unitId: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/**
 * Appends one record to its unit's chain. Must run inside the transaction that
 * made the change; the head row lock serialises appends within a unit only.
 */
export async function appendAudit(tx: Db, e: AuditEntry): Promise<void> {
  await tx.insert(auditHeads).values({ unitId: e.unitId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.unitId, e.unitId)).for('update');
  if (!head) throw new Error('audit head missing after upsert');
  const seq = head.seq + 1;
  const record = {
    unitId: e.unitId,
    seq,
    at: e.at,
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    prevHash: head.hash,
    algo: AUDIT_HASH_ALGO,
  };
  const hash = digestHex(AUDIT_HASH_ALGO, auditHashPayload(record));
  await tx.insert(auditLog).values({ ...record, hash });
  await tx.update(auditHeads).set({ seq, hash }).where(eq(auditHeads.unitId, e.unitId));
}

/** One entity's history, oldest first, with the actor's display name. */
export function entityHistory(db: Db, entity: string, entityId: string) {
  return db
    .select({
      unitId: auditLog.unitId,
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: auditLog.actorId,
      actorName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.at), asc(auditLog.seq))
    .limit(1000);
}

export function listChainHeads(db: Db) {
  return db.select().from(auditHeads).orderBy(asc(auditHeads.unitId));
}

/** Records units that have a log but no head (a deleted head row is tampering too). */
export async function unitsWithRecords(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ unitId: auditLog.unitId }).from(auditLog);
  return rows.map((r) => r.unitId);
}

/** A page of one unit's chain in seq order, for verification that streams instead of loading everything. */
export function chainPage(db: Db, unitId: string, afterSeq: number, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.unitId, unitId), gt(auditLog.seq, afterSeq)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export async function countAudit(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(auditLog);
  return row?.n ?? 0;
}

/** One chain as it stands: its newest seq (0 when it has no records) and the hash of the record at `seq`, if that record exists. */
export async function chainAt(
  db: Db,
  unitId: string,
  seq: number,
): Promise<{ length: number; hashAtSeq: string | null }> {
  const [len] = await db
    .select({ n: sql<number>`coalesce(max(${auditLog.seq}), 0)`.mapWith(Number) })
    .from(auditLog)
    .where(eq(auditLog.unitId, unitId));
  const [rec] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.unitId, unitId), eq(auditLog.seq, seq)));
  return { length: len?.n ?? 0, hashAtSeq: rec?.hash ?? null };
}

/** Every chain's head with the time of its newest record and its unit's code and name, for the heads export. */
export function chainHeadsWithUnits(db: Db) {
  return db
    .select({
      unitId: auditHeads.unitId,
      seq: auditHeads.seq,
      hash: auditHeads.hash,
      at: auditLog.at,
      unitCode: units.code,
      unitName: units.name,
    })
    .from(auditHeads)
    .leftJoin(auditLog, and(eq(auditLog.unitId, auditHeads.unitId), eq(auditLog.seq, auditHeads.seq)))
    .leftJoin(units, eq(units.id, auditHeads.unitId))
    .orderBy(asc(auditHeads.unitId));
}
