/**
 * Deterministic JSON: object keys sorted, Dates as ISO strings, undefined dropped.
 * jsonb reorders keys on storage, so the audit hash must not depend on key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

/** The fields of an audit record that its hash covers, in one fixed shape. */
export interface AuditHashInput {
  unitId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  algo: string;
}

export function auditHashPayload(r: AuditHashInput): string {
  return canonicalJson({
    unitId: r.unitId,
    seq: r.seq,
    at: r.at,
    actorId: r.actorId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
    prevHash: r.prevHash,
    algo: r.algo,
  });
}

/** The hash a unit's chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);
