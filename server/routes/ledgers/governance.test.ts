import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Clock {
  name: string;
  due: string;
  state: string;
  explanation: string;
}
interface Rec {
  id: string;
  state: string;
  version: number;
  data: Record<string, unknown>;
  clocks: Clock[];
}
type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let advisor: HttpClient;
let sibling: HttpClient;

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  const login = async (unit: TestCounty['townA'], role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerk = await login(county.townA, 'township_clerk');
  leader = await login(county.townA, 'township_leader');
  advisor = await login(county.townA, 'legal_advisor');
  sibling = await login(county.townB, 'township_clerk');
});

/** Takes a step on the current version and returns the record after it (or the error). */
async function step(
  who: HttpClient,
  kind: string,
  rec: Rec,
  action: string,
  values: Record<string, unknown> = {},
) {
  return who.post<Rec & Err>(`/api/ledgers/${kind}/${rec.id}/actions/${action}`, {
    version: rec.version,
    values,
  });
}

describe('major decisions (重大行政决策)', () => {
  it('keeps the statutory order: no collective decision without a passed legality review', async () => {
    const created = await clerk.post<Rec>('/api/ledgers/major_decision', {
      initiatedOn: '2026-03-02',
      title: '镇区农贸市场搬迁改造',
      sponsor: '镇规划建设办',
      specialist: true,
      summary: '将农贸市场搬迁至新址并配套停车场',
    });
    expect(created.status).toBe(201);
    let rec = created.body;
    rec = (await step(clerk, 'major_decision', rec, 'draft', { draftedOn: '2026-03-10' })).body;
    const short = await step(clerk, 'major_decision', rec, 'consult', {
      consultFrom: '2026-03-11',
      consultTo: '2026-03-25',
      consultChannel: '镇政府公示栏、网站',
    });
    expect(short.status).toBe(422);
    expect(short.body.error.message).toContain('不少于30日');
    rec = (
      await step(clerk, 'major_decision', rec, 'consult', {
        consultFrom: '2026-03-11',
        consultTo: '2026-04-13',
        consultChannel: '镇政府公示栏、网站',
        opinions: 12,
      })
    ).body;
    expect(rec.state).toBe('consulted');

    const early = await step(leader, 'major_decision', rec, 'decide', {
      decidedOn: '2026-04-20',
      meetingName: '镇党政联席会议',
      minutes: '同意搬迁方案',
      dissent: '无',
      outcome: 'approved',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('未经合法性审查或审查未通过的，不得提交集体讨论');

    const noExpert = await step(clerk, 'major_decision', rec, 'submit_review', {
      reviewSubmittedOn: '2026-04-14',
    });
    expect(noExpert.status).toBe(422);
    expect(noExpert.body.error.message).toContain('专家论证');
    rec = (
      await step(clerk, 'major_decision', rec, 'expert', {
        expertOn: '2026-04-14',
        experts: '规划、交通专家三名',
        expertOpinion: '选址可行',
      })
    ).body;
    rec = (await step(clerk, 'major_decision', rec, 'submit_review', { reviewSubmittedOn: '2026-04-14' }))
      .body;
    expect(rec.state).toBe('reviewing');
    // the clerk may not review; the township's legal advisor does
    expect((await step(clerk, 'major_decision', rec, 'review_pass', {})).status).toBe(403);
    const reviewed = await step(advisor, 'major_decision', rec, 'review_pass', {
      reviewedOn: '2026-04-16',
      reviewer: '法律顾问',
      reviewOpinion: '程序合法，内容合法',
    });
    expect(reviewed.status).toBe(200);
    rec = reviewed.body;
    const detail = await clerk.get<{ events: { action: string; warning: string | null }[] }>(
      `/api/ledgers/major_decision/${rec.id}`,
    );
    // two working days of review: allowed, with the warning recorded on the step
    expect(detail.body.events.at(-1)?.warning).toContain('少于7个工作日');
    const decided = await step(leader, 'major_decision', rec, 'decide', {
      decidedOn: '2026-04-20',
      meetingName: '镇党政联席会议',
      minutes: '同意搬迁方案',
      dissent: '无',
      outcome: 'approved',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.state).toBe('decided');
    expect((await sibling.get(`/api/ledgers/major_decision/${rec.id}`)).status).toBe(404);
  });
});

describe('disclosure requests (依申请公开)', () => {
  it('pauses the answer clock while a third party is consulted and resumes it after', async () => {
    const created = await clerk.post<Rec>('/api/ledgers/disclosure_request', {
      receivedOn: '2026-09-28',
      receiptMethod: 'in_person',
      applicant: '陈文华',
      content: '申请公开本村2025年土地征收补偿费用发放明细',
    });
    expect(created.status).toBe(201);
    // 20 working days from 09-28 across 国庆 (10-10 is a make-up Saturday)
    expect(created.body.clocks.find((c) => c.name === 'answer')?.due).toBe('2026-10-30');
    let rec = created.body;
    rec = (
      await step(clerk, 'disclosure_request', rec, 'consult_start', {
        consultFrom: '2026-10-12',
        thirdParty: '某村民小组',
      })
    ).body;
    const paused = rec.clocks.find((c) => c.name === 'answer');
    expect(paused?.explanation).toContain('暂停');
    rec = (await step(clerk, 'disclosure_request', rec, 'consult_end', { consultTo: '2026-10-19' })).body;
    const resumed = rec.clocks.find((c) => c.name === 'answer');
    // the consultation days count from the day it was sent to the day the answer came, both
    // included: six working days (10-12 … 10-19), so 10-30 becomes 11-09
    expect(resumed?.due).toBe('2026-11-09');
    expect(resumed?.explanation).toContain('暂停计算');
    const again = await step(clerk, 'disclosure_request', rec, 'consult_end', { consultTo: '2026-10-20' });
    expect(again.status).toBe(422);
    const answered = await step(clerk, 'disclosure_request', rec, 'answer', {
      answeredOn: '2026-11-05',
      outcome: 'provided',
      answerText: '予以提供，见附件',
    });
    expect(answered.body.state).toBe('answered');
    expect(answered.body.clocks.find((c) => c.name === 'answer')).toMatchObject({ state: 'done' });
  });
});

describe('litigation (行政诉讼)', () => {
  it('records whether the head appeared, and asks why when not', async () => {
    const created = await clerk.post<Rec>('/api/ledgers/litigation_case', {
      receivedOn: '2026-09-20',
      type: 'litigation',
      counterparty: '某建材公司',
      organ: '县人民法院',
      disputedAct: '责令停产停业决定',
    });
    expect(created.status).toBe(201);
    // 15 days after 09-20 is 10-05 (国庆): moved to 10-08
    expect(created.body.clocks).toEqual([
      expect.objectContaining({ name: 'answer_litigation', due: '2026-10-08' }),
    ]);
    let rec = (
      await step(clerk, 'litigation_case', created.body, 'answer', {
        answeredOn: '2026-09-30',
        answerSummary: '程序合法',
      })
    ).body;
    const absent = await step(clerk, 'litigation_case', rec, 'hearing', {
      hearingOn: '2026-10-20',
      headAppeared: false,
    });
    expect(absent.status).toBe(422);
    expect(absent.body.error.message).toContain('委托出庭的工作人员和不能出庭的理由');
    rec = (
      await step(clerk, 'litigation_case', rec, 'hearing', {
        hearingOn: '2026-10-20',
        headAppeared: true,
        headName: '镇长',
      })
    ).body;
    expect(rec.state).toBe('answered');
  });
});

describe('every new kind has its Excel template', () => {
  it('serves the exam template with its columns', async () => {
    const res = await clerk.raw('/api/ledgers/exam/template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const header = ((wb.worksheets[0] as ExcelJS.Worksheet).getRow(1).values as unknown[])
      .filter(Boolean)
      .map(String);
    expect(header.some((h) => h.includes('应参考人数'))).toBe(true);
    expect(header.some((h) => h.includes('合格人数'))).toBe(true);
  });
});

describe('filters on several villages and on yes/no fields', () => {
  it('finds an advisor by one of the villages served, and decisions by 列入目录', async () => {
    const a = await clerk.post<Rec>('/api/ledgers/legal_advisor', {
      name: '周律师',
      type: 'advisor',
      contractFrom: '2026-01-01',
      contractTo: '2026-12-31',
      villages: ['甲村'],
    });
    expect(a.status).toBe(201);
    expect(a.body.data.villages).toEqual([county.villageA.id]);
    const hit = await clerk.get<{ items: Rec[] }>(
      `/api/ledgers/legal_advisor?f.villages=${county.villageA.id}`,
    );
    expect(hit.body.items.map((r) => r.id)).toEqual([a.body.id]);
    const other = await clerk.post<Err>('/api/ledgers/legal_advisor', {
      name: '吴律师',
      type: 'advisor',
      contractFrom: '2026-01-01',
      contractTo: '2026-12-31',
      villages: ['乙村'],
    });
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('“乙村”不是本乡镇的村（社区）');

    const listed = await clerk.post<Rec>('/api/ledgers/major_decision', {
      initiatedOn: '2026-02-02',
      title: '年度目录内事项',
      sponsor: '党政办',
      inCatalogue: true,
      summary: '列入年度目录的决策事项',
    });
    expect(listed.status).toBe(201);
    const inCatalogue = await clerk.get<{ items: Rec[] }>('/api/ledgers/major_decision?f.inCatalogue=true');
    expect(inCatalogue.body.items.map((r) => r.id)).toEqual([listed.body.id]);
    const notIn = await clerk.get<{ items: Rec[] }>('/api/ledgers/major_decision?f.inCatalogue=false');
    expect(notIn.body.items.map((r) => r.id)).not.toContain(listed.body.id);
  });
});
