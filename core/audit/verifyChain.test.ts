import crypto from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditHashPayload, GENESIS_HASH } from './canonical';
import { ChainVerifier, type StoredAuditRecord } from './verifyChain';

const digest = (algo: string, data: string) => crypto.createHash(algo).update(data).digest('hex');

function buildChain(n: number): StoredAuditRecord[] {
  const out: StoredAuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      unitId: 'u1',
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorId: null,
      action: 'user.update',
      entity: 'user',
      entityId: `e${seq}`,
      before: { n: seq - 1 },
      after: { n: seq },
      prevHash: prev,
      algo: 'sha256',
    };
    const hash = digest('sha256', auditHashPayload(base));
    out.push({ ...base, hash });
    prev = hash;
  }
  return out;
}

function run(records: StoredAuditRecord[], head: { seq: number; hash: string } | null) {
  const v = new ChainVerifier('u1', digest);
  for (const r of records) if (v.push(r)) break;
  return v.finish(head);
}

describe('ChainVerifier', () => {
  let chain: StoredAuditRecord[];
  let head: { seq: number; hash: string };
  beforeEach(() => {
    chain = buildChain(5);
    const last = chain[4] as StoredAuditRecord;
    head = { seq: 5, hash: last.hash };
  });

  it('accepts an intact chain', () => {
    expect(run(chain, head)).toBeNull();
  });

  it('finds an edited record', () => {
    (chain[2] as StoredAuditRecord).after = { n: 99 };
    expect(run(chain, head)).toMatchObject({ kind: 'edited', seq: 3 });
  });

  it('finds a deleted middle record', () => {
    chain.splice(1, 1);
    expect(run(chain, head)).toMatchObject({ kind: 'deleted', seq: 2 });
  });

  it('finds a deleted tail against the head', () => {
    expect(run(chain.slice(0, 4), head)).toMatchObject({ kind: 'deleted', seq: 5 });
  });

  it('finds records swapped in order even when seq numbers are rewritten', () => {
    const a = chain[1] as StoredAuditRecord;
    const b = chain[2] as StoredAuditRecord;
    // swap contents, keep seq numbering, re-hash each so only the linkage is wrong
    const swapped = [chain[0], { ...b, seq: 2 }, { ...a, seq: 3 }, chain[3], chain[4]].map((r) => {
      const rec = r as StoredAuditRecord;
      return { ...rec, hash: digest('sha256', auditHashPayload(rec)) };
    });
    expect(run(swapped, head)).toMatchObject({ kind: 'out_of_order', seq: 2 });
  });
});
