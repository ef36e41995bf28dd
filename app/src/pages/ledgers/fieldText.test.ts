import { describe, expect, it } from 'vitest';
import { type FieldDef, ledgerKind } from '../../../../core/ledgers';
import { fieldPath } from './fieldPath';
import { fieldText, tableSummary } from './fieldText';

const dispute = ledgerKind('dispute');
if (!dispute) throw new Error('dispute kind missing');
const field = (key: string): FieldDef => {
  const f = dispute.fields.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
};

describe('fieldText', () => {
  it('shows dates in Chinese, options by label, numbers with their measure word', () => {
    expect(fieldText(field('registeredOn'), '2026-03-02')).toBe('2026年3月2日');
    expect(fieldText(field('type'), 'neighbour')).toBe('邻里纠纷');
    expect(fieldText(field('amount'), 12000)).toBe('12,000元');
    expect(fieldText(field('summary'), null)).toBe('—');
  });

  it('names a village by its id and joins multiselect labels', () => {
    expect(fieldText(field('village'), 'v-1', (id) => (id === 'v-1' ? '枫林村' : undefined))).toBe('枫林村');
    const guided = dispute.actions.find((a) => a.key === 'fail')?.fields?.find((f) => f.key === 'guidedTo');
    if (!guided) throw new Error('guidedTo missing');
    expect(fieldText(guided, ['arbitration', 'litigation'])).toBe('仲裁、司法（诉讼）');
  });

  it('joins the names of several villages with 、', () => {
    const villages = ledgerKind('legal_advisor')?.fields.find((f) => f.key === 'villages');
    if (!villages) throw new Error('villages missing');
    const names: Record<string, string> = { a: '枫林村', b: '河东社区' };
    expect(fieldText(villages, ['a', 'b', 'c'], (id) => names[id])).toBe('枫林村、河东社区、（未知村社区）');
    expect(fieldText(villages, [], (id) => names[id])).toBe('—');
    // a single village field still takes one id
    expect(fieldText(field('village'), 'a', (id) => names[id])).toBe('枫林村');
  });

  it('names referenced records by their titles, never by their id', () => {
    const officers = ledgerKind('enforcement_case')?.fields.find((f) => f.key === 'officers');
    if (!officers) throw new Error('officers missing');
    const titles: Record<string, string> = { a: '王明（执420001）' };
    expect(fieldText(officers, ['a', 'b'], undefined, (id) => titles[id])).toBe(
      '王明（执420001）、（已删除的记录）',
    );
    expect(fieldText(officers, [])).toBe('—');
  });

  it('summarises a table by its first column', () => {
    expect(tableSummary(field('parties'), [{ name: '张三' }, { name: '李四' }])).toBe('张三、李四');
    expect(
      tableSummary(field('parties'), [{ name: '甲' }, { name: '乙' }, { name: '丙' }, { name: '丁' }]),
    ).toBe('甲、乙、丙等4条');
  });
});

describe('fieldPath', () => {
  it('turns server field names into form name paths', () => {
    expect(fieldPath('summary')).toEqual(['summary']);
    expect(fieldPath('parties[1].phone')).toEqual(['parties', 1, 'phone']);
    expect(fieldPath('members[0]')).toEqual(['members', 0]);
  });
});
