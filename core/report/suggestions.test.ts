import { describe, expect, it } from 'vitest';
import { composeReport } from './compose';
import { EMPTY_INPUT, RICH_INPUT } from './composeFixtures';
import type { ComposeInput, IndicatorFigure } from './input';
import type { ReportDocument } from './model';
import { paragraphText } from './render';

/** A township where nothing is weak: every rate full, every figure as last year. */
const STRONG: ComposeInput = {
  ...RICH_INPUT,
  values: Object.fromEntries(
    Object.entries(RICH_INPUT.values).map(([k, v]): [string, IndicatorFigure] => [
      k,
      v.denominator !== undefined
        ? { value: 100, numerator: v.denominator, denominator: v.denominator, previous: 100 }
        : { ...v, previous: v.value },
    ]),
  ),
  quality: [],
};

function part(doc: ReportDocument, key: string) {
  const p = doc.parts.find((x) => x.key === key);
  return (p?.intro ?? []).map((q) => ({ id: q.id, origin: q.origin, text: paragraphText(q) }));
}

const withValue = (key: string, f: IndicatorFigure) => ({
  ...STRONG,
  values: { ...STRONG.values, [key]: f },
});

describe('suggested shortcomings and plans', () => {
  it('state overdue clocks and open 整改 items with their causes, numbered 一是、二是', () => {
    const doc = composeReport({
      ...STRONG,
      findings: {
        overdue: [
          { kind: 'petition', count: 2 },
          { kind: 'disclosure_request', count: 1 },
        ],
        openRectifications: 3,
        overdueRectifications: 1,
      },
    });
    expect(part(doc, 'shortcomings').map((p) => p.id)).toEqual([
      'shortcomings-overdue',
      'shortcomings-rectification',
      'shortcomings-reasons',
    ]);
    expect(part(doc, 'shortcomings')[0]?.text).toBe(
      '部分事项未能在法定期限内办结。信访事项、依申请公开台账中有超过办理期限仍未办结的事项，群众的合理诉求未能得到及时回应。',
    );
    expect(part(doc, 'shortcomings')[1]?.text).toBe(
      '上级审查指出的问题尚未全部整改到位。县级审查发现的问题中仍有未整改销号的事项，部分事项已超过整改期限。',
    );
    expect(part(doc, 'shortcomings')[2]?.text).toBe(
      '究其原因，主要是：一是办理时限的提醒和督办未落实到具体经办人，超期事项没有及时向分管领导报告；二是对上级指出问题的整改责任没有压实，整改销号的跟踪督办不够。',
    );
    expect(part(doc, 'next_year_plan').map((p) => p.id)).toContain('next_year_plan-rectification');
  });

  it('invent no shortcoming when the ledgers show none, and say so for the township to complete', () => {
    const doc = composeReport(STRONG);
    expect(part(doc, 'shortcomings')).toEqual([
      {
        id: 'shortcomings-none-found',
        origin: 'suggested',
        text: '本年度台账数据未反映出需要单独列明的突出问题。上级督察、审计和群众反映中指出的不足及其原因，有待结合实际补充。',
      },
    ]);
    expect(part(doc, 'next_year_plan').map((p) => p.id)).toEqual([
      'next_year_plan-intro',
      'next_year_plan-standing-organization',
      'next_year_plan-standing-capacity',
      'next_year_plan-standing-publicity',
      'next_year_plan-standing-enforcement',
      'next_year_plan-standing-dispute',
    ]);
    expect(part(doc, 'next_year_plan').every((p) => p.origin === 'suggested')).toBe(true);
  });

  it('name a figure that fell well below last year, and answer it in the plan', () => {
    const doc = composeReport(withValue('publicity.events', { value: 20, previous: 36 }));
    const weak = part(doc, 'shortcomings').find((p) => p.id === 'shortcomings-area-publicity');
    expect(weak?.text).toBe(
      '普法宣传的覆盖面和针对性还不够。普法宣传活动较上年明显减少，部分群众特别是留守老人和外出务工人员的法治意识仍较淡薄。',
    );
    const plan = part(doc, 'next_year_plan').find((p) => p.id === 'next_year_plan-area-publicity');
    expect(plan?.text).toMatch(/^提升普法宣传精准度。/);
    // the answered area gets no second, standing plan
    expect(part(doc, 'next_year_plan').map((p) => p.id)).not.toContain('next_year_plan-standing-publicity');
    // a fall of less than a fifth is not a weakness
    const slight = composeReport(withValue('publicity.events', { value: 30, previous: 36 }));
    expect(part(slight, 'shortcomings').map((p) => p.id)).not.toContain('shortcomings-area-publicity');
  });

  it('name a rate below its threshold, not one at it', () => {
    const low = composeReport(
      withValue('petition.closure_rate', { value: 86.7, numerator: 26, denominator: 30, previous: null }),
    );
    expect(part(low, 'shortcomings').find((p) => p.id === 'shortcomings-area-dispute')?.text).toContain(
      '部分信访事项未能按期办结',
    );
    const at = composeReport(
      withValue('petition.closure_rate', { value: 95, numerator: 19, denominator: 20, previous: null }),
    );
    expect(part(at, 'shortcomings').map((p) => p.id)).not.toContain('shortcomings-area-dispute');
  });

  it('turn data-quality findings into a weakness naming the ledgers, with its remedy', () => {
    const doc = composeReport({
      ...STRONG,
      quality: [
        { kind: 'dispute', what: 'missing', message: '矛盾纠纷：必填项为空的记录', count: 3 },
        { kind: 'petition', what: 'missing', message: '信访事项：必填项为空的记录', count: 1 },
        { kind: 'exam', what: 'late', message: '学法考试：事件发生30天后才录入的记录', count: 2 },
        { kind: 'meeting', what: 'missing', message: '法治建设会议：必填项为空的记录', count: 0 },
      ],
    });
    const weak = part(doc, 'shortcomings').find((p) => p.id === 'shortcomings-quality');
    expect(weak?.text).toBe(
      '台账数据的完整性和及时性还有欠缺。矛盾纠纷、信访事项台账存在必填项为空的记录，学法考试台账有事后较长时间才补录的情况，影响了统计数据的准确性，也不利于及时发现和解决工作中的问题。',
    );
    expect(part(doc, 'shortcomings').find((p) => p.id === 'shortcomings-reasons')?.text).toContain(
      '台账日常登记',
    );
    expect(part(doc, 'next_year_plan').map((p) => p.id)).toContain('next_year_plan-quality');
  });

  it('name a lost lawsuit', () => {
    const doc = composeReport(withValue('supervision.litigation_lost', { value: 1, previous: 0 }));
    expect(part(doc, 'shortcomings').map((p) => p.id)).toContain('shortcomings-litigation');
    expect(part(doc, 'next_year_plan').map((p) => p.id)).toContain('next_year_plan-litigation');
  });

  it('gather usual work missing from many areas into one paragraph on the ledgers', () => {
    const doc = composeReport(EMPTY_INPUT);
    const ids = part(doc, 'shortcomings').map((p) => p.id);
    expect(ids).toEqual(['shortcomings-records', 'shortcomings-reasons']);
    expect(part(doc, 'shortcomings')[0]?.text).toContain(
      '台账中没有法治建设专题会议、领导干部述法、中心组学法',
    );
    // two areas missing something stay with their areas
    const two = composeReport({
      ...STRONG,
      values: {
        ...STRONG.values,
        'leadership.meetings': { value: 0, previous: 5 },
        'publicity.events': { value: 0, previous: null },
      },
    });
    expect(part(two, 'shortcomings').find((p) => p.id === 'shortcomings-area-organization')?.text).toContain(
      '台账中没有法治建设专题会议的记录',
    );
  });

  it('write no number in parts 二 and 四, where the analyzer would read it as a result', () => {
    for (const input of [RICH_INPUT, EMPTY_INPUT, STRONG]) {
      const doc = composeReport(input);
      for (const p of part(doc, 'shortcomings')) expect(p.text).not.toMatch(/\d/);
      for (const p of part(doc, 'next_year_plan').slice(1)) expect(p.text).not.toMatch(/\d/);
    }
  });
});
