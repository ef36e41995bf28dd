import { describe, expect, it } from 'vitest';
import { LEDGER_KINDS, ledgerKind } from '../../../../core/ledgers';
import { columnChoices, defaultColumnKeys, LIST_WIDTH, listWidth, parseStoredColumns } from './listColumns';

describe('list columns at 1366×768 (issue 15 §2)', () => {
  it.each(LEDGER_KINDS.map((k) => [k.kind, k] as const))(
    '%s fits by default, township and county view',
    (_, kind) => {
      for (const showUnit of [false, true]) {
        const keys = defaultColumnKeys(kind, showUnit);
        expect(listWidth(kind, keys, showUnit)).toBeLessThanOrEqual(LIST_WIDTH);
      }
    },
  );

  it('does not show the field the title repeats (执法案件 案由, 执法事项 事项名称, 信访 信访事由)', () => {
    const cases = ledgerKind('enforcement_case');
    const matters = ledgerKind('enforcement_matter');
    if (!cases || !matters) throw new Error('kinds missing');
    expect(columnChoices(cases).map((f) => f.key)).not.toContain('caseName');
    expect(columnChoices(matters).map((f) => f.key)).not.toContain('name');
    expect(columnChoices(ledgerKind('petition') ?? cases).map((f) => f.key)).not.toContain('subject');
    expect(defaultColumnKeys(cases, false)).toContain('filedOn');
    const advisors = ledgerKind('legal_advisor');
    if (!advisors) throw new Error('kind missing');
    // declared: the contract's end shows, the name is the title
    expect(defaultColumnKeys(advisors, true)).toEqual(['type', 'contractTo']);
  });

  it('keeps a stored choice only where it names columns of the kind', () => {
    const cases = ledgerKind('enforcement_case');
    if (!cases) throw new Error('kind missing');
    expect(parseStoredColumns('["filedOn","gone","caseName"]', cases)).toEqual(['filedOn']);
    expect(parseStoredColumns('not json', cases)).toBeNull();
    expect(parseStoredColumns(null, cases)).toBeNull();
  });
});
