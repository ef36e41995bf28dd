import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { type ClockView, computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { LedgerKind } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { DISCLOSURE_OUTCOMES, disclosure, disclosureRequest, templateOutcomeOf } from './disclosure';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };
type Who = typeof CLERK;

const plan = (kind: LedgerKind, r: RecordState, action: string, input: Record<string, unknown>, who: Who) =>
  planAction(kind, r, action, input, who, { today: TODAY, calendar, settings: {} });

function step(
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown>,
  who: Who = CLERK,
): RecordState {
  const p = plan(kind, r, action, input, who);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function create(kind: LedgerKind, input: Record<string, unknown>): RecordState {
  const { values, issues } = validateRecord(kind, input, { today: TODAY });
  expect(issues).toEqual([]);
  return { state: kind.initialState, data: values, events: [] };
}

const clock = (kind: LedgerKind, r: RecordState, name: string, today = TODAY): ClockView | undefined =>
  computeClocks(kind, r, { calendar, today }).find((c) => c.name === name);

describe('proactive disclosure', () => {
  const formed = (formedOn: string) =>
    create(disclosure, { formedOn, title: '2026年第三季度低保资金发放情况', category: 'social_assistance' });

  it.each([
    // 09-24 (Thu); 中秋 09-25…27, 国庆 10-01…07, 10-10 (Sat) a working day:
    // 09-28, 29, 30, 10-08, 09, 10, 12…16, 19…23, 26…29 → the 20th is 10-29
    ['2026-09-24', '2026-10-29'],
    // 11-02 (Mon): four full weeks → 11-30
    ['2026-11-02', '2026-11-30'],
    // 02-13 (Fri); 02-14 (Sat) works, 春节 02-15…23, 02-28 (Sat) works:
    // 02-14, 24…28, 03-02…06, 09…13, 16…19 → the 20th is 03-19
    ['2026-02-13', '2026-03-19'],
  ])('formed on %s: due 20 working days later, %s', (formedOn, due) => {
    expect(clock(disclosure, formed(formedOn), 'publish', formedOn)).toMatchObject({
      start: formedOn,
      due,
      days: 20,
      basis: 'working',
    });
  });

  it('unpublished past the due date is 逾期; published late it is done late', () => {
    const r = formed('2026-09-24');
    expect(clock(disclosure, r, 'publish')).toMatchObject({ state: 'overdue', due: '2026-10-29' });
    const late = step(disclosure, r, 'publish', { publishedOn: '2026-11-03', url: '镇政府网站' });
    expect(late.state).toBe('published');
    expect(clock(disclosure, late, 'publish')).toMatchObject({
      state: 'done',
      late: true,
      doneOn: '2026-11-03',
    });
    const onTime = step(disclosure, r, 'publish', { publishedOn: '2026-10-29' });
    expect(clock(disclosure, onTime, 'publish')).toMatchObject({ state: 'done', late: false });
  });

  it('on 11-25 a record formed on 11-02 is 临期 (3 working days left)', () => {
    expect(clock(disclosure, formed('2026-11-02'), 'publish', '2026-11-25')).toMatchObject({
      state: 'due_soon',
      remaining: 3,
    });
  });

  it('cannot be published before it was formed', () => {
    expect(
      plan(disclosure, formed('2026-09-24'), 'publish', { publishedOn: '2026-09-20' }, CLERK),
    ).toMatchObject({
      ok: false,
      refusal: 'invalid',
      reason: '「公开日期」（2026-09-20）不能早于「信息形成（变更）日期」（2026-09-24）',
    });
  });
});

describe('disclosure request', () => {
  const request = (receivedOn: string) =>
    create(disclosureRequest, {
      receivedOn,
      receiptMethod: 'online',
      applicant: '申请人甲',
      content: '申请公开本村2025年道路硬化工程的预算和结算资料',
    });
  const ANSWER = {
    answeredOn: '2026-10-20',
    outcome: 'provided',
    answerText: '予以公开，提供结算资料复印件',
  };

  it('answer due 20 working days after receipt: 09-28 → 10-30 across 国庆', () => {
    // 09-29, 30, 10-08, 09, 10 (Sat, works), 12…16, 19…23, 26…30 = 20
    expect(clock(disclosureRequest, request('2026-09-28'), 'answer', '2026-10-09')).toMatchObject({
      start: '2026-09-28',
      due: '2026-10-30',
      days: 20,
      state: 'normal',
    });
    const answered = step(disclosureRequest, request('2026-09-28'), 'answer', ANSWER);
    expect(answered.state).toBe('answered');
    expect(clock(disclosureRequest, answered, 'answer')).toMatchObject({ state: 'done', late: false });
  });

  it('correction reminder: 7 working days from receipt (09-28 → 10-13), ended by the notice', () => {
    const r = request('2026-09-28');
    expect(clock(disclosureRequest, r, 'correction', '2026-10-09')).toMatchObject({
      due: '2026-10-13',
      reminder: true,
      // 10-10 (Sat, works), 10-12, 10-13 remain
      state: 'due_soon',
      remaining: 3,
    });
    // never 逾期: it ends
    const ended = clock(disclosureRequest, r, 'correction');
    expect(ended).toMatchObject({ state: 'done', due: '2026-10-13' });
    expect(ended?.explanation).toContain('该期限已于2026年10月13日届满。');
    const noticed = step(disclosureRequest, r, 'correction_notice', {
      correctionNoticeOn: '2026-09-30',
      correctionItems: '请明确所申请工程的具体路段',
    });
    expect(clock(disclosureRequest, noticed, 'correction')).toMatchObject({
      state: 'done',
      doneOn: '2026-09-30',
    });
  });

  describe('a correction notice pauses the answer clock; the corrected request restarts it', () => {
    const NOTICE = { correctionNoticeOn: '2026-09-30', correctionItems: '请明确所申请工程的具体路段' };
    const noticed = () => step(disclosureRequest, request('2026-09-28'), 'correction_notice', NOTICE);

    it('while awaiting the correction the clock does not run', () => {
      const r = noticed();
      expect(r.state).toBe('correcting');
      // paused since 09-30: 09-30, 10-08, 10-09 are kept out → 23 working days → 11-04
      const c = clock(disclosureRequest, r, 'answer', '2026-10-09');
      expect(c).toMatchObject({ start: '2026-09-28', due: '2026-11-04', days: 23, state: 'normal' });
      expect(c?.explanation).toContain('自2026年9月30日起暂停计算，尚未恢复');
      // nothing may be answered meanwhile
      expect(plan(disclosureRequest, r, 'answer', ANSWER, CLERK)).toMatchObject({
        ok: false,
        refusal: 'state',
        reason: '当前状态为“待补正”，不能执行“答复”',
      });
    });

    it('corrected on 10-19: 20 working days from then, 11-16', () => {
      const r = step(disclosureRequest, noticed(), 'corrected', { answerStartOn: '2026-10-19' });
      expect(r.state).toBe('received');
      expect(r.data.answerStartOn).toBe('2026-10-19');
      const c = clock(disclosureRequest, r, 'answer');
      // 10-20…23, 26…30, 11-02…06, 09…13, 16 = 20; the old pause no longer counts
      expect(c).toMatchObject({ start: '2026-10-19', due: '2026-11-16', days: 20, state: 'overdue' });
      expect(c?.explanation).not.toContain('暂停');
      const done = step(disclosureRequest, r, 'answer', { ...ANSWER, answeredOn: '2026-11-13' });
      expect(clock(disclosureRequest, done, 'answer')).toMatchObject({ state: 'done', late: false });
    });

    it('the corrected request cannot be dated before the notice', () => {
      expect(
        plan(disclosureRequest, noticed(), 'corrected', { answerStartOn: '2026-09-29' }, CLERK),
      ).toMatchObject({
        ok: false,
        refusal: 'invalid',
        reason: '「收到补正申请日期」（2026-09-29）不能早于「告知补正日期」（2026-09-30）',
      });
    });

    it('a second correction notice is refused', () => {
      const r = step(disclosureRequest, noticed(), 'corrected', { answerStartOn: '2026-10-19' });
      expect(
        plan(
          disclosureRequest,
          r,
          'correction_notice',
          { correctionNoticeOn: '2026-10-21', correctionItems: '请补充身份证明' },
          CLERK,
        ),
      ).toEqual({ ok: false, reason: '补正只能一次性告知（第三十条）', issues: [], refusal: 'guard' });
    });
  });

  it('third-party consultation 11-04 → 11-10 adds its 5 working days (both ends count): 11-30 → 12-07', () => {
    let r = request('2026-11-02');
    expect(clock(disclosureRequest, r, 'answer')).toMatchObject({
      due: '2026-11-30',
      state: 'due_soon',
      remaining: 0,
    });
    expect(plan(disclosureRequest, r, 'consult_end', { consultTo: '2026-11-10' }, CLERK)).toMatchObject({
      ok: false,
      reason: '尚未登记征求第三方意见',
    });
    r = step(disclosureRequest, r, 'consult_start', { consultFrom: '2026-11-04', thirdParty: '施工单位' });
    expect(r.state).toBe('received');
    r = step(disclosureRequest, r, 'consult_end', { consultTo: '2026-11-10' });
    const c = clock(disclosureRequest, r, 'answer');
    expect(c).toMatchObject({ due: '2026-12-07', days: 25, state: 'normal', remaining: 5 });
    expect(c?.explanation).toContain('（法定20个工作日，暂停5个工作日）');
    expect(c?.explanation).toContain('2026年11月4日至2026年11月10日暂停计算5个工作日');
    // a second end without a new start is refused
    expect(plan(disclosureRequest, r, 'consult_end', { consultTo: '2026-11-12' }, CLERK)).toMatchObject({
      ok: false,
      reason: '尚未登记征求第三方意见',
    });
  });

  describe('extension: at most 20 working days, by the leader, once', () => {
    const EXT = { days: 20, reason: '涉及多年工程档案，需调取整理' };

    it('a clerk may not extend', () => {
      expect(plan(disclosureRequest, request('2026-11-02'), 'extend', EXT, CLERK)).toMatchObject({
        ok: false,
        refusal: 'role',
        reason: '“延长答复期限”需由乡镇领导办理',
      });
    });

    it('21 working days is refused', () => {
      expect(
        plan(disclosureRequest, request('2026-11-02'), 'extend', { ...EXT, days: 21 }, LEADER),
      ).toMatchObject({
        ok: false,
        refusal: 'invalid',
        reason: '「延长天数（个工作日）」不能大于20',
      });
    });

    it('20 moves the due date from 11-30 to 12-28; a second extension is refused', () => {
      const r = step(disclosureRequest, request('2026-11-02'), 'extend', EXT, LEADER);
      const c = clock(disclosureRequest, r, 'answer');
      expect(c).toMatchObject({ due: '2026-12-28', days: 40, state: 'normal' });
      expect(c?.explanation).toContain('经批准延长20个工作日（理由：涉及多年工程档案，需调取整理）');
      expect(plan(disclosureRequest, r, 'extend', { ...EXT, days: 1 }, LEADER)).toEqual({
        ok: false,
        reason: '答复期限只能延长1次，已延长过',
        issues: [],
        refusal: 'guard',
      });
    });
  });
});

describe('政府信息公开条例 (2019): categories and request outcomes', () => {
  const request = (receivedOn: string) =>
    create(disclosureRequest, {
      receivedOn,
      receiptMethod: 'in_person',
      applicant: '某申请人',
      content: '申请公开本村某项工程的结算资料',
    });
  const labels = (kind: LedgerKind, field: string) => {
    const f = kind.fields.find((x) => x.key === field);
    return f && 'options' in f ? f.options.map((o) => o.label) : [];
  };

  it('townships publish the Art.21 items besides those of Art.20; the 2008 list is gone', () => {
    const all = labels(disclosure, 'category').join('；');
    for (const item of [
      '贯彻落实农业农村政策',
      '农田水利工程建设运营',
      '农村土地承包经营权流转',
      '宅基地使用情况审核',
      '土地征收',
      '房屋征收',
      '筹资筹劳',
      '社会救助',
    ])
      expect(all).toContain(`${item}（第二十一条）`);
    expect(all).not.toContain('计划生育');
    const old = validateRecord(
      disclosure,
      { formedOn: '2026-11-02', title: '某公示', category: 'family_planning' },
      { today: TODAY },
    );
    expect(old.issues.map((i) => i.field)).toEqual(['category']);
  });

  it('answers may be 部分公开 (Art.37) or point a 信访/咨询 request to its channel (Art.39)', () => {
    for (const outcome of ['partial', 'petition_or_consult']) {
      const p = plan(
        disclosureRequest,
        request('2026-11-02'),
        'answer',
        { answeredOn: '2026-11-10', outcome, answerText: '依法作出答复并告知理由' },
        CLERK,
      );
      expect(p).toMatchObject({ ok: true, to: 'answered' });
    }
    expect(DISCLOSURE_OUTCOMES.map((o) => o.label)).toContain('部分公开（区分处理，第三十七条）');
  });

  it('abandon: only after the correction period has run out', () => {
    const noticed = step(disclosureRequest, request('2026-11-02'), 'correction_notice', {
      correctionNoticeOn: '2026-11-03',
      correctionItems: '请写明所需信息的名称或文号',
      correctionDueOn: '2026-11-17',
    });
    // on the last day of the period the applicant may still correct
    expect(plan(disclosureRequest, noticed, 'abandon', { abandonedOn: '2026-11-17' }, CLERK)).toMatchObject({
      ok: false,
      reason: '补正期限至2026-11-17，期限届满前不能视为放弃申请（《政府信息公开条例》第三十条）',
    });
    const gone = step(disclosureRequest, noticed, 'abandon', { abandonedOn: '2026-11-18' });
    expect(gone.state).toBe('abandoned');
    // the answer clock ends with the request: nothing left overdue
    expect(clock(disclosureRequest, gone, 'answer', '2026-12-31')?.state).toBe('done');
    // only a request awaiting correction can be abandoned
    expect(
      plan(disclosureRequest, request('2026-11-02'), 'abandon', { abandonedOn: '2026-11-20' }, CLERK),
    ).toMatchObject({ ok: false, refusal: 'state' });
  });
});

describe('the annual report’s fields', () => {
  const received = () =>
    create(disclosureRequest, {
      receivedOn: '2026-11-02',
      receiptMethod: 'online',
      applicant: '张三',
      content: '申请公开本村低保评议会议记录',
      applicantType: 'business',
    });

  it('a withheld answer names one of the template reasons', () => {
    const answer = { answeredOn: '2026-11-20', outcome: 'withheld', answerText: '涉及第三方个人隐私' };
    expect(plan(disclosureRequest, received(), 'answer', answer, CLERK)).toMatchObject({
      ok: false,
      reason: '不予公开的，请在“年报统计口径”中选择不予公开的具体理由',
    });
    const r = step(disclosureRequest, received(), 'answer', { ...answer, reportOutcome: 'w_third', fee: 60 });
    expect(r.data).toMatchObject({ outcome: 'withheld', reportOutcome: 'w_third', fee: 60 });
    expect(templateOutcomeOf(r.state, r.data)).toBe('w_third');
  });

  it('the answer’s outcome decides the template row where it can', () => {
    expect(templateOutcomeOf('answered', { outcome: 'already_public' })).toBe('provided');
    expect(templateOutcomeOf('answered', { outcome: 'not_ours' })).toBe('u_none');
    expect(templateOutcomeOf('answered', { outcome: 'withheld' })).toBeNull();
    expect(templateOutcomeOf('abandoned', {})).toBe('o_nocorrect');
  });
});
