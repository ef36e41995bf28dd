import type { Rectification } from '../../api/rectifications';
import type { CopiedPassage } from '../../api/reviews';

/** What a 整改 item made from a copied passage holds (as the server's copyDefect writes it). */
export interface CopyFinding {
  kind: 'copy' | 'self_repeat';
  quote: string;
  message: string;
}

const isSelfRepeat = (c: CopiedPassage) => c.kind === 'self_repeat' || c.kind === 'same_unit_previous_year';

/** The finding, and the instruction the modal starts from (the reviewer may rewrite it). */
export function copyFinding(c: CopiedPassage): CopyFinding {
  const where = `${c.otherUnit ?? '未识别单位'}《${c.otherFile}》`;
  return isSelfRepeat(c)
    ? {
        kind: 'self_repeat',
        quote: c.quote,
        message: `该段与本单位往年报告${where}雷同 ${c.length} 字，请结合本年度实际工作重新撰写`,
      }
    : {
        kind: 'copy',
        quote: c.quote,
        message: `该段与${where}雷同 ${c.length} 字，请结合本单位实际工作重新撰写`,
      };
}

/** The item already issued for a passage: same kind of finding, same quote. */
export function issuedForCopy(c: CopiedPassage, items: readonly Rectification[]): Rectification | undefined {
  const f = copyFinding(c);
  return items.find((r) => r.defect.kind === f.kind && r.defect.quote === f.quote);
}
