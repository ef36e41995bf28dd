import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { lawInspection, leadershipGroup, meeting } from './leadership';
import { legalAdvisor } from './legalAdvisor';
import { exam, publicityEvent, studySession } from './study';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };
const VILLAGES = new Map([
  ['枫林村', 'v-fl'],
  ['石桥村', 'v-sq'],
  ['青石社区', 'v-qs'],
]);
const villages = new Set(VILLAGES.values());
const opts = { today: TODAY, calendar, settings: {} };

const member = (name: string, role: string, post: string) => ({ name, role, post });
const MEMBERS = [
  member('书记甲', 'leader', '镇党委书记'),
  member('镇长乙', 'deputy', '镇长'),
  member('司法所长丙', 'member', '司法所所长'),
];

describe('leadership group', () => {
  const group = (members: unknown) =>
    validateRecord(
      leadershipGroup,
      { name: '青石镇全面依法治镇领导小组', establishedOn: '2026-01-12', members },
      { today: TODAY },
    );

  it('needs a 组长', () => {
    expect(group(MEMBERS).issues).toEqual([]);
    expect(
      group(MEMBERS.map((m) => ({ ...m, role: m.role === 'leader' ? 'deputy' : m.role }))).issues,
    ).toEqual([{ field: 'members', message: '领导小组应有组长' }]);
  });

  it('needs at least three members with their posts', () => {
    expect(group(MEMBERS.slice(0, 2)).issues.map((i) => i.message)).toEqual(['「成员」至少需要3行']);
    expect(
      group([...MEMBERS.slice(0, 2), { name: '丁', role: 'member' }]).issues.map((i) => i.message),
    ).toEqual(['「成员」第3行「单位职务」不能为空']);
  });

  it('an adjustment replaces the members, and must keep a 组长', () => {
    const r: RecordState = { state: 'active', data: group(MEMBERS).values, events: [] };
    const adjusted = [member('书记丁', 'leader', '镇党委书记'), ...MEMBERS.slice(1)];
    const p = planAction(
      leadershipGroup,
      r,
      'adjust',
      { adjustedOn: '2026-06-15', members: adjusted, adjustNote: '因人事变动调整组长' },
      CLERK,
      opts,
    );
    if (!p.ok) throw new Error(p.reason);
    expect(p.patch.members).toEqual(adjusted);
    expect(p.to).toBe('active');
    expect(
      planAction(
        leadershipGroup,
        r,
        'adjust',
        {
          adjustedOn: '2026-06-15',
          members: MEMBERS.slice(1).concat(member('戊', 'member', '综治办主任')),
          adjustNote: '调整',
        },
        CLERK,
        opts,
      ),
    ).toEqual({ ok: false, reason: '领导小组应有组长', issues: [], refusal: 'guard' });
    expect(
      planAction(
        leadershipGroup,
        r,
        'adjust',
        { adjustedOn: '2026-01-11', members: adjusted, adjustNote: '调整' },
        CLERK,
        opts,
      ),
    ).toMatchObject({
      ok: false,
      reason: '「调整日期」（2026-01-11）不能早于「成立（调整）日期」（2026-01-12）',
    });
  });

  it('only the leader dissolves it', () => {
    const r: RecordState = { state: 'active', data: group(MEMBERS).values, events: [] };
    expect(
      planAction(leadershipGroup, r, 'dissolve', { dissolvedOn: '2026-11-01' }, CLERK, opts),
    ).toMatchObject({
      ok: false,
      refusal: 'role',
      reason: '“撤销”需由乡镇领导办理',
    });
    expect(
      planAction(leadershipGroup, r, 'dissolve', { dissolvedOn: '2026-11-01' }, LEADER, opts),
    ).toMatchObject({
      ok: true,
      to: 'dissolved',
    });
  });
});

describe('meetings and 法治督察', () => {
  it('a meeting names its chair and the chair role', () => {
    const input = {
      heldOn: '2026-03-10',
      type: 'deployment',
      title: '2026年法治建设工作部署会',
      chair: '书记甲',
      chairRole: 'secretary',
      topics: '部署年度法治建设重点任务',
    };
    expect(validateRecord(meeting, input, { today: TODAY }).issues).toEqual([]);
    expect(validateRecord(meeting, { ...input, chairRole: '村支书' }, { today: TODAY }).issues).toEqual([
      { field: 'chairRole', message: '「主持人身份」只能是：党委书记、乡镇长（主任）、其他领导' },
    ]);
  });

  it('the rectification deadline may lie ahead, not before the inspection', () => {
    const input = {
      conductedOn: '2026-10-20',
      type: 'inspection',
      subject: '行政执法案卷规范化',
      findings: '部分案卷缺少送达回证',
    };
    expect(
      validateRecord(lawInspection, { ...input, rectifyBy: '2027-01-20' }, { today: TODAY }).issues,
    ).toEqual([]);
    expect(
      validateRecord(lawInspection, { ...input, rectifyBy: '2026-10-19' }, { today: TODAY }).issues,
    ).toEqual([
      { field: 'rectifyBy', message: '「整改期限」（2026-10-19）不能早于「督察日期」（2026-10-20）' },
    ]);
  });
});

describe('study', () => {
  const examIssues = (expected: number, took: number, passed: number) =>
    validateRecord(
      exam,
      { heldOn: '2026-09-15', title: '年度学法考试', expected, took, passed },
      { today: TODAY },
    ).issues;

  it.each([
    [40, 40, 40, []],
    [40, 38, 35, []],
    [40, 0, 0, []],
    [40, 41, 30, [{ field: 'took', message: '「实际参考人数」（41）不能多于「应参考人数」（40）' }]],
    [40, 38, 39, [{ field: 'passed', message: '「合格人数」（39）不能多于「实际参考人数」（38）' }]],
    [
      40,
      41,
      42,
      [
        { field: 'took', message: '「实际参考人数」（41）不能多于「应参考人数」（40）' },
        { field: 'passed', message: '「合格人数」（42）不能多于「实际参考人数」（41）' },
      ],
    ],
  ])('exam expected %i, took %i, passed %i', (expected, took, passed, issues) => {
    expect(examIssues(expected, took, passed)).toEqual(issues);
  });

  it('a study session needs a type and at least one attendee', () => {
    const input = { heldOn: '2026-04-08', type: 'pre_meeting', topic: '学习《行政复议法》', attendance: 18 };
    expect(validateRecord(studySession, input, { today: TODAY }).issues).toEqual([]);
    expect(validateRecord(studySession, { ...input, attendance: 0 }, { today: TODAY }).issues).toEqual([
      { field: 'attendance', message: '「参加人次」不能小于1' },
    ]);
  });

  it('publicity forms may be given by label, several at once', () => {
    const r = validateRecord(
      publicityEvent,
      { heldOn: '2026-12-04', title: '宪法宣传日活动', occasion: 'constitution', forms: '咨询台、以案释法' },
      { today: '2026-12-04' },
    );
    expect(r.issues).toEqual([]);
    expect(r.values.forms).toEqual(['desk', 'case']);
  });
});

describe('legal advisor', () => {
  const advisor = (over: Record<string, unknown> = {}) =>
    validateRecord(
      legalAdvisor,
      {
        name: '律师甲',
        type: 'advisor',
        firm: '示例律师事务所',
        contractFrom: '2026-01-01',
        contractTo: '2026-12-31',
        ...over,
      },
      { today: TODAY, villages, villageByName: VILLAGES },
    );
  const serving = (contractTo: string): RecordState => ({
    state: 'serving',
    data: advisor({ contractTo }).values,
    events: [],
  });

  it('serves several villages, named or by id, only of the township', () => {
    expect(advisor({ villages: '枫林村、石桥村' }).values.villages).toEqual(['v-fl', 'v-sq']);
    expect(advisor({ villages: ['v-qs', 'v-fl', 'v-qs'] }).values.villages).toEqual(['v-qs', 'v-fl']);
    expect(advisor({ villages: ['v-qs', '柳溪社区'] }).issues).toEqual([
      { field: 'villages', message: '「服务的村（社区）」“柳溪社区”不是本乡镇的村（社区）' },
    ]);
  });

  it('the contract may end in the future but not before it began', () => {
    expect(advisor({ contractTo: '2027-12-31' }).issues).toEqual([]);
    expect(advisor({ contractTo: '2025-12-31' }).issues).toEqual([
      {
        field: 'contractTo',
        message: '「聘任截止日期」（2025-12-31）不能早于「聘任起始日期」（2026-01-01）',
      },
    ]);
  });

  it.each([
    // 12-31 (Thu): 23 working days remain in December; 临期 from 12-03 (20 working days before)
    ['2026-12-31', 'normal', 23, '2026-12-03'],
    // 12-25 (Fri): 19 remain, inside the 20-day window that opened on 11-27
    ['2026-12-25', 'due_soon', 19, '2026-11-27'],
    ['2026-11-20', 'overdue', -6, '2026-10-23'],
  ])(
    'contract ending %s: %s, %i working days left, 临期 from %s',
    (contractTo, state, remaining, alertOn) => {
      expect(computeClocks(legalAdvisor, serving(contractTo), { calendar, today: TODAY })).toEqual([
        expect.objectContaining({ name: 'contract', due: contractTo, state, remaining, alertOn }),
      ]);
    },
  );

  it('ending the contract stops the clock; only the leader ends it', () => {
    const r = serving('2026-12-25');
    expect(planAction(legalAdvisor, r, 'end', { endedOn: '2026-11-30' }, CLERK, opts)).toMatchObject({
      ok: false,
      refusal: 'role',
    });
    const p = planAction(legalAdvisor, r, 'end', { endedOn: '2026-11-30' }, LEADER, opts);
    if (!p.ok) throw new Error(p.reason);
    const ended = applyStep(r, p, p.event);
    expect(computeClocks(legalAdvisor, ended, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      doneOn: '2026-11-30',
    });
  });
});
