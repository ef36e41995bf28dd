import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * The grassroots kinds of issue 16 §3 over HTTP: each registered, moved through its steps by the
 * roles allowed, listed (masked), exported, and counted in the year's indicators. The test day
 * is 2026-11-25 (server/test/clock.ts).
 */

interface Clock {
  name: string;
  due: string;
  state: string;
}
interface Rec {
  id: string;
  state: string;
  version: number;
  title: string;
  data: Record<string, unknown>;
  clocks: Clock[];
  events?: { action: string; warning: string | null }[];
}
type Err = { error: { code: string; message: string; field?: string } };
type List = { items: Rec[]; total: number };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let judicial: HttpClient;
let sibling: HttpClient;

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  const login = async (unit: TestCounty['townA'], role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerk = await login(county.townA, 'township_clerk');
  leader = await login(county.townA, 'township_leader');
  judicial = await login(county.townA, 'judicial_office');
  sibling = await login(county.townB, 'township_clerk');
});

async function step(
  who: HttpClient,
  kind: string,
  rec: Rec,
  action: string,
  values: Record<string, unknown>,
) {
  return who.post<Rec & Err>(`/api/ledgers/${kind}/${rec.id}/actions/${action}`, {
    version: rec.version,
    values,
  });
}

async function created(who: HttpClient, kind: string, values: Record<string, unknown>): Promise<Rec> {
  const r = await who.post<Rec & Err>(`/api/ledgers/${kind}`, values);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function sheet(url: string): Promise<ExcelJS.Worksheet> {
  const res = await clerk.raw(url);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0] as ExcelJS.Worksheet;
}

const rules = (over: Record<string, unknown> = {}) => ({
  village: county.villageA.id,
  docType: '村规民约',
  title: '甲村村规民约',
  meeting: '村（居）民会议',
  adoptedOn: '2023-05-08',
  submittedOn: '2023-05-12',
  ...over,
});

describe('村规民约备案审查', () => {
  it('is reviewed by the 司法所, corrected, filed, and revised as a new version linked to it', async () => {
    let v1 = await created(clerk, 'village_rule', rules());
    expect(v1.state).toBe('submitted');
    // the clerk registers what the village submits but does not review it
    expect(
      (
        await step(clerk, 'village_rule', v1, 'file', {
          reviewedOn: '2023-05-20',
          reviewer: '甲',
          opinion: '合法',
        })
      ).status,
    ).toBe(403);
    const ordered = await step(judicial, 'village_rule', v1, 'order_correction', {
      correctionOrderedOn: '2023-05-22',
      problems: ['侵犯村（居）民合法财产权利'],
      correctionNote: '第九条以罚款代替管理，应删除',
    });
    expect(ordered.status).toBe(200);
    expect(ordered.body.state).toBe('correcting');
    v1 = (
      await step(clerk, 'village_rule', ordered.body, 'resubmit', {
        resubmittedOn: '2023-06-05',
        resubmitNote: '已删除第九条',
      })
    ).body;
    v1 = (
      await step(judicial, 'village_rule', v1, 'file', {
        reviewedOn: '2023-06-12',
        reviewer: '司法所 李明',
        opinion: '予以备案',
      })
    ).body;
    expect(v1.state).toBe('filed');
    // the review clock ran again from the resubmission and stopped on time
    expect(v1.clocks.find((c) => c.name === 'review')).toMatchObject({ state: 'done', due: '2023-07-05' });

    // a revision names the version it replaces; one of another type is refused, naming the field
    const wrong = await clerk.post<Err>('/api/ledgers/village_rule', {
      ...rules({ docType: '村民自治章程', title: '甲村村民自治章程' }),
      previous: v1.id,
      adoptedOn: '2026-03-20',
      submittedOn: '2026-03-25',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ field: 'previous' });
    expect(wrong.body.error.message).toContain('与本件类型不同');
    const v2 = await created(clerk, 'village_rule', {
      ...rules({ title: '甲村村规民约（2026年修订）' }),
      previous: v1.id,
      adoptedOn: '2026-03-20',
      submittedOn: '2026-03-25',
    });
    expect(v2.title).toBe('甲村村规民约（2026年修订）');
    const filed = await step(judicial, 'village_rule', v2, 'file', {
      reviewedOn: '2026-04-08',
      reviewer: '司法所',
      opinion: '予以备案',
    });
    expect(filed.body.state).toBe('filed');
    expect(
      (
        await step(clerk, 'village_rule', v1, 'repeal', {
          repealedOn: '2026-04-08',
          repealReason: '修订后新版本备案',
        })
      ).body.state,
    ).toBe('repealed');
    // a filed version is never deleted
    const del = await clerk.request<Err>(
      'DELETE',
      `/api/ledgers/village_rule/${v2.id}?version=${filed.body.version}&reason=${encodeURIComponent('误登记')}`,
    );
    expect(del.status).toBe(422);
    expect(del.body.error.message).toContain('只能废止');
    expect((await sibling.get(`/api/ledgers/village_rule/${v2.id}`)).status).toBe(404);
  });
});

describe('民主法治示范村、法律明白人、重点人员', () => {
  it('names a 示范村 and rechecks it; lists and exports the roster with personal data masked; links risks to disputes and petitions', async () => {
    let title = await created(clerk, 'model_village', {
      village: county.villageA.id,
      level: '市级',
      appliedOn: '2025-03-10',
    });
    title = (
      await step(clerk, 'model_village', title, 'name', { namedOn: '2025-06-16', namedBy: '示例市命名文件' })
    ).body;
    title = (
      await step(clerk, 'model_village', title, 'recheck', {
        recheckedOn: '2026-06-15',
        recheckResult: '保留称号',
      })
    ).body;
    expect(title.state).toBe('named');
    // 730 days from the latest recheck: 2028-06-14 (2028 has a 29 February), provisional as
    // 2028's holidays are not entered yet
    expect(title.clocks).toEqual([
      expect.objectContaining({
        name: 'recheck',
        start: '2026-06-15',
        due: '2028-06-14',
        state: 'provisional',
      }),
    ]);

    let aide = await created(clerk, 'legal_aide', {
      name: '孙桂英',
      village: county.villageA.id,
      role: '网格员',
      phone: '13800005555',
      appointedOn: '2025-04-01',
      batch: '2025年第一批',
    });
    aide = (
      await step(clerk, 'legal_aide', aide, 'train', { trainedOn: '2026-05-20', hours: 4, topic: '民法典' })
    ).body;
    aide = (
      await step(clerk, 'legal_aide', aide, 'train', { trainedOn: '2026-09-02', hours: 6, topic: '人民调解' })
    ).body;
    expect(aide.state).toBe('active');
    const list = await clerk.get<List>('/api/ledgers/legal_aide');
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]?.data.phone).toBe('138****5555');
    expect((await sibling.get<List>('/api/ledgers/legal_aide')).body.total).toBe(0);
    const ws = await sheet('/api/ledgers/legal_aide/export.xlsx');
    expect(ws.actualRowCount).toBe(2);
    const row = JSON.stringify(ws.getRow(2).values);
    expect(row).toContain('孙桂英');
    expect(row).toContain('138****5555');
    expect(row).not.toContain('13800005555');

    const dispute = await created(clerk, 'dispute', {
      registeredOn: '2026-10-09',
      source: 'visit',
      type: '宅基地',
      village: county.villageA.id,
      parties: [{ name: '钱大有' }, { name: '赵小满' }],
      summary: '两户宅基地边界争议',
      riskLevel: 'high',
    });
    const petition = await created(clerk, 'petition', {
      receivedOn: '2026-10-12',
      channel: 'letter',
      origin: 'direct',
      people: 1,
      parties: [{ name: '钱大有' }],
      subject: '反映宅基地边界争议',
      category: 'land',
      content: '要求镇里确认边界',
    });
    const risk = await created(clerk, 'risk_assessment', {
      identifiedOn: '2026-10-15',
      meeting: '月度研判会',
      name: '钱大有',
      phone: '13800006666',
      village: county.villageA.id,
      riskTypes: ['心态失衡', '性格偏执'],
      level: '高风险',
      situation: '宅基地争议未解，多次扬言过激',
      measures: '包村干部每周走访，司法所组织调解',
      responsible: '副镇长 刘芳',
      disputes: [dispute.id],
      petitions: [petition.id],
    });
    // listed as high risk on 10-15: reviewed again within 7 days, by 10-22
    expect(risk.clocks).toEqual([
      expect.objectContaining({ name: 'review_high', due: '2026-10-22', state: 'overdue' }),
    ]);
    const reviewed = (
      await step(clerk, 'risk_assessment', risk, 'review', {
        reviewedOn: '2026-11-20',
        level: '中风险',
        reviewNote: '情绪趋稳',
      })
    ).body;
    expect(reviewed.clocks).toEqual([
      expect.objectContaining({ name: 'review_medium', due: '2026-12-07', state: 'normal' }),
    ]);
    // 销号 while the linked dispute is still open: allowed, with the warning kept on the step
    expect(
      (
        await step(clerk, 'risk_assessment', reviewed, 'resolve', {
          resolvedOn: '2026-11-24',
          resolveNote: '已化解',
        })
      ).status,
    ).toBe(403);
    const resolved = await step(leader, 'risk_assessment', reviewed, 'resolve', {
      resolvedOn: '2026-11-24',
      resolveNote: '调解达成协议',
    });
    expect(resolved.body.state).toBe('resolved');
    const detail = await clerk.get<Rec>(`/api/ledgers/risk_assessment/${risk.id}`);
    expect(detail.body.events?.at(-1)?.warning).toContain(
      `关联事项尚未办结：${dispute.title}、${petition.title}`,
    );
    // a township may not link another township's records
    const foreign = await sibling.post<Err>('/api/ledgers/risk_assessment', {
      identifiedOn: '2026-10-15',
      meeting: '月度研判会',
      name: '某人',
      riskTypes: ['其他'],
      level: '低风险',
      situation: '情况',
      measures: '措施',
      responsible: '某干部',
      disputes: [dispute.id],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('disputes');
    const risks = await sheet('/api/ledgers/risk_assessment/export.xlsx');
    expect(JSON.stringify(risks.getRow(2).values)).toContain(dispute.title);

    // the year's figures count them
    const ind = await clerk.get<{ values: Record<string, { value: number | null }> }>(
      `/api/indicators?unit=${county.townA.id}&year=2026`,
    );
    expect(ind.status).toBe(200);
    expect(ind.body.values['publicity.model_villages']?.value).toBe(1);
    expect(ind.body.values['dispute.legal_aides']?.value).toBe(1);
    expect(ind.body.values['dispute.risk_persons']?.value).toBe(1);
  });
});
