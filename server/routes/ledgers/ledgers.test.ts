import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoWire } from '../../../core/contract/ledgers';
import { completeTodoList, LEDGER_KINDS } from '../../../core/ledgers';
import { attachmentChunks, ledgerClocks } from '../../db/schema';
import { ATTACHMENT_CHUNK_BYTES } from '../../repositories/ledgerAttachmentsRepo';
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
  number: string;
  title: string;
  state: string;
  stateLabel: string;
  version: number;
  unitName: string;
  data: Record<string, unknown>;
  clocks: Clock[];
  events?: { action: string; label: string; on: string; actorName: string | null }[];
  actions?: { key: string; label: string }[];
  attachments?: { id: string; name: string; sha256: string; size: number }[];
}
type Err = {
  error: { code: string; message: string; field?: string; issues?: { field: string; message: string }[] };
};

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let siblingClerk: HttpClient;
let reviewer: HttpClient;

// A valid 18-digit ID: region 439999, born 1980-01-01, sequence 123, check digit computed.
function idNumber(seq = '123'): string {
  const body = `43999919800101${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((n, d, i) => n + Number(d) * (w[i] as number), 0);
  return body + '10X98765432'[sum % 11];
}

const dispute = (over: Record<string, unknown> = {}) => ({
  registeredOn: '2026-03-02',
  source: 'visit',
  type: '邻里纠纷',
  village: county.villageA.id,
  parties: [
    { name: '赵大年', idNumber: idNumber(), phone: '13800001111' },
    { name: '钱小满', phone: '13800002222' },
  ],
  summary: '两户因排水沟堵塞引发邻里矛盾，要求村里协调疏通',
  riskLevel: 'low',
  ...over,
});

/** A county of its own, for a test that counts records or changes county settings. */
async function newCounty() {
  const db = server.database.db;
  const c = await buildCounty(db);
  const login = async (unit: TestCounty['townA'], role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  return {
    county: c,
    clerk: await login(c.townA, 'township_clerk'),
    leader: await login(c.townA, 'township_leader'),
    siblingClerk: await login(c.townB, 'township_clerk'),
    reviewer: await login(c.county, 'county_reviewer'),
    admin: await login(c.county, 'admin'),
  };
}

beforeAll(async () => {
  ({ county, clerk, leader, siblingClerk, reviewer } = await newCounty());
});

describe('ledger kinds', () => {
  it('lists the declared kinds with fields and actions, without functions', async () => {
    const r =
      await clerk.get<{ kind: string; label: string; actions: { key: string; guarded: boolean }[] }[]>(
        '/api/ledgers',
      );
    expect(r.status).toBe(200);
    // the kind ids later work relies on (the issues' fixed contracts)
    expect(r.body.map((k) => k.kind)).toEqual(
      expect.arrayContaining([
        'dispute',
        'petition',
        'mediation_committee',
        'officer',
        'enforcement_matter',
        'enforcement_case',
        'inspection',
        'case_file_review',
        'leadership_group',
        'meeting',
        'duty_report',
        'inspection_of_law',
        'study_session',
        'exam',
        'publicity_event',
        'legal_advisor',
        'major_decision',
        'normative_document',
        'contract_review',
        'disclosure',
        'disclosure_request',
        'litigation_case',
        'npc_suggestion',
        'hotline_item',
        'service_month',
      ]),
    );
    expect(r.body).toHaveLength(LEDGER_KINDS.length);
    const d = r.body.find((k) => k.kind === 'dispute');
    expect(d?.label).toBe('矛盾纠纷');
    expect(d?.actions.find((a) => a.key === 'close')?.guarded).toBe(true);
  });
});

describe('dispute records', () => {
  /** A dispute of this test's own, as registered. */
  async function registered(over: Record<string, unknown> = {}): Promise<Rec> {
    const r = await clerk.post<Rec>('/api/ledgers/dispute', dispute(over));
    expect(r.status).toBe(201);
    return r.body;
  }

  it('registers a dispute, numbers it, masks personal data and starts the mediation clock', async () => {
    const rec = await registered();
    expect(rec.number).toMatch(/^纠〔2026〕\d+号$/);
    expect(rec.title).toBe('赵大年与钱小满邻里纠纷');
    expect(rec.state).toBe('accepted');
    expect(rec.data.type).toBe('neighbour');
    const party = (rec.data.parties as Record<string, string>[])[0];
    expect(party?.idNumber).toBe(`439999${'*'.repeat(11)}${idNumber().slice(-1)}`);
    expect(party?.phone).toBe('138****1111');
    const clock = rec.clocks.find((c) => c.name === 'mediation');
    // 2026-03-02 + 30 days = 2026-04-01 (a Wednesday)
    expect(clock).toMatchObject({ due: '2026-04-01', state: 'overdue' });
    expect(clock?.explanation).toContain('2026年4月1日');
  });

  it('names every bad field in Chinese and saves nothing', async () => {
    const before = await clerk.get<{ total: number }>('/api/ledgers/dispute');
    const r = await clerk.post<Err>(
      '/api/ledgers/dispute',
      dispute({ type: '吵架', registeredOn: '2026-13-01', parties: [{ name: '', idNumber: '123' }] }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    const messages = r.body.error.issues?.map((i) => i.message).join('|') ?? '';
    expect(messages).toContain('「登记日期」应为日期');
    expect(messages).toContain('「纠纷类型」只能是');
    expect(messages).toContain('「当事人」第1行「姓名或名称」不能为空');
    expect(messages).toContain('「当事人」第1行「身份证号」不是有效的18位居民身份证号码');
    expect((await clerk.get<{ total: number }>('/api/ledgers/dispute')).body.total).toBe(before.body.total);
  });

  it('finds records by a 2-character word, filters by field, and hides them from a sibling township', async () => {
    // counts are of this county's records only
    const { clerk, siblingClerk, reviewer, county } = await newCounty();
    const rec = (await clerk.post<Rec>('/api/ledgers/dispute', { ...dispute(), village: county.villageA.id }))
      .body;
    await clerk.post(
      '/api/ledgers/dispute',
      dispute({
        type: 'labour',
        village: county.villageA.id,
        parties: [{ name: '李务工' }, { name: '某建筑公司' }],
        summary: '务工人员追讨工资纠纷，涉及三个月欠薪',
      }),
    );
    const hit = await clerk.get<{ items: Rec[]; total: number }>(
      `/api/ledgers/dispute?q=${encodeURIComponent('欠薪')}`,
    );
    expect(hit.body.total).toBe(1);
    expect(hit.body.items[0]?.data.type).toBe('labour');
    const byName = await clerk.get<{ total: number }>(`/api/ledgers/dispute?q=${encodeURIComponent('赵大')}`);
    expect(byName.body.total).toBe(1);
    // a search with a field filter (the filter then is a plain comparison, see listConditions)
    const search = (extra: string) =>
      clerk.get<{ total: number }>(`/api/ledgers/dispute?q=${encodeURIComponent('欠薪')}&${extra}`);
    expect((await search('f.type=labour')).body.total).toBe(1);
    expect((await search('f.type=neighbour&f.type=family')).body.total).toBe(0);
    expect((await search('f.type=neighbour&f.type=labour')).body.total).toBe(1);
    const filtered = await clerk.get<{ items: Rec[]; total: number }>(
      '/api/ledgers/dispute?f.type=neighbour',
    );
    expect(filtered.body.items.map((i) => i.id)).toEqual([rec.id]);
    // the count rides in the page's query: every page, and one past the last, says the same total
    type Page = { items: Rec[]; total: number; totalExact: boolean };
    const page = (n: number) => clerk.get<Page>(`/api/ledgers/dispute?pageSize=1&page=${n}`);
    for (const [n, items] of [
      [1, 1],
      [2, 1],
      [3, 0],
    ] as const) {
      const p = (await page(n)).body;
      expect([p.items.length, p.total, p.totalExact], `page ${n}`).toEqual([items, 2, true]);
    }
    expect((await search('f.type=family')).body).toMatchObject({ items: [], total: 0, totalExact: true });
    const bad = await clerk.get<Err>('/api/ledgers/dispute?f.summary=x');
    expect(bad.status).toBe(400);
    expect((await siblingClerk.get<{ total: number }>('/api/ledgers/dispute')).body.total).toBe(0);
    expect((await siblingClerk.get(`/api/ledgers/dispute/${rec.id}`)).status).toBe(404);
    expect(
      (
        await siblingClerk.post(`/api/ledgers/dispute/${rec.id}/actions/start_mediation`, {
          version: 1,
          values: {},
        })
      ).status,
    ).toBe(404);
    // the county reviewer reads the whole county but may not write
    expect((await reviewer.get<{ total: number }>('/api/ledgers/dispute')).body.total).toBe(2);
    expect((await reviewer.post('/api/ledgers/dispute', dispute())).status).toBe(403);
  });

  it('refuses a stale edit with 409 and keeps the newer data', async () => {
    const rec = await registered();
    const ok = await clerk.patch<Rec>(`/api/ledgers/dispute/${rec.id}`, {
      version: rec.version,
      values: { riskLevel: 'medium' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(rec.version + 1);
    const stale = await leader.patch<Err>(`/api/ledgers/dispute/${rec.id}`, {
      version: rec.version,
      values: { riskLevel: 'high' },
    });
    expect(stale.status).toBe(409);
    const now = await clerk.get<Rec>(`/api/ledgers/dispute/${rec.id}`);
    expect(now.body.data.riskLevel).toBe('medium');
  });

  it('walks the workflow: guards refuse with Chinese reasons, steps are recorded with their dates', async () => {
    let rec = await registered();
    const act = (action: string, values: Record<string, unknown>, who = clerk) =>
      who.post<Rec & Err>(`/api/ledgers/dispute/${rec.id}/actions/${action}`, {
        version: rec.version,
        values,
      });
    const wrongState = await act('close', {});
    expect(wrongState.status).toBe(422);
    expect(wrongState.body.error.message).toContain('当前状态为“已受理”');

    let r = await act('start_mediation', { mediationStartedOn: '2026-03-03', mediator: '孙调解' });
    expect(r.status).toBe(200);
    rec = r.body;
    const early = await act('succeed', {
      agreementForm: 'written',
      agreementOn: '2026-03-01',
      agreementTerms: '疏通排水沟',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain(
      '「协议生效日期」（2026-03-01）不能早于「登记日期」（2026-03-02）',
    );
    const oral = await act('succeed', {
      agreementForm: 'oral',
      agreementOn: '2026-03-10',
      agreementTerms: '疏通排水沟',
    });
    expect(oral.status).toBe(422);
    expect(oral.body.error.message).toContain('口头协议须由调解员记录');
    r = await act('succeed', {
      agreementForm: 'written',
      agreementOn: '2026-03-10',
      agreementTerms: '双方各出一半费用疏通排水沟',
    });
    expect(r.status).toBe(200);
    rec = r.body;
    expect(rec.state).toBe('succeeded');
    expect(rec.clocks.find((c) => c.name === 'mediation')).toMatchObject({ state: 'done' });
    // 司法确认 window: 30 days after 2026-03-10, long over by now: ended, never overdue
    expect(rec.clocks.find((c) => c.name === 'judicial_confirmation')).toMatchObject({
      due: '2026-04-09',
      state: 'done',
    });

    const noVisit = await act('close', {});
    expect(noVisit.status).toBe(422);
    expect(noVisit.body.error.message).toBe('结案前至少需要记录一次回访');
    r = await act('follow_up', {
      visitedOn: '2026-04-10',
      performance: 'performed',
      visitNote: '排水沟已疏通，双方满意',
    });
    expect(r.body.state).toBe('succeeded');
    rec = r.body;
    r = await act('close', {});
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('closed');

    const detail = await clerk.get<Rec>(`/api/ledgers/dispute/${rec.id}`);
    expect(detail.body.events?.map((e) => `${e.label}@${e.on}`)).toEqual([
      '开始调解@2026-03-03',
      '调解成功@2026-03-10',
      '回访@2026-04-10',
      `结案@${detail.body.events?.[3]?.on}`,
    ]);
    expect(detail.body.events?.[0]?.actorName).toBe('测试township_clerk');
    expect(detail.body.actions).toEqual([]);
    const history = await clerk.get<{ action: string }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    expect(history.body.map((h) => h.action)).toEqual([
      'ledger.create',
      'ledger.action.start_mediation',
      'ledger.action.succeed',
      'ledger.action.follow_up',
      'ledger.action.close',
    ]);
  });

  it('reveals personal data only on request, to the township, and audits it', async () => {
    const rec = await registered();
    const masked = await clerk.get<Rec>(`/api/ledgers/dispute/${rec.id}`);
    expect((masked.body.data.parties as Record<string, string>[])[0]?.phone).toBe('138****1111');
    const shown = await clerk.get<Rec>(`/api/ledgers/dispute/${rec.id}?reveal=1`);
    expect((shown.body.data.parties as Record<string, string>[])[0]?.phone).toBe('13800001111');
    expect((await reviewer.get(`/api/ledgers/dispute/${rec.id}?reveal=1`)).status).toBe(403);
    const history = await clerk.get<{ action: string }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    expect(history.body.at(-1)?.action).toBe('ledger.reveal');
  });

  it('stores attachments with their sha256, refuses disguised files, and serves them only in scope', async () => {
    const rec = await registered();
    const pdf = Buffer.from('%PDF-1.4\n% test attachment\n');
    const form = new FormData();
    form.append('file', new Blob([pdf]), '调解协议书.pdf');
    const up = await clerk.upload<{ id: string; sha256: string; size: number }>(
      `/api/ledgers/dispute/${rec.id}/attachments`,
      form,
    );
    expect(up.status).toBe(201);
    expect(up.body.size).toBe(pdf.length);
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const fake = new FormData();
    fake.append('file', new Blob([Buffer.from('MZ\x90\x00 not a pdf')]), '协议.pdf');
    const refused = await clerk.upload<Err>(`/api/ledgers/dispute/${rec.id}/attachments`, fake);
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toContain('内容与扩展名不符');
    const exe = new FormData();
    exe.append('file', new Blob([Buffer.from('MZ')]), 'setup.exe');
    expect((await clerk.upload(`/api/ledgers/dispute/${rec.id}/attachments`, exe)).status).toBe(415);

    const down = await clerk.raw(`/api/ledgers/dispute/${rec.id}/attachments/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
    expect(down.headers.get('content-disposition')).toContain(encodeURIComponent('调解协议书.pdf'));
    expect((await siblingClerk.raw(`/api/ledgers/dispute/${rec.id}/attachments/${up.body.id}`)).status).toBe(
      404,
    );
  });

  it('stores a large attachment in 128 KB pieces and streams it back byte for byte', async () => {
    const rec = await registered();
    // two full pieces and a partial third, incompressible like a scan
    const scan = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      crypto.randomBytes(2 * ATTACHMENT_CHUNK_BYTES + 999),
    ]);
    const form = new FormData();
    form.append('file', new Blob([scan]), '扫描件.pdf');
    const up = await clerk.upload<{ id: string; sha256: string; size: number }>(
      `/api/ledgers/dispute/${rec.id}/attachments`,
      form,
    );
    expect(up.status).toBe(201);
    expect(up.body.sha256).toBe(crypto.createHash('sha256').update(scan).digest('hex'));
    const pieces = await server.database.db
      .select({ seq: attachmentChunks.seq })
      .from(attachmentChunks)
      .where(eq(attachmentChunks.attachmentId, up.body.id))
      .orderBy(attachmentChunks.seq);
    expect(pieces.map((p) => p.seq)).toEqual([0, 1, 2]);

    const down = await clerk.raw(`/api/ledgers/dispute/${rec.id}/attachments/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-length')).toBe(String(scan.length));
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await down.arrayBuffer()).equals(scan)).toBe(true);
    const history = await clerk.get<{ action: string; after: { attachment?: string; size?: number } }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    const attached = history.body.find((a) => a.action === 'ledger.attach');
    expect(attached?.after).toMatchObject({ attachment: up.body.id, size: scan.length });
  });

  it('soft-deletes with the current version only', async () => {
    const created = await clerk.post<Rec>(
      '/api/ledgers/dispute',
      dispute({ summary: '待删除的重复登记记录' }),
    );
    expect((await clerk.request('DELETE', `/api/ledgers/dispute/${created.body.id}?version=9`)).status).toBe(
      409,
    );
    expect((await clerk.request('DELETE', `/api/ledgers/dispute/${created.body.id}?version=1`)).status).toBe(
      204,
    );
    expect((await clerk.get(`/api/ledgers/dispute/${created.body.id}`)).status).toBe(404);
  });
});

describe('petitions and 待办', () => {
  it('puts an unanswered petition in 待办 as overdue with its reason, and extensions need the leader', async () => {
    const p = await clerk.post<Rec>('/api/ledgers/petition', {
      receivedOn: '2026-09-16',
      channel: 'letter',
      origin: 'direct',
      people: 1,
      parties: [{ name: '周建国' }],
      subject: '反映村道硬化后排水不畅',
      category: 'urban',
      content: '要求增设排水设施',
    });
    expect(p.status).toBe(201);
    // 15 days after 2026-09-16 is 10-01 (国庆): moved to the first working day, 10-08
    expect(p.body.clocks).toEqual([
      expect.objectContaining({ name: 'notice', due: '2026-10-08', state: 'overdue' }),
    ]);
    const todo = await clerk.get<TodoWire>('/api/todo');
    // the labels and the reason come from the kind's declaration, as the app fills them in
    const item = completeTodoList(todo.body).items.find((i) => i.id === p.body.id);
    expect(item).toMatchObject({ state: 'overdue', clockLabel: '书面告知受理', kindLabel: '信访事项' });
    expect(item?.reason).toBe('书面告知受理已于2026年10月8日届满，已逾期');
    expect(todo.body.counts.overdue).toBeGreaterThanOrEqual(1);
    // the sibling township sees none of our records (only its own year-end duties: the annual
    // report, the 政务公开年报 and the enforcement data, each due in its own name)
    const sibling = await siblingClerk.get<{ items: { kind: string; unitName: string }[] }>('/api/todo');
    const ledgerKinds = new Set(LEDGER_KINDS.map((k) => k.kind));
    expect(sibling.body.items.filter((i) => ledgerKinds.has(i.kind))).toEqual([]);
    expect(sibling.body.items.every((i) => i.unitName === '乙镇')).toBe(true);

    const accepted = await clerk.post<Rec>(`/api/ledgers/petition/${p.body.id}/actions/accept`, {
      version: p.body.version,
      values: { acceptedOn: '2026-10-09', noticeOn: '2026-10-09' },
    });
    expect(accepted.status).toBe(200);
    const handling = accepted.body.clocks.find((c) => c.name === 'handling');
    // 60 days from 2026-10-09 = 2026-12-08
    expect(handling?.due).toBe('2026-12-08');
    const ext = { days: 30, reason: '涉及多个部门需联合调查', extensionNoticeOn: '2026-11-20' };
    const byClerk = await clerk.post<Err>(`/api/ledgers/petition/${p.body.id}/actions/extend`, {
      version: accepted.body.version,
      values: ext,
    });
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.error.message).toContain('乡镇领导');
    const tooLong = await leader.post<Err>(`/api/ledgers/petition/${p.body.id}/actions/extend`, {
      version: accepted.body.version,
      values: { ...ext, days: 31 },
    });
    expect(tooLong.status).toBe(400);
    const extended = await leader.post<Rec>(`/api/ledgers/petition/${p.body.id}/actions/extend`, {
      version: accepted.body.version,
      values: ext,
    });
    expect(extended.status).toBe(200);
    const after = extended.body.clocks.find((c) => c.name === 'handling');
    expect(after?.due).toBe('2027-01-07');
    expect(after?.state).toBe('provisional');
    expect(after?.explanation).toContain('涉及多个部门需联合调查');
    const again = await leader.post<Err>(`/api/ledgers/petition/${p.body.id}/actions/extend`, {
      version: extended.body.version,
      values: { ...ext, days: 5 },
    });
    expect(again.status).toBe(422);
    expect(again.body.error.message).toContain('只能延长1次');
  });

  it('recomputes open clocks when the administrator enters a new year of holidays', async () => {
    const admin = await server
      .client()
      .login((await buildUser(server.database.db, county.county, 'admin')).username);
    const p = await clerk.post<Rec>('/api/ledgers/petition', {
      receivedOn: '2026-11-20',
      channel: 'visit',
      origin: 'direct',
      people: 2,
      parties: [{ name: '吴有田' }],
      subject: '土地承包经营权确权争议',
      category: 'land',
      content: '要求重新核实承包地面积',
    });
    const accepted = await clerk.post<Rec>(`/api/ledgers/petition/${p.body.id}/actions/accept`, {
      version: p.body.version,
      values: { acceptedOn: '2026-11-20', noticeOn: '2026-11-20' },
    });
    // 60 days after 2026-11-20 is 2027-01-19: no 2027 schedule yet, so 暂估
    expect(accepted.body.clocks.find((c) => c.name === 'handling')).toMatchObject({
      due: '2027-01-19',
      state: 'provisional',
    });
    const cached = async () =>
      (
        await server.database.db
          .select({ due: ledgerClocks.due, provisional: ledgerClocks.provisional })
          .from(ledgerClocks)
          .where(and(eq(ledgerClocks.recordId, p.body.id), eq(ledgerClocks.clock, 'handling')))
      )[0];
    expect(await cached()).toEqual({ due: '2027-01-19', provisional: true });
    const put = await admin.request<{ recomputed: number }>('PUT', '/api/calendar/years/2027', {
      holidays: ['2027-01-01', '2027-01-19'],
      workdays: [],
    });
    expect(put.status).toBe(200);
    expect(put.body.recomputed).toBeGreaterThanOrEqual(1);
    expect(await cached()).toEqual({ due: '2027-01-20', provisional: false });
    const fresh = await clerk.get<Rec>(`/api/ledgers/petition/${p.body.id}`);
    const handling = fresh.body.clocks.find((c) => c.name === 'handling');
    expect(handling?.due).toBe('2027-01-20');
    expect(handling?.explanation).toContain('顺延至2027年1月20日');
    expect((await admin.request('DELETE', '/api/calendar/years/2027')).status).toBe(204);
    expect(await cached()).toEqual({ due: '2027-01-19', provisional: true });
  });
});

describe('county settings', () => {
  it('lets the administrator lengthen the mediation clock for the county, and open clocks follow', async () => {
    // a county of its own: the new setting must not reach other tests' records
    const { admin, clerk, county } = await newCounty();
    const d = await clerk.post<Rec>('/api/ledgers/dispute', {
      ...dispute({ summary: '设置测试用纠纷' }),
      village: county.villageA.id,
    });
    expect(d.body.clocks.find((c) => c.name === 'mediation')?.due).toBe('2026-04-01');
    const listed = await clerk.get<{ key: string; value: number; default: number }[]>('/api/ledger-settings');
    expect(listed.body.find((s) => s.key === 'dispute.mediation_days')).toMatchObject({
      value: 30,
      default: 30,
    });
    expect(
      (await clerk.request('PUT', '/api/ledger-settings/dispute.mediation_days', { value: 45 })).status,
    ).toBe(403);
    const bad = await admin.request<Err>(
      'PUT',
      `/api/ledger-settings/dispute.mediation_days?unit=${county.county.id}`,
      {
        value: 0,
      },
    );
    expect(bad.status).toBe(400);
    const put = await admin.request<{ recomputed: number }>(
      'PUT',
      `/api/ledger-settings/dispute.mediation_days?unit=${county.county.id}`,
      { value: 45 },
    );
    expect(put.status).toBe(200);
    // 2026-03-02 + 45 days = 2026-04-16 (a Thursday)
    const after = await clerk.get<Rec>(`/api/ledgers/dispute/${d.body.id}`);
    expect(after.body.clocks.find((c) => c.name === 'mediation')?.due).toBe('2026-04-16');
    expect((await clerk.get<{ key: string; value: number }[]>('/api/ledger-settings')).body[0]?.value).toBe(
      45,
    );
  });
});

describe('bulk actions', () => {
  it('dismisses several pending suggestions at once, reports each, and refuses actions not marked bulk', async () => {
    const make = (content: string) =>
      clerk.post<Rec>('/api/ledgers/suggestion', {
        receivedOn: '2026-11-02',
        name: '群众',
        topic: 'suggestion',
        content,
      });
    const a = (await make('重复提交的广告信息一')).body;
    const b = (await make('重复提交的广告信息二')).body;
    const r = await clerk.post<{ results: { id: string; ok: boolean; message?: string }[] }>(
      '/api/ledgers/suggestion/bulk/dismiss',
      {
        items: [
          { id: a.id, version: a.version },
          { id: b.id, version: b.version + 5 },
        ],
      },
    );
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: false, message: expect.stringContaining('已被他人修改') },
    ]);
    expect((await clerk.get<Rec>(`/api/ledgers/suggestion/${a.id}`)).body.stateLabel).toBe('无效信息');
    expect((await clerk.get<Rec>(`/api/ledgers/suggestion/${b.id}`)).body.stateLabel).toBe('待受理');
    const notBulk = await clerk.post<Err>('/api/ledgers/suggestion/bulk/answer', {
      items: [{ id: b.id, version: b.version }],
    });
    expect(notBulk.status).toBe(422);
    expect(notBulk.body.error.message).toBe('“答复”不能批量办理');
  });
});
