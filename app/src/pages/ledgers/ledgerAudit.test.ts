import { describe, expect, it } from 'vitest';
import { dispute } from '../../../../core/ledgers/kinds/dispute';
import type { AuditEntry } from '../../api/types';
import { ledgerAuditView } from './ledgerAudit';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-03-02T02:00:00.000Z',
  actor: { id: 'a', displayName: '王敏' },
  action: 'ledger.create',
  entity: 'ledger_record',
  entityId: 'r1',
  before: null,
  after: null,
  ...over,
});

const villages: Record<string, string> = { 'b1f0c7e2-0000-4000-8000-000000000001': '石桥村' };
const villageName = (id: string) => villages[id];

describe('ledgerAuditView', () => {
  it('reads a step by its declared label, states by label, the payload by field label and format', () => {
    const view = ledgerAuditView(
      dispute,
      entry({
        action: 'ledger.action.follow_up',
        before: { state: 'succeeded' },
        after: {
          state: 'closed',
          on: '2026-03-02',
          payload: { visitedOn: '2026-03-02', performance: 'partly' },
        },
      }),
      villageName,
    );
    expect(view.action).toBe('回访');
    expect(view.lines).toEqual([
      { field: 'state', label: '状态', before: '调解成功', after: '已结案' },
      { field: 'on', label: '办理日期', after: '2026年3月2日' },
      { field: 'visitedOn', label: '回访日期', after: '2026年3月2日' },
      { field: 'performance', label: '履行情况', after: '部分履行' },
    ]);
  });

  it('shows a creation with the kind, the village by name and options by label, never ids or JSON', () => {
    const view = ledgerAuditView(
      dispute,
      entry({
        after: {
          kind: 'dispute',
          number: '纠〔2026〕3号',
          state: 'pending',
          data: { source: 'grid', village: 'b1f0c7e2-0000-4000-8000-000000000001', amount: 12000 },
        },
      }),
      villageName,
    );
    expect(view.action).toBe('登记台账记录');
    const text = view.lines.map((l) => `${l.label}：${l.after}`);
    expect(text).toEqual([
      '台账类别：矛盾纠纷',
      '编号：纠〔2026〕3号',
      '状态：待受理',
      '来源：网格上报',
      '所在村（社区）：石桥村',
      '涉及金额：12,000元',
    ]);
    expect(text.join('')).not.toMatch(/[{}]|b1f0c7e2|pending|grid/);
  });

  it('shows an edit as before → after of the changed fields only', () => {
    const view = ledgerAuditView(
      dispute,
      entry({ action: 'ledger.update', before: { source: 'visit' }, after: { source: 'referral' } }),
    );
    expect(view.lines).toEqual([{ field: 'source', label: '来源', before: '来访', after: '转办' }]);
  });

  it('names an unknown step and an undeclared value in Chinese rather than printing the code', () => {
    const view = ledgerAuditView(
      dispute,
      entry({ action: 'ledger.action.retired_step', after: { legacy: { a: 1 } } }),
    );
    expect(view.action).toBe('办理步骤');
    expect(view.lines).toEqual([{ field: 'legacy', label: '其他信息', after: '（已记录）' }]);
  });
});
