import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Summary = {
  id: string;
  fileName: string;
  unit: { id: string; name: string; matched: boolean };
  reportYear: number | null;
  sections: Record<string, boolean> | null;
  defectCount: number;
  copyCount: number;
  error: string | null;
};
type Detail = {
  text: string;
  result: {
    defects: { kind: string; quote: string; start?: number }[];
    copies: { otherFile: string; quote: string; start: number; end: number }[];
  };
};
type Rect = { id: string; status: string; version: number; overdue: boolean; unit: { name: string } };

const server = setupTestServer();
let county: TestCounty;
let reviewer: HttpClient;
let clerk: HttpClient;

/** A shared passage long enough to count as copied; the rest of each report is its own. */
const SHARED =
  '我们坚持把矛盾纠纷排查化解作为基层治理的基础工作，建立镇村两级排查台账，每月召开一次分析研判会，对排查出的邻里、婚姻家庭、土地权属等纠纷逐件明确责任人和化解时限，做到小事不出村、大事不出镇。';

function report(unit: string, year: number, body: string): string {
  return [
    `${unit}${year}年法治政府建设工作报告`,
    `${year}年，${unit}在县委、县政府的领导下，扎实推进法治政府建设，现将有关情况报告如下。`,
    `一、${year}年推进法治政府建设的主要举措和成效`,
    `（一）强化学法用法。全年组织党委理论学习中心组学法8次，开展法治专题讲座3场。`,
    `（二）化解矛盾纠纷。${body}全年排查调处矛盾纠纷60件，调解成功57件，调解成功率95%。`,
    '二、党政主要负责人履行推进法治建设第一责任人职责情况',
    '党委书记、镇长亲自部署法治建设工作，主持召开专题会议4次。',
    '三、存在的不足和原因',
    '一是部分干部法治意识有待提高；二是执法规范化水平仍需提升。',
    `四、${year + 1}年推进法治政府建设的主要安排`,
    `${year + 1}年，我们将继续健全工作治度，推动法治政府建设再上新台阶。`,
    `${unit}人民政府`,
    `${year + 1}年1月15日`,
  ].join('\n');
}

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  reviewer = await server
    .client()
    .login((await buildUser(server.database.db, county.county, 'county_reviewer')).username);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});

function upload(files: [string, string | Uint8Array<ArrayBuffer>][]): FormData {
  const form = new FormData();
  for (const [name, content] of files) form.append('files', new Blob([content]), name);
  return form;
}

describe('county review of uploaded reports', () => {
  let items: Summary[];

  it('reads a batch, matches townships, finds defects and copied passages, and keeps bad files as errors', async () => {
    const r = await reviewer.post<{ items: Summary[] }>(
      '/api/reviews',
      upload([
        ['甲镇.txt', report('甲镇', 2025, SHARED)],
        ['乙镇.txt', report('乙镇', 2025, `乙镇也认真抓好这项工作。${SHARED}`)],
        ['空文件.txt', new Uint8Array()],
      ]),
    );
    expect(r.status).toBe(201);
    items = r.body.items;
    expect(items.map((i) => i.fileName)).toEqual(['甲镇.txt', '乙镇.txt', '空文件.txt']);
    const [a, b, empty] = items as [Summary, Summary, Summary];
    expect(a.unit).toMatchObject({ id: county.townA.id, name: '甲镇', matched: true });
    expect(b.unit).toMatchObject({ id: county.townB.id, matched: true });
    expect(a.reportYear).toBe(2025);
    expect(a.sections).toEqual({
      measures_and_results: true,
      first_responsible_person: true,
      shortcomings: true,
      next_year_plan: true,
    });
    expect(a.defectCount).toBeGreaterThanOrEqual(1);
    expect(a.copyCount).toBeGreaterThanOrEqual(1);
    expect(empty.error).toContain('文件为空');
    expect(empty.unit.matched).toBe(false);
  });

  it('shows one report with its text, the typo located, and the copied passage with its source', async () => {
    const a = items[0] as Summary;
    const r = await reviewer.get<Detail>(`/api/reviews/${a.id}`);
    expect(r.status).toBe(200);
    const typo = r.body.result.defects.find((d) => d.quote.includes('治度'));
    expect(typo?.kind).toBe('typo');
    const copy = r.body.result.copies[0];
    expect(copy?.otherFile).toBe('乙镇.txt');
    expect(r.body.text.slice(copy?.start, copy?.end)).toBe(copy?.quote);
    expect(copy?.quote.length).toBeGreaterThanOrEqual(40);
  });

  it('exports the review sheet as a real Excel file', async () => {
    const res = await fetch(`${server.baseUrl}/api/reviews/export?year=2025`, {
      headers: { cookie: reviewer.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('报告审查');
    expect(ws?.getRow(1).getCell(1).value).toBe('文件');
    const files = [2, 3].map((i) => ws?.getRow(i).getCell(1).value);
    expect(files.sort()).toEqual(['乙镇.txt', '甲镇.txt']);
  });

  it('sends a finding back to the township, which answers it, and the reviewer closes it', async () => {
    const a = items[0] as Summary;
    const detail = (await reviewer.get<Detail>(`/api/reviews/${a.id}`)).body;
    const idx = detail.result.defects.findIndex((d) => d.quote.includes('治度'));
    const created = await reviewer.post<Rect>(`/api/reviews/${a.id}/rectifications`, {
      defectIndex: idx,
      instruction: '请更正错别字后重新报送',
      deadline: '2099-12-31',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', overdue: false, unit: { name: '甲镇' } });

    const mine = await clerk.get<Rect[]>('/api/rectifications');
    expect(mine.body.map((x) => x.id)).toEqual([created.body.id]);
    const early = await reviewer.post<{ error: { message: string } }>(
      `/api/rectifications/${created.body.id}/close`,
      { version: 1 },
    );
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('不能销号');
    const answered = await clerk.post<Rect>(`/api/rectifications/${created.body.id}/answer`, {
      version: 1,
      text: '已更正并重新报送',
    });
    expect(answered.body.status).toBe('answered');
    const closed = await reviewer.post<Rect>(`/api/rectifications/${created.body.id}/close`, { version: 2 });
    expect(closed.body.status).toBe('closed');
    const history = await reviewer.get<{ action: string }[]>(
      `/api/audit?entity=rectification&entityId=${created.body.id}`,
    );
    expect(history.body.map((h) => h.action)).toEqual([
      'rectification.create',
      'rectification.answer',
      'rectification.close',
    ]);
  });

  it('puts 整改 in 待办 on both sides, and the answer carries the corrected report', async () => {
    type Todo = { items: { kind: string; id: string; state: string; reason: string; due: string | null }[] };
    const a = items[0] as Summary;
    // two weeks from the test's 2026-11-25: outside the 3-working-day window, still in 待办
    const created = await reviewer.post<Rect>(`/api/reviews/${a.id}/rectifications`, {
      instruction: '补充第一责任人述法情况',
      deadline: '2026-12-09',
    });
    const id = created.body.id;
    const todoOf = async (c: HttpClient) =>
      (await c.get<Todo>('/api/todo')).body.items.filter((i) => i.kind === 'rectification' && i.id === id);
    expect(await todoOf(clerk)).toEqual([
      expect.objectContaining({
        state: 'waiting',
        due: '2026-12-09',
        reason: '待整改，期限2026年12月9日，剩余10个工作日',
      }),
    ]);
    expect(await todoOf(reviewer)).toEqual([]);

    const form = new FormData();
    const corrected = '甲镇2025年法治政府建设工作报告（修改稿）\n一、主要举措和成效\n……';
    form.append('file', new Blob([corrected]), '甲镇报告修改稿.txt');
    const attached = await clerk.post<{ id: string; name: string; size: number }>(
      `/api/rectifications/${id}/attachments`,
      form,
    );
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({ name: '甲镇报告修改稿.txt', size: Buffer.byteLength(corrected) });
    const bad = new FormData();
    bad.append('file', new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0])]), '修改稿.exe');
    const refused = await clerk.post<{ error: { message: string } }>(
      `/api/rectifications/${id}/attachments`,
      bad,
    );
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toContain('.exe');

    const answered = await clerk.post<Rect & { attachments: { id: string; name: string }[] }>(
      `/api/rectifications/${id}/answer`,
      { version: 1, text: '已补充述法情况，修改稿见附件' },
    );
    expect(answered.body.attachments.map((f) => f.name)).toEqual(['甲镇报告修改稿.txt']);
    expect(await todoOf(clerk)).toEqual([]);
    expect(await todoOf(reviewer)).toEqual([
      expect.objectContaining({ state: 'waiting', reason: '甲镇已反馈整改情况，待销号或退回' }),
    ]);
    const download = await reviewer.raw(`/api/rectifications/${id}/attachments/${attached.body.id}`);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(corrected);
    // once answered, the answer's files are fixed
    const late = new FormData();
    late.append('file', new Blob(['补充']), '补充.txt');
    const lateAnswer = await clerk.post<{ error: { message: string } }>(
      `/api/rectifications/${id}/attachments`,
      late,
    );
    expect(lateAnswer.status).toBe(400);
    expect(lateAnswer.body.error.message).toContain('已反馈');

    await reviewer.post(`/api/rectifications/${id}/close`, { version: 2 });
    expect(await todoOf(reviewer)).toEqual([]);
    const history = await reviewer.get<{ action: string }[]>(
      `/api/audit?entity=rectification&entityId=${id}`,
    );
    expect(history.body.map((h) => h.action)).toEqual([
      'rectification.create',
      'rectification.attach',
      'rectification.answer',
      'rectification.close',
    ]);
  });

  it("flags passages repeated from the same township's previous-year report separately", async () => {
    const repeated =
      '今年我们继续实行重大行政决策目录化管理，年初公布决策事项目录，每项决策都经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定五个环节，决策后开展执行情况评估并向社会公开结果。';
    await reviewer.post('/api/reviews', upload([['甲镇2024.txt', report('甲镇', 2024, repeated)]]));
    const r = await reviewer.post<{ items: Summary[] }>(
      '/api/reviews',
      upload([['甲镇2025.txt', report('甲镇', 2025, repeated)]]),
    );
    const id = r.body.items[0]?.id;
    const detail = await reviewer.get<{ result: { copies: { kind: string; otherFile: string }[] } }>(
      `/api/reviews/${id}`,
    );
    const fromLastYear = detail.body.result.copies.filter((c) => c.kind === 'self_repeat');
    expect(fromLastYear.map((c) => c.otherFile)).toContain('甲镇2024.txt');
  });

  it('flags a second copy of one file, reassigns a report to its township and deletes one, each with its reason', async () => {
    type Row = Summary & { duplicateOf: { id: string; fileName: string } | null };
    const text = report('丙镇', 2025, '本年度新建村级调解室三处。');
    const first = await reviewer.post<{ items: Row[] }>('/api/reviews', upload([['丙镇.txt', text]]));
    const second = await reviewer.post<{ items: Row[] }>(
      '/api/reviews',
      upload([['丙镇（再传）.txt', text]]),
    );
    const [one, two] = [first.body.items[0] as Row, second.body.items[0] as Row];
    expect(one.duplicateOf).toBeNull();
    expect(two.duplicateOf).toEqual({ id: one.id, fileName: '丙镇.txt' });
    // 丙镇 is no township of this county: the report waits, unmatched, for the reviewer
    expect(one.unit.matched).toBe(false);

    const noReason = await reviewer.post<{ error: { field: string; message: string } }>(
      `/api/reviews/${one.id}/reassign`,
      { unitId: county.townB.id, reason: '' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatchObject({
      field: 'reason',
      message: expect.stringContaining('改派原因'),
    });
    const village = await reviewer.post<{ error: { field: string } }>(`/api/reviews/${one.id}/reassign`, {
      unitId: county.county.id,
      reason: '报告抬头写错了镇名',
    });
    expect(village.body.error.field).toBe('unitId');
    const moved = await reviewer.post<Row>(`/api/reviews/${one.id}/reassign`, {
      unitId: county.townB.id,
      reason: '报告抬头写错了镇名',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.unit).toEqual({ id: county.townB.id, name: '乙镇', matched: true });
    expect(moved.body.duplicateOf).toBeNull();

    const gone = await reviewer.request<unknown>('DELETE', `/api/reviews/${two.id}`, { reason: '重复上传' });
    expect(gone.status).toBe(204);
    expect((await reviewer.get(`/api/reviews/${two.id}`)).status).toBe(404);
    const list = await reviewer.get<Row[]>('/api/reviews');
    expect(list.body.map((r) => r.id)).toContain(one.id);
    expect(list.body.map((r) => r.id)).not.toContain(two.id);
    const deleted = await reviewer.get<{ action: string; after: { reason: string } }[]>(
      `/api/audit?entity=report_review&entityId=${two.id}`,
    );
    expect(deleted.body.map((h) => [h.action, h.after?.reason])).toEqual([
      ['review.create', undefined],
      ['review.delete', '重复上传'],
    ]);
    const reassigned = await reviewer.get<{ action: string }[]>(
      `/api/audit?entity=report_review&entityId=${one.id}`,
    );
    expect(reassigned.body.map((h) => h.action)).toEqual(['review.create', 'review.reassign']);
    // the township sees nothing of the county's review, and may not delete it
    expect((await clerk.request('DELETE', `/api/reviews/${one.id}`, { reason: '不要了' })).status).toBe(403);
  });

  it('keeps a report that has 整改 items where it is', async () => {
    const a = items[0] as Summary;
    const r = await reviewer.request<{ error: { message: string } }>('DELETE', `/api/reviews/${a.id}`, {
      reason: '误传',
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/已下发 \d+ 项整改事项，不能删除/);
    expect((await reviewer.get(`/api/reviews/${a.id}`)).status).toBe(200);
  });

  it('refuses a deadline in the past, naming the field', async () => {
    const a = items[0] as Summary;
    const r = await reviewer.post<{ error: { field: string } }>(`/api/reviews/${a.id}/rectifications`, {
      instruction: '补充第一责任人履职情况',
      deadline: '2000-01-01',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('deadline');
  });
});
