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
  hearingRightTold: true,
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
    expect(byClerk.body.error.message).toBe('“法制审核通过”需由法律顾问、司法所或乡镇领导办理');
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
    rec = await ok(rec, leader, 'extend', {
      days: 30,
      reason: '案情复杂，组织听证和集体讨论',
      extensionBasis: '《某某行政处罚程序规定》第六十三条',
    });
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
      // the party's 15 days to pay (行政处罚法 Art.67): a reminder, ended by the payment
      'payment:done',
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
      '该案件属于重大执法决定（罚款6000元达到较大数额（个人5000元），列入本县重大执法决定法制审核目录），须经法制审核通过后才能作出决定（《行政处罚法》第五十八条）',
    );
    expect((await act(after, leader, 'decide', fine(4_999))).status).toBe(200);
    // the sibling township is in the same county: the setting applies there too
    const listed = await siblingClerk.get<{ key: string; value: number }[]>('/api/ledger-settings');
    expect(listed.body.find((s) => s.key === 'enforcement.major_fine_person')?.value).toBe(5_000);
  });
});

describe('issue 13: the party is heard, and the other guards of the law, through the API', () => {
  const ids: Record<string, string> = {};
  let matter = '';

  beforeAll(async () => {
    // this block's own officers and matter: it does not lean on the data of the tests above
    for (const [name, legalQualified] of [
      ['子', false],
      ['丑', false],
      ['寅', false],
    ] as const) {
      const r = await clerk.post<Rec>('/api/ledgers/officer', {
        name: `${name}执法`,
        certNumber: `ZF-13${name}`,
        fields: ['comprehensive'],
        issuedOn: '2024-01-15',
        expiresOn: '2028-12-31',
        legalQualified,
      });
      expect(r.status).toBe(201);
      ids[name] = r.body.id;
    }
    const m = await clerk.post<Rec>('/api/ledgers/enforcement_matter', {
      name: '违规堆放杂物',
      type: 'penalty',
      legalBasis: '《某某管理条例》第十条',
      department: '甲镇综合行政执法队',
      listedOn: '2026-01-05',
    });
    expect(m.status).toBe(201);
    matter = m.body.id;
  });

  const crew = () => [ids.子, ids.丑];
  /** A case registered, investigated and told on Mon 2026-11-02. */
  async function toldOn(caseName: string, over: Record<string, unknown> = {}): Promise<Rec> {
    const r = await clerk.post<Rec>('/api/ledgers/enforcement_case', {
      ...caseInput({ caseName, matter, officers: crew(), filedOn: '2026-10-12' }),
      ...over,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const inv = await ok(r.body, clerk, 'investigate', {
      ...INVESTIGATE(),
      stepOn: '2026-10-13',
      officers: crew(),
    });
    return ok(inv, clerk, 'notify', { ...NOTIFY(), noticeOn: '2026-11-02', officers: crew() });
  }
  // below 较大数额 whatever the county set it to above (5,000 or the default 10,000)
  const decideOn = (decidedOn: string, fineAmount = 2_000) => ({
    ...DECIDE,
    decidedOn,
    fineAmount,
    decisionSummary: `罚款${fineAmount}元`,
  });

  it('refuses the decision the day after 告知, naming the 陈述申辩 period; decides once the statement is recorded', async () => {
    const rec = await toldOn('周某堆放杂物案');
    const early = await act(rec, leader, 'decide', decideOn('2026-11-03'));
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({
      code: 'ACTION_REFUSED',
      message:
        '当事人陈述、申辩的期限尚未届满：2026年11月2日告知，期限3个工作日，至2026年11月5日。期满后，或记录当事人的陈述、申辩及复核意见、或其明确放弃后，才能作出决定（《行政处罚法》第四十四、四十五、六十二条）',
    });
    const missing = await act(rec, clerk, 'record_statement', {
      statementOn: '2026-11-03',
      statementForm: 'written',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'VALIDATION', field: 'statementSummary' });
    const heard = await ok(rec, clerk, 'record_statement', {
      statementOn: '2026-11-03',
      statementForm: 'written',
      statementSummary: '当事人称已清理，请求从轻',
      statementAnswer: '经复核，从轻处理',
    });
    const decided = await ok(heard, leader, 'decide', decideOn('2026-11-03'));
    expect(decided.state).toBe('decided');
    const detail = await clerk.get<Rec>(`/api/ledgers/enforcement_case/${rec.id}`);
    expect(detail.body.events?.map((e) => `${e.action}@${e.on}`)).toEqual([
      'investigate@2026-10-13',
      'notify@2026-11-02',
      'record_statement@2026-11-03',
      'decide@2026-11-03',
    ]);
  });

  it('waits the hearing request window where Art.63 gives the right, unless waived', async () => {
    const rec = await toldOn('吴某堆放杂物案');
    const waived = await ok(rec, clerk, 'waive_rights', {
      waivedOn: '2026-11-04',
      waivedRights: ['statement'],
      waiverForm: 'written',
    });
    const refused = await act(waived, leader, 'decide', decideOn('2026-11-06', 20_000));
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('申请听证的期限为告知后5个工作日，至2026年11月9日');
  });

  it('refuses a reviewer who investigated, and a first-time reviewer without 法律职业资格', async () => {
    const rec = await toldOn('郑某堆放杂物案', { major: true });
    const reviewing = await ok(rec, clerk, 'submit_review', { reviewSubmittedOn: '2026-11-03' });
    const pass = {
      reviewedOn: '2026-11-04',
      reviewer: '寅执法',
      reviewChecks: ['subject', 'authority', 'procedure', 'facts', 'basis', 'discretion', 'documents'],
      reviewOpinion: '同意',
    };
    const investigator = await act(reviewing, advisor, 'review_pass', { ...pass, reviewerOfficer: ids.子 });
    expect(investigator.status).toBe(422);
    expect(investigator.body.error.message).toContain('法制审核人员不得是本案的调查人员：子执法（ZF-13子）');
    const firstTime = await act(reviewing, advisor, 'review_pass', {
      ...pass,
      reviewerOfficer: ids.寅,
      reviewerFirstTime: true,
    });
    expect(firstTime.status).toBe(422);
    expect(firstTime.body.error.message).toBe(
      '初次从事行政处罚决定法制审核的人员应当取得法律职业资格（《行政处罚法》第五十八条第二款）；寅执法（ZF-13寅）在执法人员名册中未登记法律职业资格',
    );
    const passed = await ok(reviewing, advisor, 'review_pass', { ...pass, reviewerOfficer: ids.寅 });
    expect(passed.state).toBe('reviewed');
  });

  it('refuses an extension of the 90 days that names no rule', async () => {
    const rec = await toldOn('冯某堆放杂物案');
    const r = await act(rec, leader, 'extend', {
      days: 30,
      reason: '案情复杂',
      extensionBasis: '领导同意延长',
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain('没有依据的，不能延长（《行政处罚法》第六十条）');
  });

  it('withholds publication only for a legal reason, and the case can then close', async () => {
    const rec = await toldOn('陈某堆放杂物案');
    const decided = await ok(rec, leader, 'decide', decideOn('2026-11-06'));
    const bad = await act(decided, leader, 'withhold_publicity', {
      withheldOn: '2026-11-09',
      withholdReason: 'inconvenient',
      withholdBasis: '不便公开',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('withholdReason');
    const withheld = await ok(decided, leader, 'withhold_publicity', {
      withheldOn: '2026-11-09',
      withholdReason: 'personal_privacy',
      withholdBasis: '决定书载明当事人病情，属个人隐私',
    });
    expect(clock(withheld, 'publicity')).toMatchObject({ state: 'done', doneOn: '2026-11-09' });
    const served = await ok(withheld, clerk, 'serve', { servedOn: '2026-11-09', serviceMethod: 'direct' });
    expect((await ok(served, clerk, 'close', { closedOn: '2026-11-10' })).state).toBe('closed');
  });

  it('refuses the court application before a 催告 and 10 working days after it', async () => {
    const rec = await toldOn('褚某堆放杂物案');
    const decided = await ok(rec, leader, 'decide', decideOn('2026-11-06'));
    const served = await ok(decided, clerk, 'serve', { servedOn: '2026-11-06', serviceMethod: 'direct' });
    // 11-06 + 15 days = Sat 11-21, a rest day → Mon 11-23: the party's reminder has ended by today (11-25)
    expect(clock(served, 'payment')).toMatchObject({ due: '2026-11-23', state: 'done' });
    const noUrge = await act(served, leader, 'apply_court', {
      appliedOn: '2026-11-25',
      court: '某县人民法院',
    });
    expect(noUrge.status).toBe(422);
    expect(noUrge.body.error.message).toContain('请先记录催告');
    const tooSoon = await act(served, clerk, 'urge', {
      urgedOn: '2026-11-23',
      urgeContent: '限期十日缴纳罚款',
    });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.error.message).toContain('至2026年11月23日）尚未届满，不能催告');
    const urged = await ok(served, clerk, 'urge', { urgedOn: '2026-11-24', urgeContent: '限期十日缴纳罚款' });
    const early = await act(urged, leader, 'apply_court', { appliedOn: '2026-11-25', court: '某县人民法院' });
    expect(early.status).toBe(422);
    // 11-25 (1) … 12-08 (10): the earliest day is Wed 12-09
    expect(early.body.error.message).toContain('最早2026年12月9日申请');
  });

  it('transfers a case to the judicial organs, which ends it', async () => {
    const rec = await toldOn('卫某堆放杂物案');
    const byClerk = await act(rec, clerk, 'transfer_judicial', {
      transferredOn: '2026-11-04',
      receivingOrgan: '某县公安局',
      transferReason: '涉嫌犯罪',
    });
    expect(byClerk.status).toBe(403);
    const moved = await ok(rec, leader, 'transfer_judicial', {
      transferredOn: '2026-11-04',
      receivingOrgan: '某县公安局',
      transferReason: '数额较大，涉嫌犯罪',
    });
    expect(moved.stateLabel).toBe('已移送司法机关');
    expect(clock(moved, 'decision')).toMatchObject({ state: 'done', doneOn: '2026-11-04' });
  });
});
