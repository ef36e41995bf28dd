import { buildHeadsExport, type HeadsExport } from '../../core/audit/headsFile';
import type { ChainProblem } from '../../core/audit/verifyChain';
import type { Db } from '../db/client';
import { AUDIT_HASH_ALGO, digestHex } from '../lib/hash';
import { chainHeadsWithUnits } from '../repositories/auditRepo';
import { auditVerifier } from './auditVerifier';

/**
 * The heads of every chain, with a digest, for keeping outside the database. Only a chain that
 * verifies is worth anchoring, so a failed verification is returned instead.
 */
export async function auditHeadsExporter(
  db: Db,
  now: Date,
): Promise<HeadsExport | { problems: ChainProblem[] }> {
  const verified = await auditVerifier(db);
  if (verified.problems.length) return { problems: verified.problems };
  const rows = await chainHeadsWithUnits(db);
  const chains = rows.map((r) => ({
    unitId: r.unitId,
    seq: r.seq,
    hash: r.hash,
    at: (r.at ?? now).toISOString(),
    // a chain's unit is never deleted; '-' keeps the line readable if one ever were
    unitCode: r.unitCode ?? '-',
    unitName: (r.unitName ?? '-').replace(/\s+/g, ''),
  }));
  return buildHeadsExport(now.toISOString(), AUDIT_HASH_ALGO, chains, digestHex);
}
