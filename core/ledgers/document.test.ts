import { describe, expect, it } from 'vitest';
import { documentsFor, REGISTER_DOCUMENT, recordDocument } from './document';
import { enforcementCase } from './kinds/enforcementCase';
import { allFields } from './record';
import { LEDGER_KINDS } from './registry';

const names = { village: (id: string) => (id === 'v1' ? '石门村' : undefined), ref: () => undefined };

describe('record documents (issue 15 §5)', () => {
  it('every declared document names a step of its kind and fields a record of it can hold', () => {
    for (const kind of LEDGER_KINDS) {
      const keys = new Set(allFields(kind).map((f) => f.key));
      for (const d of kind.documents ?? []) {
        expect(
          kind.actions.map((a) => a.key),
          `${kind.kind}.${d.key}`,
        ).toContain(d.after);
        expect(d.key).not.toBe(REGISTER_DOCUMENT);
        for (const f of d.fields) expect(keys.has(f), `${kind.kind}.${d.key}: ${f}`).toBe(true);
        if (d.dateField) expect(keys.has(d.dateField)).toBe(true);
      }
    }
  });

  it('titles the enforcement decision by its type and tells the fine’s 15 days only when there is a fine', () => {
    const input = (data: Record<string, unknown>) => ({
      number: '执〔2026〕4号',
      unitName: '青石镇',
      state: 'decided',
      data: { filedOn: '2026-03-02', decidedOn: '2026-04-01', ...data },
      events: [{ action: 'decide', on: '2026-04-01', payload: {} }],
    });
    const fine = recordDocument(
      enforcementCase,
      'decision',
      input({ decisionType: 'fine', fineAmount: 2000 }),
      names,
    );
    expect(fine?.title).toBe('行政处罚决定书');
    expect(fine?.items.find((i) => i.label === '罚款金额')).toEqual({
      type: 'field',
      label: '罚款金额',
      text: '2,000元',
    });
    expect(fine?.notes.join('')).toContain('十五日内缴纳罚款');
    expect(fine?.date).toBe('2026年4月1日');
    const none = recordDocument(enforcementCase, 'decision', input({ decisionType: 'no_penalty' }), names);
    expect(none?.title).toBe('不予行政处罚决定书');
    expect(none?.notes.join('')).not.toContain('缴纳罚款');
    expect(none?.notes.join('')).toContain('六十日内');
    // not yet decided: no decision to print, only the 登记表
    const filed = { ...input({}), events: [] };
    expect(recordDocument(enforcementCase, 'decision', filed, names)).toBeNull();
    expect(documentsFor(enforcementCase, filed).map((d) => d.title)).toEqual(['执法案件登记表']);
  });

  it('the 登记表 lists every registration field, blank ones too, with signature lines and a date left to fill', () => {
    const kind = LEDGER_KINDS.find((k) => k.actions.some((a) => a.repeatable && a.dateField));
    if (!kind) throw new Error('no kind with a repeatable dated step');
    const doc = recordDocument(
      kind,
      REGISTER_DOCUMENT,
      { number: 'X〔2026〕1号', unitName: '青石镇', state: kind.initialState, data: {}, events: [] },
      names,
    );
    expect(doc?.items.map((i) => i.label)).toEqual(kind.fields.map((f) => f.label));
    expect(doc?.signatures).toEqual(['经办人（签名）', '负责人（签名）']);
    expect(doc?.date).toBeNull();
  });
});
