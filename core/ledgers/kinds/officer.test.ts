import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { RecordData, RefRecord } from '../types';
import { planAction, type RecordState } from '../workflow';
import { twoCertifiedOfficers } from './enforcementRules';
import { certifiedOn, officer } from './officer';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };

const officerData = (over: RecordData = {}): RecordData => ({
  name: '周执法',
  certNumber: 'ZF-001',
  fields: ['comprehensive'],
  issuedOn: '2024-01-15',
  expiresOn: '2028-12-31',
  ...over,
});

const ref = (id: string, name: string, state: string, over: RecordData = {}): RefRecord => {
  const data = officerData({ name, certNumber: `ZF-${id}`, ...over });
  return { id, kind: 'officer', title: officer.list.title(data), state, data };
};

// On 2026-06-01, each officer's certificate as the register holds it today.
const A = ref('A', '甲', 'active');
const B = ref('B', '乙', 'active');
const expired = ref('C', '丙', 'active', { expiresOn: '2026-05-31' });
const expiresThatDay = ref('D', '丁', 'active', { expiresOn: '2026-06-01' });
const issuedThatDay = ref('E', '戊', 'active', { issuedOn: '2026-06-01' });
const notYetIssued = ref('F', '己', 'active', { issuedOn: '2026-06-02' });
const suspended = ref('G', '庚', 'suspended', { suspendedOn: '2026-05-20', suspendReason: '涉嫌违纪' });
const suspendedLater = ref('H', '辛', 'suspended', { suspendedOn: '2026-06-02', suspendReason: '涉嫌违纪' });
const left = ref('I', '壬', 'left', { leftOn: '2026-05-31' });
const leftLater = ref('J', '癸', 'left', { leftOn: '2026-07-01' });

const HEAD = '执法时须有至少两名持有效执法证件的人员（行政处罚法第四十二条）；2026年6月1日有效的仅';

describe('certifiedOn: a certificate valid on the day of the act', () => {
  it.each([
    ['in post, issued before, expiring later', A, true],
    ['expired the day before', expired, false],
    ['expiring on the day itself', expiresThatDay, true],
    ['issued on the day itself', issuedThatDay, true],
    ['not yet issued', notYetIssued, false],
    ['suspended before the day', suspended, false],
    ['suspended only after the day (step entered late)', suspendedLater, true],
    ['left before the day', left, false],
    ['left only after the day (step entered late)', leftLater, true],
  ])('%s', (_what, o, valid) => {
    expect(certifiedOn(o.data, o.state, '2026-06-01')).toBe(valid);
  });

  it('a suspended or departed officer without a recorded date counts as out on any day', () => {
    expect(certifiedOn(officerData(), 'suspended', '2025-01-01')).toBe(false);
    expect(certifiedOn(officerData(), 'left', '2025-01-01')).toBe(false);
  });
});

describe('twoCertifiedOfficers', () => {
  it.each([
    ['two valid', [A, B], null],
    ['boundary days count', [expiresThatDay, issuedThatDay], null],
    ['two valid and one expired: enough', [A, B, expired], null],
    ['one expired', [A, expired], `${HEAD}1人，丙（ZF-C）的证件当日无效、已过期或已暂停`],
    ['not yet issued', [notYetIssued, A], `${HEAD}1人，己（ZF-F）的证件当日无效、已过期或已暂停`],
    ['suspended', [A, suspended], `${HEAD}1人，庚（ZF-G）的证件当日无效、已过期或已暂停`],
    ['left', [left, B], `${HEAD}1人，壬（ZF-I）的证件当日无效、已过期或已暂停`],
    [
      'none valid: every one named',
      [expired, notYetIssued, suspended, left],
      `${HEAD}0人，丙（ZF-C）、己（ZF-F）、庚（ZF-G）、壬（ZF-I）的证件当日无效、已过期或已暂停`,
    ],
    ['only one officer at all', [A], `${HEAD}1人`],
  ])('%s', (_what, officers, message) => {
    expect(twoCertifiedOfficers(officers, '2026-06-01')).toBe(message);
  });

  it('says nothing while the act has no date (the date field reports itself)', () => {
    expect(twoCertifiedOfficers([expired], undefined)).toBeNull();
  });
});

describe('officer register', () => {
  it('registers an officer; the expiry may lie ahead, the issue date may not, nor precede it', () => {
    const ok = validateRecord(officer, officerData(), { today: TODAY });
    expect(ok.issues).toEqual([]);
    expect(officer.list.title(ok.values)).toBe('周执法（ZF-001）');
    const bad = validateRecord(
      officer,
      officerData({ issuedOn: '2026-12-01', expiresOn: '2026-11-01', fields: ['police'] }),
      { today: TODAY },
    );
    expect(bad.issues.map((i) => i.message)).toEqual([
      '「执法领域」中的“police”不在可选范围内（综合行政执法、农业农村、自然资源、生态环境、市场监管、应急管理、城乡建设、其他）',
      '「发证日期」不能晚于今天',
    ]);
    const order = validateRecord(officer, officerData({ issuedOn: '2026-05-01', expiresOn: '2026-04-30' }), {
      today: TODAY,
    });
    expect(order.issues.map((i) => i.message)).toEqual([
      '「有效期至」（2026-04-30）不能早于「发证日期」（2026-05-01）',
    ]);
  });

  it('suspend (leader only), restore, leave: each from its states', () => {
    const r: RecordState = { state: 'active', data: officerData(), events: [] };
    const suspendInput = { suspendedOn: '2026-11-02', suspendReason: '涉嫌违纪，暂停执法' };
    const byClerk = planAction(officer, r, 'suspend', suspendInput, CLERK, { today: TODAY });
    expect(byClerk).toMatchObject({ ok: false, refusal: 'role', reason: '“暂停执法资格”需由乡镇领导办理' });
    const s = planAction(officer, r, 'suspend', suspendInput, LEADER, { today: TODAY });
    expect(s).toMatchObject({ ok: true, to: 'suspended' });
    const restoreActive = planAction(officer, r, 'restore', { restoredOn: '2026-11-20' }, LEADER, {
      today: TODAY,
    });
    expect(restoreActive).toMatchObject({
      ok: false,
      refusal: 'state',
      reason: '当前状态为“在岗”，不能执行“恢复执法资格”',
    });
    const sus: RecordState = { state: 'suspended', data: { ...r.data, ...suspendInput }, events: [] };
    expect(
      planAction(officer, sus, 'restore', { restoredOn: '2026-11-01' }, LEADER, { today: TODAY }),
    ).toMatchObject({ ok: false, reason: '「恢复日期」（2026-11-01）不能早于「暂停日期」（2026-11-02）' });
    expect(
      planAction(officer, sus, 'restore', { restoredOn: '2026-11-20' }, LEADER, { today: TODAY }),
    ).toMatchObject({ ok: true, to: 'active' });
    expect(
      planAction(officer, sus, 'leave', { leftOn: '2026-11-20' }, CLERK, { today: TODAY }),
    ).toMatchObject({
      ok: true,
      to: 'left',
    });
  });
});

describe('certificate clock', () => {
  const clock = (state: string, data: RecordData, events: RecordState['events'] = []) =>
    computeClocks(officer, { state, data: officerData(data), events }, { calendar, today: TODAY })[0];

  it('is 临期 from about 90 days (62 working days) ahead of the expiry', () => {
    // Expiry Thu 2026-12-31. Counting working days back from it: December 23 (1–4, 7–11, 14–18,
    // 21–25, 28–31), November 21 (2–6, 9–13, 16–20, 23–27, 30) = 44; October 26–30, 19–23,
    // 12–16 = 59, Sat 10-10 (调休) 60, 10-09 61, 10-08 62; 10-01…07 is 国庆; the 63rd is Wed
    // 09-30: from it 62 working days remain, 92 calendar days before the expiry.
    const c = clock('active', { expiresOn: '2026-12-31' });
    expect(c).toMatchObject({
      name: 'certificate',
      due: '2026-12-31',
      alertOn: '2026-09-30',
      state: 'due_soon',
      remaining: 23,
    });
    expect(c?.explanation).toContain('截止2026年12月31日');
  });

  it('is 逾期 after the expiry', () => {
    const c = clock('active', { expiresOn: '2026-11-20' });
    expect(c).toMatchObject({ due: '2026-11-20', state: 'overdue' });
    expect(c?.explanation).toContain('已逾期10日');
  });

  it('falls due on the expiry itself even when that is a holiday (no 顺延 for a validity date)', () => {
    // Sat 2026-10-03 is in 国庆: the certificate is invalid from 10-04, so the clock is overdue too
    const c = clock('active', { expiresOn: '2026-10-03' });
    expect(c).toMatchObject({ due: '2026-10-03', state: 'overdue' });
    expect(certifiedOn(officerData({ expiresOn: '2026-10-03' }), 'active', '2026-10-04')).toBe(false);
  });

  it('keeps running while suspended, and stops when the officer leaves', () => {
    expect(clock('suspended', { expiresOn: '2026-11-20' })?.state).toBe('overdue');
    const gone = clock('left', { expiresOn: '2026-11-20', leftOn: '2026-11-10' }, [
      { action: 'leave', on: '2026-11-10', payload: { leftOn: '2026-11-10' } },
    ]);
    expect(gone).toMatchObject({ state: 'done', doneOn: '2026-11-10' });
  });
});

describe('staff without a certificate (issue 13 §2: 持证率 needs them in the register)', () => {
  const uncertified: RecordData = { name: '吴协管', department: '综合行政执法办' };

  it('registers staff without a certificate: titled 未持证, no certificate clock', () => {
    const r = validateRecord(officer, uncertified, { today: TODAY });
    expect(r.issues).toEqual([]);
    expect(officer.list.title(r.values)).toBe('吴协管（未持证）');
    const state: RecordState = { state: 'active', data: r.values, events: [] };
    expect(computeClocks(officer, state, { calendar, today: TODAY })).toEqual([]);
  });

  it('certificate fields are filled in together or not at all', () => {
    const partial = validateRecord(officer, { ...uncertified, certNumber: 'ZF-009' }, { today: TODAY });
    expect(partial.issues.map((i) => i.message)).toEqual([
      '持有执法证的，须填写「发证日期」、「有效期至」、「执法领域」；未持证的，执法证各项均留空',
    ]);
    const noNumber = validateRecord(officer, officerData({ certNumber: '' }), { today: TODAY });
    expect(noNumber.issues.map((i) => i.message)).toEqual([
      '持有执法证的，须填写「执法证号」；未持证的，执法证各项均留空',
    ]);
  });

  it('is never certified, so no enforcement step accepts them as an acting officer', () => {
    const staff: RefRecord = {
      id: 'K',
      kind: 'officer',
      title: officer.list.title(uncertified),
      state: 'active',
      data: uncertified,
    };
    expect(certifiedOn(uncertified, 'active', '2026-06-01')).toBe(false);
    // dates copied from a certified officer do not make a certificate without its number
    expect(certifiedOn({ ...officerData(), certNumber: undefined }, 'active', '2026-06-01')).toBe(false);
    expect(twoCertifiedOfficers([A, staff], '2026-06-01')).toBe(
      `${HEAD}1人，吴协管（未持证）的证件当日无效、已过期或已暂停`,
    );
  });
});
