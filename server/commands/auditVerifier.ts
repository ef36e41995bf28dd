import { checkAgainstHead, type HeadsExport } from '../../core/audit/headsFile';
import { type ChainProblem, ChainVerifier } from '../../core/audit/verifyChain';
import type { Db } from '../db/client';
import { digestHex } from '../lib/hash';
import { chainAt, chainPage, listChainHeads, unitsWithRecords } from '../repositories/auditRepo';

const PAGE = 2000;

export interface AuditVerifyResult {
  chains: number;
  records: number;
  problems: ChainProblem[];
}

/**
 * Walks every unit's chain page by page and reports the first break in each. With exported
 * heads, also checks every chain that existed at export against them: what the database alone
 * cannot show (its newest records deleted with their head, a chain rewritten or gone entirely).
 */
export async function auditVerifier(db: Db, exported?: HeadsExport): Promise<AuditVerifyResult> {
  const heads = new Map((await listChainHeads(db)).map((h) => [h.unitId, h]));
  const unitIds = new Set([...heads.keys(), ...(await unitsWithRecords(db))]);
  const problems: ChainProblem[] = [];
  let records = 0;
  for (const unitId of [...unitIds].sort()) {
    const v = new ChainVerifier(unitId, digestHex);
    let after = 0;
    for (;;) {
      const page = await chainPage(db, unitId, after, PAGE);
      for (const r of page) if (v.push(r)) break;
      if (v.problem || page.length < PAGE) break;
      after = page[page.length - 1]?.seq ?? after;
    }
    records += v.count;
    const problem = v.finish(heads.get(unitId) ?? null);
    if (problem) problems.push(problem);
  }
  for (const head of exported?.chains ?? []) {
    if (problems.some((p) => p.unitId === head.unitId)) continue; // its first break is reported already
    const problem = checkAgainstHead(
      head,
      exported?.exportedAt ?? '',
      await chainAt(db, head.unitId, head.seq),
    );
    if (problem) problems.push(problem);
  }
  return { chains: unitIds.size, records, problems };
}
