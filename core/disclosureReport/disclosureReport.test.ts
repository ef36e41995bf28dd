import { describe, expect, it } from 'vitest';
import { planReportAction } from '../report/workflow';
import { checkArithmetic, checkDisclosureReport } from './check';
import { cellIds, composeDisclosureReport, composeTables, type SourceRecord } from './compose';
import { disclosureReportDeadline } from './deadline';
import { REMEDY_CELLS, REQUEST_CELLS } from './template';

let seq = 0;
const req = (state: string, data: Record<string, unknown>): SourceRecord => {
  seq += 1;
  return { id: `r${seq}`, number: `申〔2025〕${seq}号`, state, data };
};
const answered = (receivedOn: string, answeredOn: string, more: Record<string, unknown>) =>
  req('answered', { receivedOn, answeredOn, applicantType: 'natural', ...more });

describe('table 三 from the requests of 2025', () => {
  const rows = [
    // received and answered in the year, 自然人 予以公开 (already public counts as 予以公开)
    answered('2025-03-02', '2025-03-20', { outcome: 'already_public' }),
    // a firm, partly disclosed
    answered('2025-04-01', '2025-04-20', { outcome: 'partial', applicantType: 'business' }),
    // withheld with its reason, and a fee
    answered('2025-05-06', '2025-05-30', { outcome: 'withheld', reportOutcome: 'w_third', fee: 120 }),
    // carried over from 2024, answered in 2025: not_exist → 无法提供 1
    answered('2024-12-20', '2025-01-10', { outcome: 'not_exist', applicantType: 'legal_service' }),
    // concluded in 2024: not in the table at all
    answered('2024-10-01', '2024-10-20', { outcome: 'provided' }),
    // abandoned after a correction notice → 其他处理 1
    req('abandoned', { receivedOn: '2025-06-01', abandonedOn: '2025-07-01', applicantType: 'research' }),
    // still open at year end → 结转下年度
    req('received', { receivedOn: '2025-12-22', applicantType: 'natural' }),
    // received in 2026: not this year's
    req('received', { receivedOn: '2026-01-03', applicantType: 'natural' }),
    // an old record without its applicant type: 自然人, listed as assumed
    answered('2025-02-01', '2025-02-10', { outcome: 'provided', applicantType: undefined }),
    // an old withheld answer without its reason: 其他法律行政法规禁止公开, listed as assumed
    answered('2025-02-03', '2025-02-12', { outcome: 'withheld', applicantType: 'other_org' }),
  ];
  const t = composeTables(2025, rows, []);

  it('counts each request in its row and column, with the totals', () => {
    const r = t.requests;
    // already_public, withheld+fee, 12-22 open, the one without a type
    expect(r['req.new.natural']).toBe(4);
    expect(r['req.new.business']).toBe(1);
    expect(r['req.new.research']).toBe(1);
    expect(r['req.new.other_org']).toBe(1);
    expect(r['req.new.total']).toBe(7);
    expect(r['req.carried.legal_service']).toBe(1);
    expect(r['req.carried.total']).toBe(1);
    expect(r['req.provided.natural']).toBe(2);
    expect(r['req.w_law.other_org']).toBe(1);
    expect(r['req.partial.business']).toBe(1);
    expect(r['req.w_third.natural']).toBe(1);
    expect(r['req.withheld.natural']).toBe(1);
    expect(r['req.u_none.legal_service']).toBe(1);
    expect(r['req.unable.total']).toBe(1);
    expect(r['req.o_nocorrect.research']).toBe(1);
    expect(r['req.done.total']).toBe(7);
    expect(r['req.forward.natural']).toBe(1);
    expect(r['req.forward.total']).toBe(1);
  });

  it('traces every cell to the records it counts', () => {
    for (const cell of [...REQUEST_CELLS, ...REMEDY_CELLS]) {
      const n = (t.requests[cell] ?? t.remedies[cell]) as number;
      expect(cellIds(t.trace, cell).length, cell).toBe(n);
    }
    expect(cellIds(t.trace, 'req.w_third.natural')).toEqual([rows[2]?.id]);
    expect(cellIds(t.trace, 'req.withheld.total').sort()).toEqual([rows[2]?.id, rows[9]?.id].sort());
    expect(cellIds(t.trace, 'req.carried.legal_service')).toEqual([rows[3]?.id]);
  });

  it('lists the records counted by default and charges the fee once', () => {
    expect(t.assumed.map((u) => [u.id, u.why])).toEqual([
      [rows[8]?.id, '未记录申请人类型，按自然人计'],
      [rows[9]?.id, '不予公开未记录理由，按“其他法律行政法规禁止公开”计'],
    ]);
    expect(t.fee).toEqual({ amount: 120, requests: 1 });
  });

  it('adds up by the template’s own arithmetic', () => {
    expect(checkArithmetic({ tables: t })).toEqual([]);
  });
});

describe('table 四 from the 复议诉讼案件 about disclosure', () => {
  const kase = (data: Record<string, unknown>): SourceRecord =>
    req('concluded', { aboutDisclosure: true, ...data });
  it('groups review, direct suit and suit after review; the result as of 31 December', () => {
    const t = composeTables(
      2025,
      [],
      [],
      [
        kase({
          type: 'reconsideration',
          receivedOn: '2025-03-01',
          concludedOn: '2025-05-01',
          outcome: 'upheld',
        }),
        kase({ type: 'litigation', receivedOn: '2025-04-01', concludedOn: '2025-09-01', outcome: 'revoked' }),
        kase({
          type: 'litigation',
          afterReview: true,
          receivedOn: '2025-06-01',
          concludedOn: '2026-02-01',
          outcome: 'upheld',
        }),
        kase({
          type: 'reconsideration',
          receivedOn: '2025-07-01',
          concludedOn: '2025-08-01',
          outcome: 'withdrawn',
        }),
        // not about disclosure, or from another year: not counted
        kase({ type: 'reconsideration', aboutDisclosure: false, receivedOn: '2025-03-01' }),
        kase({
          type: 'reconsideration',
          receivedOn: '2024-03-01',
          concludedOn: '2025-01-05',
          outcome: 'upheld',
        }),
      ],
    );
    expect(t.remedies).toMatchObject({
      'remedy.review.upheld': 1,
      'remedy.review.other': 1,
      'remedy.review.total': 2,
      'remedy.direct.corrected': 1,
      'remedy.direct.total': 1,
      'remedy.after.pending': 1,
      'remedy.after.total': 1,
    });
    expect(checkArithmetic({ tables: t })).toEqual([]);
  });
});

describe('checks', () => {
  const doc = composeDisclosureReport({
    unit: { id: 'u', name: '青石镇' },
    year: 2025,
    today: '2026-01-10',
    requests: [answered('2025-03-02', '2025-03-20', { outcome: 'provided' })],
    cases: [],
    proactive: [
      {
        id: 'p1',
        number: '公开1',
        state: 'published',
        data: { publishedOn: '2025-02-01', category: 'social_assistance' },
      },
    ],
  });

  it('composes the overview from the ledgers', () => {
    expect(doc.title).toBe('青石镇2025年政府信息公开工作年度报告');
    expect(doc.overview).toContain('主动公开政府信息1条，其中社会救助1条');
    expect(doc.overview).toContain('本年新收政府信息公开申请1件');
  });

  it('names the cell that does not add up', () => {
    const broken = structuredClone(doc);
    broken.tables.requests['req.w_secret.natural'] = 2;
    const found = checkArithmetic(broken).map((c) => c.message);
    expect(found).toContain('表三「（三）不予公开」行「自然人」列为0，应为其下各项之和2，表格数据不平衡');
    expect(found).toContain('表三「1.属于国家秘密」行「总计」列为0，应为各类申请人之和2，表格数据不平衡');
  });

  it('blocks on an empty part 五 and passes once it is written', () => {
    expect(checkDisclosureReport(doc).map((c) => c.code)).toEqual(['missing_part']);
    expect(checkDisclosureReport({ ...doc, problems: '主动公开的及时性有待提高。' })).toEqual([]);
  });

  it('refuses a negative figure in table 二', () => {
    const bad = { ...doc, problems: 'x', active: { ...doc.active, 'active.penalty.decisions': -1 } };
    expect(checkDisclosureReport(bad).map((c) => c.message)).toEqual([
      '表二「行政处罚」「本年处理决定数量」须为不小于0的数',
    ]);
  });
});

describe('workflow and deadline', () => {
  it('publishes from approved, without 报送', () => {
    const secrecy = {
      reviewer: '李四',
      date: '2026-01-20',
      result: 'passed' as const,
      recordedBy: 'u',
      recordedAt: 'x',
    };
    const leader = { role: 'township_leader' as const };
    expect(
      planReportAction('approved', 'publish', leader, { flow: 'disclosure_report', issuance: { secrecy } }),
    ).toEqual({ ok: true, to: 'published' });
    expect(planReportAction('approved', 'report', leader, { flow: 'disclosure_report' })).toMatchObject({
      ok: false,
      why: 'state',
    });
    // without the secrecy review it is refused (条例第十七条)
    expect(planReportAction('approved', 'publish', leader, { flow: 'disclosure_report' })).toMatchObject({
      ok: false,
      why: 'issuance',
    });
  });

  it('defaults to 31 January and follows the county setting', () => {
    expect(disclosureReportDeadline(2025).due).toBe('2026-01-31');
    expect(disclosureReportDeadline(2025, 215).due).toBe('2026-02-15');
    // no such day: the default
    expect(disclosureReportDeadline(2025, 230).due).toBe('2026-01-31');
  });
});
