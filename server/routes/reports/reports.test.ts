import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../core/report/model';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface View {
  id: string;
  year: number;
  status: string;
  version: number;
  revision: number;
  frozen: boolean;
  document: ReportDocument;
  rendered: { title: string; blocks: { kind: string; text: string; paragraphId?: string }[] };
  checks: { severity: string; code: string; message: string; paragraphId?: string }[];
  deadlines: { key: string; due: string; state: string }[];
  canEdit: boolean;
  actions: { action: string }[];
  returnReason: string | null;
}

// no PDF converter here, whatever the machine has: reportPdf.test.ts tests conversion and its cache
const server = setupTestServer({ FAZHI_PDF_CONVERTER: 'off' });
let c: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let secondLeader: HttpClient;
let reviewer: HttpClient;
let otherClerk: HttpClient;
let view: View;

const errors = (v: View) => v.checks.filter((x) => x.severity === 'error');
/** The first paragraph of the first part: composed from data, so editable text. */
const firstParagraph = (v: View) => {
  const p = v.document.parts[0]?.sections[0]?.paragraphs[0] ?? v.document.parts[0]?.intro[0];
  if (!p) throw new Error('no paragraph');
  return p;
};

beforeAll(async () => {
  const db = server.database.db;
  c = await buildCounty(db);
  clerk = await server.client().login((await buildUser(db, c.townA, 'township_clerk')).username);
  leader = await server.client().login((await buildUser(db, c.townA, 'township_leader')).username);
  secondLeader = await server.client().login((await buildUser(db, c.townA, 'township_leader')).username);
  reviewer = await server.client().login((await buildUser(db, c.county, 'county_reviewer')).username);
  otherClerk = await server.client().login((await buildUser(db, c.townB, 'township_clerk')).username);
});

describe('annual report: draft, check, approve, report, publish', () => {
  it('follows the county’s submission date in the list and the view', async () => {
    const admin = await server
      .client()
      .login((await buildUser(server.database.db, c.county, 'admin')).username);
    const set = await admin.request(
      'PUT',
      `/api/ledger-settings/annual_report.submit_before?unit=${c.county.id}`,
      {
        value: 215,
      },
    );
    expect(set.status).toBe(200);
    const r = await otherClerk.post<View>('/api/reports', { year: 2024 });
    expect(r.body.deadlines.map((d) => d.due)).toEqual(['2025-02-14', '2025-03-31']);
    const list = await otherClerk.get<{
      items: { year: number; deadlines: { key: string; due: string; state: string }[] }[];
    }>('/api/reports?year=2024');
    expect(list.body.items[0]?.deadlines.map((d) => [d.key, d.due, d.state])).toEqual([
      ['submit', '2025-02-14', 'overdue'],
      ['publish', '2025-03-31', 'overdue'],
    ]);
    await admin.request('PUT', `/api/ledger-settings/annual_report.submit_before?unit=${c.county.id}`, {
      value: 301,
    });
  });

  it('drafts last year’s report from the ledgers, in the statutory order', async () => {
    const r = await clerk.post<View>('/api/reports', { year: 2025 });
    expect(r.status).toBe(201);
    view = r.body;
    expect(view.status).toBe('draft');
    expect(view.canEdit).toBe(true);
    expect(view.rendered.title).toBe('中共甲镇委员会 甲镇人民政府关于2025年法治政府建设工作情况的报告');
    expect(view.document.parts.map((p) => p.key).slice(0, 4)).toEqual([
      'measures_and_results',
      'shortcomings',
      'first_responsible_person',
      'next_year_plan',
    ]);
    const headings = view.rendered.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('四、2026年推进法治政府建设的主要安排');
    expect(errors(view)).toEqual([]);
    expect(view.deadlines.map((d) => [d.key, d.due])).toEqual([
      ['submit', '2026-02-28'],
      ['publish', '2026-03-31'],
    ]);
  });

  it('refuses a second draft of the same year and a draft for a year not begun', async () => {
    const again = await clerk.post<{ error: { code: string; message: string } }>('/api/reports', {
      year: 2025,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已经起草');
    const future = await clerk.post<{ field: string }>('/api/reports', { year: 2099 });
    expect(future.status).toBe(400);
  });

  it('keeps the report from other townships and lets the county read it', async () => {
    expect((await otherClerk.get(`/api/reports/${view.id}`)).status).toBe(404);
    expect((await reviewer.get(`/api/reports/${view.id}`)).status).toBe(200);
    const list = await reviewer.get<{ items: { id: string }[]; missing: { unitName: string }[] }>(
      '/api/reports?year=2025',
    );
    expect(list.body.items.map((i) => i.id)).toContain(view.id);
    expect(list.body.missing.map((m) => m.unitName)).toEqual(expect.arrayContaining(['乙镇', c.county.name]));
  });

  it('blocks submission when a paragraph names another township, naming the paragraph', async () => {
    const p = firstParagraph(view);
    const r = await clerk.request<View>('PUT', `/api/reports/${view.id}/paragraphs/${p.id}`, {
      version: view.version,
      text: '乙镇党委、政府高度重视法治政府建设，全年召开专题会议研究部署。',
    });
    expect(r.status).toBe(200);
    view = r.body;
    const blocking = errors(view);
    expect(blocking.map((x) => x.code)).toContain('unit_name');
    expect(blocking.find((x) => x.code === 'unit_name')?.paragraphId).toBe(p.id);
    const submit = await clerk.post<{ error: { code: string; message: string } }>(
      `/api/reports/${view.id}/submit`,
      {
        version: view.version,
      },
    );
    expect(submit.status).toBe(422);
    expect(submit.body.error.message).toContain('必须修改');
  });

  it('answers a stale edit with 409 and changes nothing', async () => {
    const p = firstParagraph(view);
    const stale = await clerk.request('PUT', `/api/reports/${view.id}/paragraphs/${p.id}`, {
      version: view.version - 1,
      text: '不应保存的内容。',
    });
    expect(stale.status).toBe(409);
    const now = await clerk.get<View>(`/api/reports/${view.id}`);
    expect(now.body.version).toBe(view.version);
  });

  it('submits once fixed; only the leader approves, which freezes the text as revision 1', async () => {
    const p = firstParagraph(view);
    view = (
      await clerk.request<View>('PUT', `/api/reports/${view.id}/paragraphs/${p.id}`, {
        version: view.version,
        text: '甲镇党委、政府高度重视法治政府建设，全年召开专题会议研究部署。',
      })
    ).body;
    expect(errors(view)).toEqual([]);
    view = (await clerk.post<View>(`/api/reports/${view.id}/submit`, { version: view.version })).body;
    expect(view.status).toBe('submitted');
    expect(view.canEdit).toBe(false);
    const byClerk = await clerk.post<{ error: { message: string } }>(`/api/reports/${view.id}/approve`, {
      version: view.version,
    });
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.error.message).toBe('只有乡镇领导可以批准');
    view = (await leader.post<View>(`/api/reports/${view.id}/approve`, { version: view.version })).body;
    expect(view.status).toBe('approved');
    expect(view.frozen).toBe(true);
    expect(view.revision).toBe(1);
    const versions = await leader.get<{ revision: number }[]>(`/api/reports/${view.id}/versions`);
    expect(versions.body.map((v) => v.revision)).toEqual([1]);
    const edit = await clerk.request('PUT', `/api/reports/${view.id}/paragraphs/${p.id}`, {
      version: view.version,
      text: '批准后修改。',
    });
    expect(edit.status).toBe(422);
  });

  it('is reported to the county, sent back with a reason, and comes back as a draft', async () => {
    type Refusal = { error: { message: string } };
    // 报送 waits for the 签发人 and the review at a 党委会 or 政府常务会议 (督察工作规定第二十五条)
    const unsigned = await clerk.post<Refusal>(`/api/reports/${view.id}/report`, { version: view.version });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.error.message).toBe('报送前须填写签发人');
    view = (
      await clerk.post<View>(`/api/reports/${view.id}/issuance`, {
        version: view.version,
        part: 'addressing',
        mainTo: `${c.county.name}委、${c.county.name}人民政府`,
        copyTo: `${c.county.name}委依法治县办`,
        signer: '王建国',
      })
    ).body;
    const unreviewed = await clerk.post<Refusal>(`/api/reports/${view.id}/report`, { version: view.version });
    expect(unreviewed.body.error.message).toBe(
      '报送前须记录报告经党委会或政府常务会议审议的情况（会议和日期）（《法治政府建设与责任落实督察工作规定》第二十五条）',
    );
    const future = await clerk.post<Refusal>(`/api/reports/${view.id}/issuance`, {
      version: view.version,
      part: 'meeting',
      body: 'party_committee',
      date: '2026-12-31',
    });
    expect(future.body.error.message).toBe('日期不能晚于今天');
    view = (
      await clerk.post<View>(`/api/reports/${view.id}/issuance`, {
        version: view.version,
        part: 'meeting',
        body: 'party_committee',
        date: '2026-11-20',
      })
    ).body;
    expect((view as View & { issuance: unknown }).issuance).toEqual({
      mainTo: `${c.county.name}委、${c.county.name}人民政府`,
      copyTo: `${c.county.name}委依法治县办`,
      signer: '王建国',
      meeting: { body: 'party_committee', date: '2026-11-20' },
      secrecy: null,
    });
    view = (await clerk.post<View>(`/api/reports/${view.id}/report`, { version: view.version })).body;
    expect(view.status).toBe('reported');
    // it reaches the county's 报告审查 as a file, read back and analyzed there
    const reviews =
      await reviewer.get<{ fileName: string; reportUnit: string | null; reportYear: number | null }[]>(
        '/api/reviews',
      );
    const sent = reviews.body.find((r) => r.fileName === '甲镇2025年法治政府建设年度报告.docx');
    expect(sent).toMatchObject({ reportUnit: '甲镇', reportYear: 2025 });
    const noReason = await reviewer.post(`/api/reports/${view.id}/send_back`, { version: view.version });
    expect(noReason.status).toBe(400);
    view = (
      await reviewer.post<View>(`/api/reports/${view.id}/send_back`, {
        version: view.version,
        reason: '请补充第一责任人述法情况',
      })
    ).body;
    expect(view.status).toBe('draft');
    expect(view.returnReason).toBe('请补充第一责任人述法情况');
    expect(view.frozen).toBe(false);
    // the review was of the old text: it must be held again
    expect((view as View & { issuance: { meeting: unknown; signer: string } }).issuance).toMatchObject({
      meeting: null,
      signer: '王建国',
    });
  });

  it('is approved again as revision 2, reported, published, and then public with its .docx', async () => {
    type Refusal = { error: { message: string } };
    // the leader who submits does not approve: another leader does
    view = (await leader.post<View>(`/api/reports/${view.id}/submit`, { version: view.version })).body;
    const own = await leader.post<Refusal>(`/api/reports/${view.id}/approve`, { version: view.version });
    expect(own.status).toBe(422);
    expect(own.body.error.message).toBe('提交审批的人不能同时审批同一报告，请由其他有权限的人员审批');
    view = (await secondLeader.post<View>(`/api/reports/${view.id}/approve`, { version: view.version })).body;
    expect(view.revision).toBe(2);
    view = (
      await leader.post<View>(`/api/reports/${view.id}/issuance`, {
        version: view.version,
        part: 'meeting',
        body: 'executive_meeting',
        date: '2026-11-24',
      })
    ).body;
    view = (await leader.post<View>(`/api/reports/${view.id}/report`, { version: view.version })).body;
    const anon = server.client();
    expect((await anon.get(`/api/public/reports/${view.id}`)).status).toBe(404);
    // 公开 waits for the 保密审查 (政府信息公开条例第十七条), and only a passed one
    const unreviewed = await leader.post<Refusal>(`/api/reports/${view.id}/publish`, {
      version: view.version,
    });
    expect(unreviewed.body.error.message).toBe(
      '公开发布前须完成保密审查并记录审查人、日期和结论（《中华人民共和国政府信息公开条例》第十七条）',
    );
    const secrecy = { part: 'secrecy', reviewer: '李明', date: '2026-11-25' };
    view = (
      await clerk.post<View>(`/api/reports/${view.id}/issuance`, {
        version: view.version,
        ...secrecy,
        result: 'failed',
      })
    ).body;
    const failed = await leader.post<Refusal>(`/api/reports/${view.id}/publish`, { version: view.version });
    expect(failed.body.error.message).toBe('保密审查未通过，不能公开发布');
    view = (
      await clerk.post<View>(`/api/reports/${view.id}/issuance`, {
        version: view.version,
        ...secrecy,
        result: 'passed',
      })
    ).body;
    view = (await leader.post<View>(`/api/reports/${view.id}/publish`, { version: view.version })).body;
    expect(view.status).toBe('published');
    expect(view.deadlines.map((d) => d.state)).toEqual([
      expect.stringMatching(/^done/),
      expect.stringMatching(/^done/),
    ]);

    const index = await anon.get<{
      reports: { id: string; year: number }[];
      units: { name: string; published: { year: number }[] }[];
    }>(`/api/public/units/${c.county.code}/reports`);
    expect(index.status).toBe(200);
    expect(index.body.reports.map((r) => [r.id, r.year])).toEqual([[view.id, 2025]]);
    expect(index.body.units.find((u) => u.name === '甲镇')?.published.map((p) => p.year)).toEqual([2025]);
    expect(index.body.units.find((u) => u.name === '乙镇')?.published).toEqual([]);

    const page = await anon.get<{ rendered: { title: string } }>(`/api/public/reports/${view.id}`);
    expect(page.body.rendered.title).toBe(view.rendered.title);
    const docx = await anon.raw(`/api/public/reports/${view.id}/docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain(
      encodeURIComponent('甲镇2025年法治政府建设年度报告.docx'),
    );
    const bytes = Buffer.from(await docx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const html = await anon.raw(`/api/public/reports/${view.id}/html`);
    // issued jointly by the township's 党委 and 政府 (the county default)
    expect(await html.text()).toContain('中共甲镇委员会 甲镇人民政府关于2025年法治政府建设工作情况的报告');
  });

  it('lists the deadlines of units that have not reported or published in 待办', async () => {
    type Todo = {
      items: { kind: string; unitName: string; clock: string; state: string; link?: string }[];
      counts: { overdue: number };
    };
    const todo = await reviewer.get<Todo>('/api/todo');
    const reports = todo.body.items.filter((i) => i.kind === 'annual_report');
    expect(reports.filter((i) => i.unitName === '乙镇').map((i) => [i.clock, i.state])).toEqual([
      ['submit', 'overdue'],
      ['publish', 'overdue'],
    ]);
    expect(reports.filter((i) => i.unitName === '甲镇')).toEqual([]);
    expect(todo.body.counts.overdue).toBeGreaterThanOrEqual(2);
    const own = await otherClerk.get<Todo>('/api/todo');
    expect(own.body.items.filter((i) => i.kind === 'annual_report').map((i) => i.unitName)).toEqual([
      '乙镇',
      '乙镇',
    ]);
  });

  it('says in Chinese why there is no PDF on a server without a converter (reportPdf.test.ts has one)', async () => {
    const pdf = await leader.raw(`/api/reports/${view.id}/pdf`);
    expect(pdf.status).toBe(503);
    expect(((await pdf.json()) as { error: { message: string } }).error.message).toContain('暂不能生成 PDF');
    expect((await leader.get<{ pdf: boolean }>(`/api/reports/${view.id}`)).body.pdf).toBe(false);
    expect((await otherClerk.raw(`/api/reports/${view.id}/pdf`)).status).toBe(404);
  });

  it('writes every step to the audit chain', async () => {
    const audit = await leader.get<{ action: string }[]>(
      `/api/audit?entity=annual_report&entityId=${view.id}`,
    );
    expect(audit.status).toBe(200);
    const actions = audit.body.map((i) => i.action);
    for (const a of [
      'report.draft',
      'report.paragraph.edit',
      'report.submit',
      'report.approve',
      'report.report',
      'report.send_back',
      'report.publish',
    ])
      expect(actions).toContain(a);
  });

  it('flags text copied from another township’s own writing, never the composer’s shared wording', async () => {
    const mine = (await clerk.post<View>('/api/reports', { year: 2023 })).body;
    const theirs = (await otherClerk.post<View>('/api/reports', { year: 2023 })).body;
    const own =
      '乙镇创新推出“法律明白人”包村联户制度，由驻村律师每月带领村干部逐户走访，现场解答土地承包、婚姻家庭等法律问题，并建立问题清单限期销号。';
    await otherClerk.post(`/api/reports/${theirs.id}/paragraphs`, {
      version: theirs.version,
      part: 'measures_and_results',
      text: own,
    });
    // rewriting a composed paragraph keeps its wording: the same in every township's draft
    const p = firstParagraph(mine);
    const composed = mine.rendered.blocks.find((b) => b.paragraphId === p.id)?.text ?? '';
    let v = (
      await clerk.request<View>('PUT', `/api/reports/${mine.id}/paragraphs/${p.id}`, {
        version: mine.version,
        text: `${composed}全年未发生重大法治事件。`,
      })
    ).body;
    expect(v.checks.filter((c) => c.code === 'copied_cross_unit')).toEqual([]);
    v = (
      await clerk.post<View>(`/api/reports/${mine.id}/paragraphs`, {
        version: v.version,
        part: 'measures_and_results',
        text: own.replace('乙镇', '甲镇'),
      })
    ).body;
    const copied = v.checks.filter((c) => c.code === 'copied_cross_unit');
    expect(copied).toHaveLength(1);
    expect(copied[0]?.severity).toBe('error');
    expect(copied[0]?.message).toContain('乙镇');
  });
});

describe('per-area confirmation that a ledger is complete for the year', () => {
  type Confirmations = {
    canConfirm: boolean;
    areas: { area: string; confirmed: boolean; confirmedByName: string | null; confirmedAt: string | null }[];
  };
  const supervision = (b: Confirmations) => b.areas.find((a) => a.area === 'supervision');

  it('records who confirmed and when, refuses a year not yet over, and lets only the township confirm', async () => {
    const before = await clerk.get<Confirmations>(`/api/report-confirmations?year=2024&unitId=${c.townA.id}`);
    expect(supervision(before.body)).toMatchObject({ confirmed: false, confirmedByName: null });
    const done = await clerk.request<Confirmations>('PUT', '/api/report-confirmations', {
      unitId: c.townA.id,
      year: 2024,
      area: 'supervision',
      confirmed: true,
    });
    expect(done.status).toBe(200);
    expect(supervision(done.body)?.confirmed).toBe(true);
    expect(supervision(done.body)?.confirmedByName).not.toBeNull();
    expect(supervision(done.body)?.confirmedAt?.slice(0, 10)).toBe('2026-11-25');
    const early = await clerk.request<{ error: { message: string } }>('PUT', '/api/report-confirmations', {
      unitId: c.townA.id,
      year: 2026,
      area: 'supervision',
      confirmed: true,
    });
    expect(early.body.error.message).toBe('2026年尚未结束，不能确认该年度台账已登记完整');
    const byCounty = await reviewer.request('PUT', '/api/report-confirmations', {
      unitId: c.townA.id,
      year: 2024,
      area: 'dispute',
      confirmed: true,
    });
    expect(byCounty.status).toBe(403);
    const read = await reviewer.get<Confirmations>(
      `/api/report-confirmations?year=2024&unitId=${c.townA.id}`,
    );
    expect([read.body.canConfirm, supervision(read.body)?.confirmed]).toEqual([false, true]);
    const withdrawn = await clerk.request<Confirmations>('PUT', '/api/report-confirmations', {
      unitId: c.townA.id,
      year: 2024,
      area: 'supervision',
      confirmed: false,
    });
    expect(supervision(withdrawn.body)?.confirmed).toBe(false);
  });
});
