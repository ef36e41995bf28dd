import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { LedgerKind } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import {
  hotlineItem,
  litigationCase,
  npcSuggestion,
  procuratorialRecommendation,
  serviceMonth,
} from './supervision';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
type Who = typeof CLERK;

const plan = (
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown>,
  who: Who = CLERK,
) => planAction(kind, r, action, input, who, { today: TODAY, calendar, settings: {} });

function step(kind: LedgerKind, r: RecordState, action: string, input: Record<string, unknown>): RecordState {
  const p = plan(kind, r, action, input);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function create(kind: LedgerKind, input: Record<string, unknown>): RecordState {
  const { values, issues } = validateRecord(kind, input, { today: TODAY });
  expect(issues).toEqual([]);
  return { state: kind.initialState, data: values, events: [] };
}

const clocks = (kind: LedgerKind, r: RecordState, today = TODAY, settings?: Record<string, number>) =>
  computeClocks(kind, r, { calendar, today, ...(settings ? { settings } : {}) });

// ---------------------------------------------------------------------------------------------
// 复议诉讼

const CASE = {
  counterparty: '某养殖专业合作社',
  organ: '示例县人民政府',
  disputedAct: '责令限期拆除违法建设的决定',
};
const lawsuit = (over: Record<string, unknown>) => create(litigationCase, { ...CASE, ...over });
const answered = () =>
  step(litigationCase, lawsuit({ receivedOn: '2026-09-28', type: 'litigation' }), 'answer', {
    answeredOn: '2026-10-09',
    answerSummary: '认定事实清楚，程序合法',
  });

describe('litigation case', () => {
  it('a reconsideration needs its procedure', () => {
    expect(
      validateRecord(
        litigationCase,
        { ...CASE, receivedOn: '2026-09-29', type: 'reconsideration' },
        { today: TODAY },
      ).issues,
    ).toEqual([{ field: 'procedure', message: '行政复议案件应选择复议程序（普通或简易）' }]);
  });

  it.each([
    // received Tue 09-29: 09-30, 10-08, 09, 10 (Sat, works), 12…16, 19 → 10th working day 10-19
    [
      { receivedOn: '2026-09-29', type: 'reconsideration', procedure: 'ordinary' },
      'answer_reconsideration',
      '2026-10-19',
      10,
    ],
    // … 5th working day 10-12
    [
      { receivedOn: '2026-09-29', type: 'reconsideration', procedure: 'simplified' },
      'answer_reconsideration_simple',
      '2026-10-12',
      5,
    ],
    // received Sun 09-20 (a working day): + 15 = 10-05, in 国庆, so 10-08
    [{ receivedOn: '2026-09-20', type: 'litigation' }, 'answer_litigation', '2026-10-08', 15],
    // + 15 = 11-17 (Tue)
    [{ receivedOn: '2026-11-02', type: 'litigation' }, 'answer_litigation', '2026-11-17', 15],
  ])('%o: only the %s clock, due %s', (over, name, due, days) => {
    const cs = clocks(litigationCase, lawsuit(over));
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ name, due, days, state: 'overdue' });
  });

  it('the answer stops the clock', () => {
    expect(clocks(litigationCase, answered())).toEqual([
      expect.objectContaining({ name: 'answer_litigation', due: '2026-10-13', state: 'done', late: false }),
    ]);
  });

  describe('hearing: the head appears, or a delegate and the reason are recorded', () => {
    const hearing = (over: Record<string, unknown>) =>
      plan(litigationCase, answered(), 'hearing', { hearingOn: '2026-10-27', ...over });
    const absent = '负责人未出庭的，应填写委托出庭的工作人员和不能出庭的理由';

    it.each([
      [{ headAppeared: true, headName: '镇长甲' }, null],
      [{ headAppeared: true }, '请填写出庭负责人'],
      [{ headAppeared: false }, absent],
      [{ headAppeared: false, delegate: '司法所工作人员乙' }, absent],
      [{ headAppeared: false, absenceReason: '参加防汛紧急会议' }, absent],
      [{ headAppeared: false, delegate: '司法所工作人员乙', absenceReason: '参加防汛紧急会议' }, null],
    ])('%o: %s', (over, reason) => {
      const p = hearing(over);
      if (reason === null) expect(p).toMatchObject({ ok: true, to: 'answered', patch: {} });
      else expect(p).toEqual({ ok: false, reason, issues: [], refusal: 'guard' });
    });

    it('whether the head appeared must be said; hearings are repeatable and kept as events', () => {
      expect(hearing({})).toMatchObject({
        ok: false,
        refusal: 'invalid',
        reason: '「负责人出庭（出席）」不能为空',
      });
      let r = step(litigationCase, answered(), 'hearing', {
        hearingOn: '2026-10-27',
        headAppeared: true,
        headName: '镇长甲',
      });
      r = step(litigationCase, r, 'hearing', {
        hearingOn: '2026-11-10',
        headAppeared: false,
        delegate: '司法所工作人员乙',
        absenceReason: '参加防汛紧急会议',
      });
      expect(r.events.filter((e) => e.action === 'hearing').map((e) => e.payload.headAppeared)).toEqual([
        true,
        false,
      ]);
      expect(r.data.headAppeared).toBeUndefined();
    });
  });

  it.each([
    ['revoked', true],
    ['illegal', true],
    ['changed', true],
    ['performance', true],
    ['upheld', false],
    ['dismissed', false],
    ['withdrawn', false],
    ['mediated', false],
  ])('outcome %s: lost-case warning %s', (outcome, lost) => {
    expect(
      plan(litigationCase, answered(), 'conclude', { concludedOn: '2026-11-20', outcome }),
    ).toMatchObject({
      ok: true,
      to: 'concluded',
      warning: lost ? '该结果计入败诉（被撤销、确认违法、变更或责令履行），请分析原因并整改' : null,
    });
  });

  it('a recommendation runs a 60-day clock (10-15 → 12-14) and blocks closing until answered', () => {
    let r = step(litigationCase, answered(), 'conclude', { concludedOn: '2026-10-12', outcome: 'revoked' });
    expect(
      plan(litigationCase, r, 'recommendation_reply', {
        recommendationRepliedOn: '2026-10-20',
        recommendationReply: '已整改',
      }),
    ).toMatchObject({
      ok: false,
      reason: '尚未登记收到的意见书或建议',
    });
    r = step(litigationCase, r, 'recommendation', {
      recommendationOn: '2026-10-15',
      recommendationType: 'judicial',
      recommendationText: '建议规范限期拆除决定的送达程序',
    });
    expect(clocks(litigationCase, r).find((c) => c.name === 'recommendation')).toMatchObject({
      start: '2026-10-15',
      due: '2026-12-14',
      days: 60,
      state: 'normal',
      remaining: 10,
    });
    expect(plan(litigationCase, r, 'close', { closedOn: '2026-11-20' })).toEqual({
      ok: false,
      reason: '收到的意见书或建议尚未反馈，不能结案',
      issues: [],
      refusal: 'guard',
    });
    r = step(litigationCase, r, 'recommendation_reply', {
      recommendationRepliedOn: '2026-11-18',
      recommendationReply: '已修订送达工作规程并组织培训',
    });
    expect(clocks(litigationCase, r).find((c) => c.name === 'recommendation')).toMatchObject({
      state: 'done',
      late: false,
    });
    expect(plan(litigationCase, r, 'close', { closedOn: '2026-11-20' })).toMatchObject({
      ok: true,
      to: 'closed',
    });
  });

  it('a case without a recommendation closes', () => {
    const r = step(litigationCase, answered(), 'conclude', { concludedOn: '2026-11-02', outcome: 'upheld' });
    expect(plan(litigationCase, r, 'close', { closedOn: '2026-11-02' })).toMatchObject({
      ok: true,
      to: 'closed',
    });
    expect(plan(litigationCase, r, 'close', { closedOn: '2026-11-01' })).toMatchObject({
      ok: false,
      reason: '「结案日期」（2026-11-01）不能早于「裁判（决定）日期」（2026-11-02）',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 人大代表建议, 民情热线

describe('NPC suggestion', () => {
  const s = () =>
    create(npcSuggestion, {
      receivedOn: '2026-06-01',
      deputy: '代表丙',
      title: '关于修缮村级文化活动室的建议',
      content: '部分村级文化活动室年久失修，建议统筹资金修缮',
    });

  it('90 days: 06-01 + 90 = 08-30 (Sun) → 08-31; a county setting of 60 → 07-31', () => {
    expect(clocks(npcSuggestion, s(), '2026-06-10')).toEqual([
      expect.objectContaining({ name: 'reply', due: '2026-08-31', days: 90, state: 'normal' }),
    ]);
    expect(clocks(npcSuggestion, s(), '2026-06-10', { 'npc_suggestion.reply_days': 60 })[0]).toMatchObject({
      due: '2026-07-31',
      days: 60,
    });
  });

  it('assign, reply, close', () => {
    let r = step(npcSuggestion, s(), 'assign', { assignedOn: '2026-06-03', handler: '镇文化站' });
    expect(r.state).toBe('handling');
    r = step(npcSuggestion, r, 'reply', {
      repliedOn: '2026-08-20',
      reply: '已列入年度修缮计划，三处活动室已完成修缮',
      satisfaction: 'satisfied',
    });
    expect(clocks(npcSuggestion, r)[0]).toMatchObject({ state: 'done', late: false });
    expect(plan(npcSuggestion, r, 'close', {})).toMatchObject({ ok: true, to: 'closed' });
  });

  it('a complex suggestion: the leader extends once, to about six months (06-01 + 90 + 92 = 11-30)', () => {
    const LEADER = { role: 'township_leader' as Role };
    const input = { days: 92, reason: '涉及多个部门，需统筹资金', deputyToldOn: '2026-08-20' };
    expect(plan(npcSuggestion, s(), 'extend', input)).toMatchObject({ ok: false });
    const p = plan(npcSuggestion, s(), 'extend', input, LEADER);
    if (!p.ok) throw new Error(p.reason);
    const r = applyStep(s(), p, p.event);
    expect(clocks(npcSuggestion, r, '2026-09-01')[0]).toMatchObject({ due: '2026-11-30', days: 182 });
    expect(plan(npcSuggestion, s(), 'extend', { ...input, days: 93 }, LEADER).ok).toBe(false);
    expect(plan(npcSuggestion, r, 'extend', { ...input, days: 1 }, LEADER).ok).toBe(false);
  });
});

describe('检察建议 entered on its own', () => {
  const rec = (over: Record<string, unknown> = {}) =>
    create(procuratorialRecommendation, {
      receivedOn: '2026-09-01',
      procuratorate: '某县人民检察院',
      title: '关于规范农村集体资产管理的建议',
      content: '建议完善集体资产台账并定期公示',
      ...over,
    });

  it('检察建议: two months (60 days) from receipt unless the 检察院 set a shorter date', () => {
    // 09-01 + 60 = 10-31 (Sat) → 11-02 (Mon)
    expect(clocks(procuratorialRecommendation, rec(), '2026-09-02')).toEqual([
      expect.objectContaining({ name: 'reply', due: '2026-11-02', days: 60, state: 'normal' }),
    ]);
    // the 检察院 set 10-15: that date is the deadline, the 60-day clock does not run
    const set = rec({ setDueOn: '2026-10-15' });
    expect(clocks(procuratorialRecommendation, set, '2026-10-16')).toEqual([
      expect.objectContaining({ name: 'reply_set', due: '2026-10-15', state: 'overdue' }),
    ]);
    const replied = step(procuratorialRecommendation, set, 'reply', {
      repliedOn: '2026-10-14',
      reply: '已建立台账并完成首次公示',
    });
    expect(clocks(procuratorialRecommendation, replied, '2026-10-20')).toEqual([]);
    expect(replied.state).toBe('replied');
  });
});

describe('hotline item', () => {
  const item = (over: Record<string, unknown> = {}) =>
    create(hotlineItem, { receivedOn: '2026-09-30', channel: '12345', content: '反映村道路灯不亮', ...over });

  it('5 working days: 09-30 → 10-13 over 国庆; a county setting of 3 → 10-10 (Sat, works)', () => {
    expect(clocks(hotlineItem, item(), '2026-10-09')).toEqual([
      expect.objectContaining({ name: 'reply', due: '2026-10-13', days: 5, state: 'due_soon', remaining: 3 }),
    ]);
    expect(clocks(hotlineItem, item(), '2026-10-09', { 'hotline_item.reply_days': 3 })[0]).toMatchObject({
      due: '2026-10-10',
      days: 3,
    });
  });

  it('answered late is done late', () => {
    const r = step(hotlineItem, item(), 'reply', { repliedOn: '2026-10-15', reply: '已更换路灯' });
    expect(clocks(hotlineItem, r)[0]).toMatchObject({ state: 'done', late: true, doneOn: '2026-10-15' });
  });

  it('the village must be one of the township', () => {
    expect(
      validateRecord(
        hotlineItem,
        { receivedOn: '2026-09-30', channel: '12345', content: '反映村道路灯不亮', village: '外镇某村' },
        { today: TODAY, villages: new Set(['v1']) },
      ).issues,
    ).toEqual([{ field: 'village', message: '「所在村（社区）」“外镇某村”不是本乡镇的村（社区）' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// 政务服务月报

describe('service month', () => {
  const month = (over: Record<string, unknown>) =>
    validateRecord(
      serviceMonth,
      { month: '2026-10-01', windows: 6, matters: 820, surveyed: 300, satisfied: 296, ...over },
      { today: TODAY },
    ).issues;

  it.each([
    [{}, []],
    [{ satisfied: 300 }, []],
    [{ satisfied: 301 }, [{ field: 'satisfied', message: '「满意评价」（301）不能多于「参与评价」（300）' }]],
    [{ month: '2026-10-15' }, [{ field: 'month', message: '「月份」请填写该月1日（如2026-03-01）' }]],
    [{ month: '2026-12-01' }, [{ field: 'month', message: '「月份（填该月1日）」不能晚于今天' }]],
    [{ windows: -1 }, [{ field: 'windows', message: '「便民服务窗口」不能小于0' }]],
  ])('%o → %o', (over, issues) => {
    expect(month(over)).toEqual(issues);
  });
});
