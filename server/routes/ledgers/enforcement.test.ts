import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../core/calendar';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Clock {
  name: string;
  due: string;
  state: string;
  late?: boolean;
  doneOn?: string;
  explanation: string;
}
interface Rec {
  id: string;
  title: string;
  state: string;
  stateLabel: string;
  version: number;
  data: Record<string, unknown>;
  clocks: Clock[];
  events?: { action: string; label: string; on: string; actorName: string | null }[];
  actions?: { key: string }[];
  attachments?: { id: string; name: string; sha256: string; size: number }[];
}
type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let advisor: HttpClient;
let siblingClerk: HttpClient;
let reviewer: HttpClient;
let admin: HttpClient;
const officerIds: Record<string, string> = {};
let matterId: string;

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  const login = async (unit: TestCounty['townA'], role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerk = await login(county.townA, 'township_clerk');
  leader = await login(county.townA, 'township_leader');
  advisor = await login(county.townA, 'legal_advisor');
  siblingClerk = await login(county.townB, 'township_clerk');
  reviewer = await login(county.county, 'county_reviewer');
  admin = await login(county.county, 'admin');
});

const caseInput = (over: Record<string, unknown> = {}) => ({
  filedOn: '2026-07-03',
  caseName: '赵某占道经营案',
  procedure: 'ordinary',
  source: 'patrol',
  matter: matterId,
  partyType: 'person',
  partyName: '赵某',
  facts: '在镇主干道违规摆摊经营，经劝阻拒不改正',
  officers: [officerIds.甲, officerIds.乙],
  ...over,
});

/** Takes a step on `rec` with its current version. */
async function act(rec: Rec, who: HttpClient, action: string, values: Record<string, unknown>) {
  return who.post<Rec & Err>(`/api/ledgers/enforcement_case/${rec.id}/actions/${action}`, {
    version: rec.version,
    values,
  });
}
async function ok(rec: Rec, who: HttpClient, action: string, values: Record<string, unknown>): Promise<Rec> {
  const r = await act(rec, who, action, values);
  expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
}
const clock = (rec: Rec, name: string) => rec.clocks.find((c) => c.name === name);

const INVESTIGATE = () => ({
  stepOn: '2026-07-06',
  means: ['inquiry', 'photo'],
  officers: [officerIds.甲, officerIds.乙],
  stepNote: '现场拍照并制作询问笔录',
});
const NOTIFY = () => ({
  noticeOn: '2026-09-24',
  intendedDecision: '拟处罚款20000元',
  officers: [officerIds.甲, officerIds.乙],
});
const DECIDE = {
  decidedOn: '2026-10-19',
  decisionNumber: '甲镇罚决字〔2026〕1号',
  decisionType: 'fine',
  fineAmount: 20_000,
  decisionSummary: '罚款20000元',
};

describe('officers and matters', () => {
  it('registers two valid officers, one expired, and a matter', async () => {
    for (const [name, expiresOn] of [
      ['甲', '2028-12-31'],
      ['乙', '2028-12-31'],
      ['丙', '2026-03-31'],
    ] as const) {
      const r = await clerk.post<Rec>('/api/ledgers/officer', {
        name: `${name}执法`,
        certNumber: `ZF-${name}`,
        fields: ['comprehensive'],
        issuedOn: '2024-01-15',
        expiresOn,
      });
      expect(r.status).toBe(201);
      expect(r.body.title).toBe(`${name}执法（ZF-${name}）`);
      officerIds[name] = r.body.id;
      if (name === '丙')
        expect(clock(r.body, 'certificate')).toMatchObject({ due: '2026-03-31', state: 'overdue' });
    }
    const m = await clerk.post<Rec>('/api/ledgers/enforcement_matter', {
      name: '占道经营',
      type: 'penalty',
      legalBasis: '《城市市容和环境卫生管理条例》第三十六条',
      department: '甲镇综合行政执法队',
      listedOn: '2026-01-05',
    });
    expect(m.status).toBe(201);
    matterId = m.body.id;
  });

  it('refuses a case whose officers include the expired one, naming him', async () => {
    const r = await clerk.post<Err>(
      '/api/ledgers/enforcement_case',
      caseInput({ officers: [officerIds.甲, officerIds.丙] }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.field).toBe('officers');
    expect(r.body.error.message).toBe(
      '执法时须有至少两名持有效执法证件的人员（行政处罚法第四十二条）；2026年7月3日有效的仅1人，丙执法（ZF-丙）的证件当日无效、已过期或已暂停',
    );
    // another township's officers are not offered
    const other = await siblingClerk.post<Err>('/api/ledgers/enforcement_case', caseInput());
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('不存在或不属于本乡镇');
  });
});

describe('a 重大 case from 立案 to 结案', () => {
  let rec: Rec;
  let evidence: { id: string; sha256: string };

  it('registers the case and starts the 90-day decision clock', async () => {
    const r = await clerk.post<Rec>('/api/ledgers/enforcement_case', caseInput({ major: true }));
    expect(r.status).toBe(201);
    rec = r.body;
    expect(rec.state).toBe('filed');
    // 2026-07-03 + 90 days = 10-01, in 国庆 (10-01…07): moved to Thu 10-08
    expect(clock(rec, 'decision')).toMatchObject({ due: '2026-10-08', state: 'overdue' });
  });

  it('investigates, with an evidence photo filed against the step', async () => {
    rec = await ok(rec, clerk, 'investigate', INVESTIGATE());
    expect(rec.state).toBe('investigating');
    const png = Buffer.concat([Buffer.from([0x89]), Buffer.from('PNG\r\n\x1a\n evidence photo')]);
    const form = new FormData();
    form.append('file', new Blob([png]), '现场照片.png');
    const noStep = await clerk.upload<Err>(
      `/api/ledgers/enforcement_case/${rec.id}/attachments?event=1`,
      form,
    );
    expect(noStep.status).toBe(400);
    expect(noStep.body.error.message).toBe('该记录没有第2个办理步骤');
    const up = await clerk.upload<{ id: string; sha256: string; size: number; event: number | null }>(
      `/api/ledgers/enforcement_case/${rec.id}/attachments?event=0`,
      form,
    );
    expect(up.status).toBe(201);
    expect(up.body.event).toBe(0);
    expect(up.body.sha256).toBe(crypto.createHash('sha256').update(png).digest('hex'));
    evidence = up.body;
  });

  it('notifies; the decision is refused until 法制审核 passed', async () => {
    rec = await ok(rec, clerk, 'notify', NOTIFY());
    expect(rec.state).toBe('notified');
    const early = await act(rec, leader, 'decide', DECIDE);
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('ACTION_REFUSED');
    expect(early.body.error.message).toContain('须经法制审核通过后才能作出决定');
    expect(early.body.error.message).toContain('立案时认定为重大案件');
  });

  it('法制审核: submitted by the clerk, passed by the legal advisor (not by a clerk)', async () => {
    rec = await ok(rec, clerk, 'submit_review', { reviewSubmittedOn: '2026-10-14' });
    expect(rec.state).toBe('reviewing');
    const pass = {
      reviewedOn: '2026-10-15',
      reviewer: '钱法制',
      reviewChecks: ['subject', 'authority', 'procedure', 'facts', 'basis', 'discretion', 'documents'],
      reviewOpinion: '主体适格，事实清楚，同意',
    };
    const byClerk = await act(rec, clerk, 'review_pass', pass);
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.error.message).toBe('“法制审核通过”需由法律顾问或乡镇领导办理');
    rec = await ok(rec, advisor, 'review_pass', pass);
    expect(rec.state).toBe('reviewed');
    const refused = await act(rec, leader, 'decide', DECIDE);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('须经负责人集体讨论决定');
  });

  it('collective discussion and an extension by the leader, then the decision', async () => {
    rec = await ok(rec, leader, 'discuss', {
      discussedOn: '2026-10-16',
      discussionMinutes: '同意罚款20000元',
    });
    rec = await ok(rec, leader, 'extend', { days: 30, reason: '案情复杂，组织听证和集体讨论' });
    // 07-03 + 120 days = Sat 10-31 → Mon 11-02
    expect(clock(rec, 'decision')).toMatchObject({ due: '2026-11-02' });
    const notANumber = await act(rec, leader, 'decide', { ...DECIDE, fineAmount: '两万' });
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.error).toMatchObject({ code: 'VALIDATION', field: 'fineAmount' });
    expect(notANumber.body.error.message).toContain('「罚款金额」');
    rec = await ok(rec, leader, 'decide', DECIDE);
    expect(rec.state).toBe('decided');
    expect(clock(rec, 'decision')).toMatchObject({ state: 'done', doneOn: '2026-10-19', late: false });
    // 7 working days after Mon 10-19: 10-20…23, 10-26…28
    expect(clock(rec, 'service')).toMatchObject({ due: '2026-10-28', state: 'overdue' });
    expect(clock(rec, 'publicity')).toMatchObject({ due: '2026-10-28', state: 'overdue' });
  });

  it('publishes, serves, executes and closes; clocks and events follow every step', async () => {
    rec = await ok(rec, clerk, 'publish', {
      publishedOn: '2026-10-27',
      publicSummary: '赵某占道经营，罚款20000元',
    });
    expect(rec.state).toBe('decided');
    expect(clock(rec, 'publicity')).toMatchObject({ state: 'done', doneOn: '2026-10-27', late: false });
    rec = await ok(rec, clerk, 'serve', { servedOn: '2026-10-21', serviceMethod: 'direct' });
    expect(rec.state).toBe('served');
    expect(clock(rec, 'service')).toMatchObject({ state: 'done', doneOn: '2026-10-21', late: false });
    rec = await ok(rec, clerk, 'execute', { executedOn: '2026-11-05', paidAmount: 20_000 });
    rec = await ok(rec, clerk, 'close', { closedOn: '2026-11-06' });
    expect(rec.state).toBe('closed');
    expect(rec.stateLabel).toBe('结案归档');

    const detail = await clerk.get<Rec>(`/api/ledgers/enforcement_case/${rec.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.events?.map((e) => `${e.action}@${e.on}`)).toEqual([
      'investigate@2026-07-06',
      'notify@2026-09-24',
      'submit_review@2026-10-14',
      'review_pass@2026-10-15',
      'discuss@2026-10-16',
      // an extension has no date of its own: the day it was recorded (in China)
      `extend@${chinaDay(testNow())}`,
      'decide@2026-10-19',
      'publish@2026-10-27',
      'serve@2026-10-21',
      'execute@2026-11-05',
      'close@2026-11-06',
    ]);
    expect(detail.body.events?.[3]).toMatchObject({ label: '法制审核通过', actorName: '测试legal_advisor' });
    expect(detail.body.clocks.map((c) => `${c.name}:${c.state}`)).toEqual([
      'decision:done',
      'service:done',
      'publicity:done',
    ]);
    expect(detail.body.attachments?.map((a) => a.sha256)).toEqual([evidence.sha256]);
    // a closed case may still be revoked (by the leader); the list of steps does not apply guards,
    // so 公示 is offered, and refused when taken again
    const byLeader = await leader.get<Rec>(`/api/ledgers/enforcement_case/${rec.id}`);
    expect(byLeader.body.actions?.map((a) => a.key)).toEqual(['publish', 'revoke']);
    const again = await act(rec, clerk, 'publish', { publishedOn: '2026-11-06', publicSummary: '重复公示' });
    expect(again.status).toBe(422);
    expect(again.body.error.message).toBe('该决定已公示');
  });

  describe('case-file review by the county', () => {
    let review: Rec;

    it('is refused for a case not yet concluded', async () => {
      const open = await clerk.post<Rec>(
        '/api/ledgers/enforcement_case',
        caseInput({ caseName: '钱某违规搭建案' }),
      );
      expect(open.status).toBe(201);
      const r = await reviewer.post<Err>(`/api/ledgers/case_file_review?unit=${county.townA.id}`, {
        ...reviewInput(),
        case: open.body.id,
      });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toBe('案卷“钱某违规搭建案”尚未办结，办结后才能评查');
    });

    it('the county reviewer scores the closed case, the township answers, the reviewer closes it', async () => {
      const r = await reviewer.post<Rec>(`/api/ledgers/case_file_review?unit=${county.townA.id}`, {
        ...reviewInput(),
        case: rec.id,
      });
      expect(r.status).toBe(201);
      review = r.body;
      expect(review.title).toBe('案卷评查 87分');
      expect(review.state).toBe('scored');
      expect(clock(review, 'rectify')).toMatchObject({ due: '2026-12-10', state: 'normal' });
      const answer = await clerk.post<Rec>(`/api/ledgers/case_file_review/${review.id}/actions/answer`, {
        version: review.version,
        values: { answeredOn: '2026-11-20', answer: '已补正文书，建立文书审核制度' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.state).toBe('answered');
      const byClerk = await clerk.post<Err>(`/api/ledgers/case_file_review/${review.id}/actions/close`, {
        version: answer.body.version,
        values: { closedOn: '2026-11-25' },
      });
      expect(byClerk.status).toBe(403);
      const closed = await reviewer.post<Rec>(`/api/ledgers/case_file_review/${review.id}/actions/close`, {
        version: answer.body.version,
        values: { closedOn: '2026-11-25' },
      });
      expect(closed.status).toBe(200);
      expect(closed.body.stateLabel).toBe('已销号');
      review = closed.body;
    });

    it('a sibling township sees none of it', async () => {
      for (const url of [
        `/api/ledgers/enforcement_case/${rec.id}`,
        `/api/ledgers/enforcement_case/${rec.id}/attachments/${evidence.id}`,
        `/api/ledgers/case_file_review/${review.id}`,
        `/api/ledgers/officer/${officerIds.甲}`,
        `/api/ledgers/enforcement_matter/${matterId}`,
      ])
        expect((await siblingClerk.get(url)).status, url).toBe(404);
      expect(
        (
          await siblingClerk.post(`/api/ledgers/enforcement_case/${rec.id}/actions/revoke`, {
            version: rec.version,
            values: {},
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await siblingClerk.post(`/api/ledgers/case_file_review/${review.id}/actions/answer`, {
            version: review.version,
            values: {},
          })
        ).status,
      ).toBe(404);
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('%PDF-1.4\n')]), 'x.pdf');
      expect(
        (await siblingClerk.upload(`/api/ledgers/enforcement_case/${rec.id}/attachments`, form)).status,
      ).toBe(404);
      for (const kind of ['enforcement_case', 'case_file_review', 'officer', 'enforcement_matter'])
        expect((await siblingClerk.get<{ total: number }>(`/api/ledgers/${kind}`)).body.total, kind).toBe(0);
      // the county sees it
      expect((await reviewer.get(`/api/ledgers/enforcement_case/${rec.id}`)).status).toBe(200);
    });
  });
});

function reviewInput() {
  return {
    reviewedOn: '2026-11-10',
    reviewerName: '县司法局评查组',
    scoreSubject: 15,
    scoreFacts: 14,
    scoreEvidence: 16,
    scoreLaw: 15,
    scoreProcedure: 12,
    scoreDiscretion: 8,
    scoreDocuments: 7,
    findings: '询问笔录未载明告知权利；送达回证缺少签名',
  };
}

describe('较大数额 as a county setting', () => {
  /** A case registered, investigated and notified, ready for a decision. */
  async function notifiedCase(caseName: string): Promise<Rec> {
    const r = await clerk.post<Rec>('/api/ledgers/enforcement_case', caseInput({ caseName }));
    expect(r.status).toBe(201);
    return ok(await ok(r.body, clerk, 'investigate', INVESTIGATE()), clerk, 'notify', NOTIFY());
  }
  const fine = (n: number) => ({ ...DECIDE, fineAmount: n, decisionSummary: `罚款${n}元` });

  it('an admin lowers it for persons; a smaller fine then counts as 重大', async () => {
    const before = await notifiedCase('孙某占道经营案');
    expect((await act(before, leader, 'decide', fine(6_000))).status).toBe(200);

    expect(
      (
        await reviewer.request(
          'PUT',
          `/api/ledger-settings/enforcement.major_fine_person?unit=${county.county.id}`,
          {
            value: 5_000,
          },
        )
      ).status,
    ).toBe(403);
    const put = await admin.request<{ settings: { key: string; value: number }[] }>(
      'PUT',
      `/api/ledger-settings/enforcement.major_fine_person?unit=${county.county.id}`,
      { value: 5_000 },
    );
    expect(put.status).toBe(200);
    expect(put.body.settings.find((s) => s.key === 'enforcement.major_fine_person')?.value).toBe(5_000);

    const after = await notifiedCase('李某占道经营案');
    const refused = await act(after, leader, 'decide', fine(6_000));
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe(
      '该案件属于重大执法决定（罚没金额6000元达到较大数额（个人5000元）），须经法制审核通过后才能作出决定（《行政处罚法》第五十八条）',
    );
    expect((await act(after, leader, 'decide', fine(4_999))).status).toBe(200);
    // the sibling township is in the same county: the setting applies there too
    const listed = await siblingClerk.get<{ key: string; value: number }[]>('/api/ledger-settings');
    expect(listed.body.find((s) => s.key === 'enforcement.major_fine_person')?.value).toBe(5_000);
  });
});
