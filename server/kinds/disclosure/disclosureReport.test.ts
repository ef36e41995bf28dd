import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureCellRecords, DisclosureReportView } from '../../../core/contract/disclosureReports';
import type { TodoList } from '../../../core/contract/ledgers';
import { REMEDY_CELLS, REQUEST_CELLS } from '../../../core/disclosureReport/template';
import type { RecordData } from '../../../core/ledgers';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import { rowsOf } from '../../db/rows';
import { unzipEntries } from '../../io/testFixtures/rewriteZip';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';
import { disclosureReportCli } from './disclosureReportCli';

/**
 * The 政府信息公开工作年度报告 over HTTP on a real database (PGlite, or PostgreSQL under
 * TEST_DATABASE_URL): every cell of tables 三 and 四 equals a count written here in SQL over the
 * ledger rows, the drill-down returns the rows counted, a table that does not add up cannot be
 * submitted (the refusal names the cell), and the report goes draft → approved → published.
 */
const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let leader: HttpClient;
let report: DisclosureReportView;

async function insert(town: UnitRow, kind: string, rows: { state: string; values: RecordData }[]) {
  const db = server.database.db;
  const env = await ledgerEnv(db, town.path, testNow());
  return db.transaction((tx) =>
    insertRecords(
      tx,
      requireKind(kind),
      town.id,
      rows.map((r) => ({ ...r, createdBy: null })),
      env,
      testNow(),
    ),
  );
}

const TYPES = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', undefined];
const OUTCOMES = [
  'provided',
  'already_public',
  'partial',
  'not_exist',
  'not_ours',
  'repeated',
  'other',
  'withheld',
];
const REASONS = ['w_secret', 'w_third', 'w_process', 'u_make', 'd_mass', 'o_nofee', undefined];
const day = (y: number, i: number) =>
  `${y}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;

/** 2024–2026 requests in every state, types and outcomes mixed, some from before the new fields. */
function requests() {
  const out: { state: string; values: RecordData }[] = [];
  for (let i = 0; i < 90; i++) {
    const year = 2024 + (i % 3);
    const receivedOn = day(year, i);
    const applicantType = TYPES[i % TYPES.length];
    const base: RecordData = {
      receivedOn,
      receiptMethod: 'online',
      applicant: `申请人${i}`,
      content: `申请公开第${i}项信息`,
      ...(applicantType ? { applicantType } : {}),
    };
    const fate = i % 5;
    if (fate === 0) {
      out.push({ state: 'received', values: base });
      continue;
    }
    if (fate === 1) {
      // deemed abandoned a month later: in the same year, or in the next one (December's)
      const next = day(year, i + 1);
      out.push({
        state: 'abandoned',
        values: { ...base, abandonedOn: next > receivedOn ? next : `${year + 1}-01-15` },
      });
      continue;
    }
    const outcome = OUTCOMES[i % OUTCOMES.length] as string;
    const reason = REASONS[i % REASONS.length];
    // answered the same year, or the next (carried over)
    const answeredOn =
      fate === 4 ? `${year + 1}-01-${String((i % 20) + 5).padStart(2, '0')}` : day(year, i + 1);
    out.push({
      state: 'answered',
      values: {
        ...base,
        answeredOn: [receivedOn, answeredOn].sort().at(-1),
        outcome,
        answerText: '依法答复',
        ...(reason && outcome !== 'withheld' && i % 4 === 0 ? { reportOutcome: reason } : {}),
        ...(outcome === 'withheld' && i % 3 !== 0 ? { reportOutcome: 'w_internal' } : {}),
        ...(i % 11 === 0 ? { fee: 50 } : {}),
      },
    });
  }
  return out;
}

const CASE_OUTCOMES = ['upheld', 'revoked', 'withdrawn', 'dismissed', 'changed', 'mediated'];
function cases() {
  return Array.from({ length: 14 }, (_, i) => {
    const concluded = i % 4 !== 0;
    return {
      state: concluded ? 'concluded' : 'answered',
      values: {
        receivedOn: day(2025, i),
        type: i % 3 === 0 ? 'reconsideration' : 'litigation',
        ...(i % 3 === 0 ? { procedure: 'ordinary' } : {}),
        counterparty: `原告${i}`,
        organ: '测试县人民法院',
        disputedAct: '政府信息公开答复',
        aboutDisclosure: i % 7 !== 6,
        ...(i % 3 === 2 ? { afterReview: true } : {}),
        ...(concluded
          ? { concludedOn: i % 5 === 0 ? '2026-02-01' : day(2025, i + 1), outcome: CASE_OUTCOMES[i % 6] }
          : {}),
        answeredOn: day(2025, i),
      } as RecordData,
    };
  });
}

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  leader = await server.client().login((await buildUser(db, county.townA, 'township_leader')).username);
  await insert(county.townA, 'disclosure_request', requests());
  await insert(county.townA, 'litigation_case', cases());
  await insert(county.townA, 'disclosure', [
    {
      state: 'published',
      values: {
        formedOn: '2025-03-01',
        title: '低保名单',
        category: 'social_assistance',
        publishedOn: '2025-03-05',
      },
    },
    {
      state: 'published',
      values: { formedOn: '2024-12-20', title: '预算', category: 'finance', publishedOn: '2025-01-03' },
    },
    {
      state: 'pending',
      values: { formedOn: '2025-11-20', title: '征收方案', category: 'land_expropriation' },
    },
  ]);
  // another township's requests must not count
  await insert(county.townB, 'disclosure_request', requests().slice(0, 20));
  const res = await clerk.post<DisclosureReportView>('/api/disclosure-reports', { year: 2025 });
  expect(res.status).toBe(201);
  report = res.body;
});

/** Table 三 counted in SQL straight from the rows: each record's row and column, then grouped. */
async function sqlRequestCells(unitId: string): Promise<Map<string, number>> {
  const res = await server.database.db.execute(sql`
    with r as (
      select
        coalesce(nullif(data->>'applicantType', ''), 'natural') as col,
        data->>'receivedOn' >= '2025-01-01' as is_new,
        case
          when state = 'answered' and data->>'answeredOn' <= '2025-12-31' then coalesce(
            data->>'reportOutcome',
            case data->>'outcome'
              when 'provided' then 'provided' when 'already_public' then 'provided'
              when 'partial' then 'partial' when 'not_exist' then 'u_none' when 'not_ours' then 'u_none'
              when 'repeated' then 'd_repeat' when 'petition_or_consult' then 'd_petition'
              when 'other' then 'o_other' when 'withheld' then 'w_law' end)
          when state = 'abandoned' and data->>'abandonedOn' <= '2025-12-31'
            then coalesce(data->>'reportOutcome', 'o_nocorrect')
          else 'forward'
        end as res
      from ledger_records
      where unit_id = ${unitId} and kind = 'disclosure_request' and deleted_at is null
        and data->>'receivedOn' <= '2025-12-31'
        and coalesce(data->>'answeredOn', data->>'abandonedOn', '9999') >= '2025-01-01'
    ), g as (
      select *, case
        when res like 'w\\_%' then 'withheld' when res like 'u\\_%' then 'unable'
        when res like 'd\\_%' then 'declined' when res like 'o\\_%' then 'other' end as grp
      from r
    )
    select 'new' as row, col, count(*)::int as n from g where is_new group by rollup(col)
    union all select 'carried', col, count(*)::int from g where not is_new group by rollup(col)
    union all select res, col, count(*)::int from g group by res, rollup(col)
    union all select grp, col, count(*)::int from g where grp is not null group by grp, rollup(col)
    union all select 'done', col, count(*)::int from g where res <> 'forward' group by rollup(col)
  `);
  const out = new Map<string, number>();
  for (const x of rowsOf<{ row: string; col: string | null; n: number }>(res)) {
    out.set(`req.${x.row}.${x.col ?? 'total'}`, Number(x.n));
  }
  return out;
}

async function sqlRemedyCells(unitId: string): Promise<Map<string, number>> {
  const res = await server.database.db.execute(sql`
    with c as (
      select
        case when data->>'type' = 'reconsideration' then 'review'
             when (data->>'afterReview')::boolean is true then 'after' else 'direct' end as grp,
        case when data->>'concludedOn' is null or data->>'concludedOn' > '2025-12-31' then 'pending'
             when data->>'outcome' in ('upheld', 'dismissed') then 'upheld'
             when data->>'outcome' in ('revoked', 'illegal', 'changed', 'performance') then 'corrected'
             else 'other' end as res
      from ledger_records
      where unit_id = ${unitId} and kind = 'litigation_case' and deleted_at is null
        and data->>'receivedOn' between '2025-01-01' and '2025-12-31'
        and (data->>'aboutDisclosure')::boolean is true
    )
    select grp, res, count(*)::int as n from c group by grp, rollup(res)
  `);
  const out = new Map<string, number>();
  for (const x of rowsOf<{ grp: string; res: string | null; n: number }>(res)) {
    out.set(`remedy.${x.grp}.${x.res ?? 'total'}`, Number(x.n));
  }
  return out;
}

describe('the drafted tables', () => {
  it('every cell of table 三 equals its SQL count over the ledger', async () => {
    const expected = await sqlRequestCells(county.townA.id);
    const got = Object.fromEntries(REQUEST_CELLS.map((c) => [c, report.document.tables.requests[c]]));
    const want = Object.fromEntries(
      REQUEST_CELLS.map((c) => [c, c.startsWith('req.results.') ? 0 : (expected.get(c) ?? 0)]),
    );
    expect(got).toEqual(want);
    // the data is not trivial: carried, forward, reasons and the default counting all occur
    expect(want['req.carried.total']).toBeGreaterThan(0);
    expect(want['req.forward.total']).toBeGreaterThan(0);
    expect(want['req.w_internal.total']).toBeGreaterThan(0);
    expect(want['req.w_law.total']).toBeGreaterThan(0);
    expect(report.document.tables.assumed.length).toBeGreaterThan(0);
  });

  it('every cell of table 四 equals its SQL count', async () => {
    const expected = await sqlRemedyCells(county.townA.id);
    const got = Object.fromEntries(REMEDY_CELLS.map((c) => [c, report.document.tables.remedies[c]]));
    expect(got).toEqual(Object.fromEntries(REMEDY_CELLS.map((c) => [c, expected.get(c) ?? 0])));
    expect(got['remedy.after.total']).toBeGreaterThan(0);
  });

  it('counts proactive disclosure published in the year and the fee', () => {
    expect(report.document.tables.proactive.published).toBe(2);
    expect(report.document.tables.fee.requests).toBeGreaterThan(0);
    expect(report.document.tables.fee.amount).toBe(50 * report.document.tables.fee.requests);
  });

  it('a cell drills down to the records it counts', async () => {
    const cell = 'req.forward.total';
    const res = await clerk.get<DisclosureCellRecords>(`/api/disclosure-reports/${report.id}/cells/${cell}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('表三「四、结转下年度继续办理」行「总计」列');
    expect(res.body.records).toHaveLength(report.document.tables.requests[cell] ?? -1);
    expect(new Set(res.body.records.map((r) => r.kind))).toEqual(new Set(['disclosure_request']));
    const other = await server
      .client()
      .login((await buildUser(server.database.db, county.townB, 'township_clerk')).username);
    expect((await other.get(`/api/disclosure-reports/${report.id}/cells/${cell}`)).status).toBe(404);
  });
});

describe('workflow', () => {
  it('a table that does not add up is refused, naming the cell; a refresh restores it', async () => {
    await server.database.db.execute(sql`
      update annual_reports
      set document = jsonb_set(document, '{tables,requests,req.w_secret.natural}', '999'::jsonb)
      where id = ${report.id}`);
    const edited = await clerk.patch<DisclosureReportView>(`/api/disclosure-reports/${report.id}`, {
      version: report.version,
      problems: '部分答复未引用具体条款，已组织培训。',
      active: { 'active.penalty.decisions': 12 },
    });
    expect(edited.status).toBe(200);
    const refused = await clerk.post<{ error: { message: string } }>(
      `/api/disclosure-reports/${report.id}/actions`,
      {
        action: 'submit',
        version: edited.body.version,
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('表三「1.属于国家秘密」行「总计」列');
    const refreshed = await clerk.post<DisclosureReportView>(`/api/disclosure-reports/${report.id}/refresh`, {
      version: edited.body.version,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.checks.filter((c) => c.severity === 'error')).toEqual([]);
    expect(refreshed.body.document.active['active.penalty.decisions']).toBe(12);
    report = refreshed.body;
  });

  it('goes draft → submitted → approved → published, with the secrecy review', async () => {
    const step = async (who: HttpClient, body: Record<string, unknown>) =>
      who.post<DisclosureReportView & { error?: { message: string } }>(
        `/api/disclosure-reports/${report.id}/actions`,
        {
          version: report.version,
          ...body,
        },
      );
    // 待办 (today 2026-11-25, county default 1月31日): overdue, naming where the report stands
    const reminder = async () =>
      (await clerk.get<TodoList>('/api/todo?days=3')).body.items.filter(
        (i) => i.kind === 'disclosure_report',
      );
    expect((await reminder()).map((i) => [i.id, i.state, i.due, i.link, i.reason.split('。')[0]])).toEqual([
      [
        report.id,
        'overdue',
        '2026-01-31',
        `/disclosure-reports/${report.id}`,
        '向社会公开期限2026年1月31日已过，已逾期；报告目前为「草稿」',
      ],
    ]);
    let r = await step(clerk, { action: 'submit' });
    expect(r.status).toBe(200);
    report = r.body;
    r = await step(leader, { action: 'approve' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('approved');
    report = r.body;
    r = await step(leader, { action: 'publish' });
    expect(r.status).toBe(422);
    expect(r.body.error?.message).toContain('保密审查');
    r = await step(leader, {
      action: 'publish',
      secrecy: { reviewer: '王审查', date: '2026-01-20', result: 'passed' },
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('published');
    // published: no longer in 待办
    expect(await reminder()).toEqual([]);
    const pub = await server
      .client()
      .get<{ reports: { id: string; year: number }[] }>(
        `/api/public/units/${county.county.code.trim()}/disclosure-reports`,
      );
    expect(pub.body.reports.map((x) => x.id)).toContain(report.id);
  });

  it('the .docx holds the template tables as Word tables', async () => {
    const res = await server.client().raw(`/api/public/disclosure-reports/${report.id}/docx`);
    expect(res.status).toBe(200);
    const entries = await unzipEntries(new Uint8Array(await res.arrayBuffer()));
    const xml = Buffer.from(entries.find((e) => e.name === 'word/document.xml')?.data ?? []).toString('utf8');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain('三、收到和处理政府信息公开申请情况');
    expect(xml).toContain('要求行政机关确认或重新出具已获取信息');
  });
});

describe('fazhi disclosure-report', () => {
  it('writes the .docx for a unit named by code, with the same figures', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fz-disc-')), 'r.docx');
    const logs: string[] = [];
    const log = console.log;
    console.log = (s: string) => logs.push(s);
    try {
      const code = await disclosureReportCli(
        server.database.db,
        ['--unit', county.townA.code.trim(), '--year', '2025', '--out', out],
        testNow(),
      );
      expect(code).toBe(0);
    } finally {
      console.log = log;
    }
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
    expect(logs[0]).toContain(`新收申请${report.document.tables.requests['req.new.total']}件`);
  });
});
