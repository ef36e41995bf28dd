import { type AuditHashInput, auditHashPayload, GENESIS_HASH } from './canonical';

export interface StoredAuditRecord extends AuditHashInput {
  hash: string;
}

export type ChainProblemKind = 'edited' | 'deleted' | 'out_of_order' | 'head_mismatch' | 'rewritten';

export interface ChainProblem {
  kind: ChainProblemKind;
  unitId: string;
  /** The seq at which the chain first stops being what was written. */
  seq: number;
  message: string;
}

const KIND_LABELS: Record<ChainProblemKind, string> = {
  edited: '记录内容被修改',
  deleted: '记录被删除',
  out_of_order: '记录被插入或顺序被改变',
  head_mismatch: '链尾与登记的链头不一致',
  rewritten: '链被重写',
};

/**
 * Walks one unit's chain record by record (fed in seq order, page by page) and
 * stops at the first break. `digest` is the hash function named by each record.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  problem: ChainProblem | null = null;
  count = 0;

  constructor(
    readonly unitId: string,
    private readonly digest: (algo: string, data: string) => string,
  ) {}

  private fail(kind: ChainProblemKind, seq: number, detail: string): ChainProblem {
    this.problem = { kind, unitId: this.unitId, seq, message: `${KIND_LABELS[kind]}：${detail}` };
    return this.problem;
  }

  push(r: StoredAuditRecord): ChainProblem | null {
    if (this.problem) return this.problem;
    this.count++;
    if (r.seq !== this.expectedSeq) {
      return r.seq > this.expectedSeq
        ? this.fail('deleted', this.expectedSeq, `第 ${this.expectedSeq}–${r.seq - 1} 条缺失`)
        : this.fail('out_of_order', r.seq, `第 ${r.seq} 条序号重复或倒序`);
    }
    // linkage before content: a spliced or renumbered record reads as "out of order", not merely "edited"
    if (r.prevHash !== this.prevHash) {
      return this.fail('out_of_order', r.seq, `第 ${r.seq} 条未接在第 ${r.seq - 1} 条之后`);
    }
    if (this.digest(r.algo, auditHashPayload(r)) !== r.hash) {
      return this.fail(
        'edited',
        r.seq,
        `第 ${r.seq} 条（${r.action} ${r.entity}/${r.entityId}）的哈希值不符`,
      );
    }
    this.prevHash = r.hash;
    this.expectedSeq++;
    return null;
  }

  /** Compares the end of the chain with its registered head (null when the head row is missing). */
  finish(head: { seq: number; hash: string } | null): ChainProblem | null {
    if (this.problem) return this.problem;
    const lastSeq = this.expectedSeq - 1;
    if (!head) return this.fail('head_mismatch', lastSeq, '链头记录缺失');
    if (head.seq > lastSeq) return this.fail('deleted', lastSeq + 1, `第 ${lastSeq + 1}–${head.seq} 条缺失`);
    if (head.seq < lastSeq)
      return this.fail('out_of_order', head.seq + 1, `第 ${head.seq + 1} 条之后为链外追加`);
    if (head.hash !== this.prevHash) return this.fail('head_mismatch', lastSeq, '链头哈希值不符');
    return null;
  }
}
