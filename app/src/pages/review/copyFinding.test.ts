import { describe, expect, it } from 'vitest';
import type { CopiedPassage } from '../../api/reviews';
import { copyFinding } from './copyFinding';

const passage = (kind: CopiedPassage['kind']): CopiedPassage => ({
  otherId: 'r1',
  otherFile: '东岭镇报告.docx',
  otherUnit: '东岭镇',
  kind,
  quote: '组织网格员开展矛盾纠纷排查',
  start: 10,
  end: 23,
  otherQuote: '组织网格员开展矛盾纠纷排查',
  length: 13,
});

describe('copyFinding', () => {
  it('a passage shared with another unit becomes a copy finding naming the other report', () => {
    expect(copyFinding(passage('cross_unit'))).toEqual({
      kind: 'copy',
      quote: '组织网格员开展矛盾纠纷排查',
      message: '该段与东岭镇《东岭镇报告.docx》雷同 13 字，请结合本单位实际工作重新撰写',
    });
  });

  it("a passage repeated from the unit's own earlier report is a self-repeat, old results included", () => {
    expect(copyFinding(passage('self_repeat')).kind).toBe('self_repeat');
    expect(copyFinding(passage('same_unit_previous_year')).kind).toBe('self_repeat');
    expect(copyFinding(passage('self_repeat')).message).toContain('往年报告');
  });
});
