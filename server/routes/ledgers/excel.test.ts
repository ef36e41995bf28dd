import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = {
  error: {
    code: string;
    message: string;
    rows?: { row: number | null; column: string | null; message: string }[];
  };
};

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let sibling: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
  sibling = await server
    .client()
    .login((await buildUser(server.database.db, county.townB, 'township_clerk')).username);
});

async function download(client: HttpClient, url: string): Promise<ExcelJS.Workbook> {
  const res = await client.raw(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

/** Fills the downloaded template's first sheet by header label, as a clerk would. */
async function filled(rows: Record<string, string | number>[]): Promise<Blob> {
  const wb = await download(clerk, '/api/ledgers/petition/template.xlsx');
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    headers.set(String(cell.value).replace(/^\*/, '').trim(), col);
  });
  rows.forEach((r, i) => {
    for (const [label, value] of Object.entries(r)) {
      const col = headers.get(label);
      if (!col) throw new Error(`template has no column ${label}: ${[...headers.keys()].join(',')}`);
      ws.getRow(i + 2).getCell(col).value = value;
    }
  });
  return new Blob([await wb.xlsx.writeBuffer()]);
}

const row = (n: number, over: Record<string, string | number> = {}) => ({
  收到日期: `2026-04-${String(n).padStart(2, '0')}`,
  信访形式: '来信',
  来源: '直接受理',
  人数: 1,
  信访人1姓名或名称: `冯${'一二三四五六七八九十'[n % 10]}`,
  信访人1联系电话: `1380000${String(1000 + n)}`,
  信访事由: `反映第${n}组灌溉渠道维修问题`,
  问题类别: '农村农业与土地',
  主要诉求: '请求尽快维修渠道',
  ...over,
});

const upload = (blob: Blob, name = '信访台账.xlsx') => {
  const form = new FormData();
  form.append('file', blob, name);
  return form;
};

describe('ledger Excel', () => {
  it('offers a template with Chinese headers, dropdowns and a 填写说明 sheet', async () => {
    const wb = await download(clerk, '/api/ledgers/petition/template.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toContain('填写说明');
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(header.some((h) => h.includes('收到日期'))).toBe(true);
    expect(header.some((h) => h.includes('信访人1身份证号'))).toBe(true);
  });

  it('imports nothing when one row is bad, naming its row and column', async () => {
    const blob = await filled([row(1), row(2, { 信访形式: '托梦' }), row(3)]);
    const r = await clerk.upload<Err>('/api/ledgers/petition/import', upload(blob));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('IMPORT_INVALID');
    expect(r.body.error.rows).toEqual([
      expect.objectContaining({
        row: 3,
        column: expect.stringContaining('信访形式'),
        message: expect.stringContaining('只能是'),
      }),
    ]);
    expect((await clerk.get<{ total: number }>('/api/ledgers/petition')).body.total).toBe(0);
  });

  it('imports every row of a good file once, and a second import of the same file adds nothing', async () => {
    const blob = await filled([row(1), row(2), row(3)]);
    const first = await clerk.upload<{ imported: number; duplicates: number }>(
      '/api/ledgers/petition/import',
      upload(blob),
    );
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ imported: 3, duplicates: 0 });
    const again = await clerk.upload<{ imported: number; duplicates: number }>(
      '/api/ledgers/petition/import',
      upload(blob),
    );
    expect(again.body).toEqual({ imported: 0, duplicates: 3 });
    const list = await clerk.get<{ total: number; items: { state: string; number: string }[] }>(
      '/api/ledgers/petition?sort=number&order=asc',
    );
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((i) => i.number)).toEqual(['访〔2026〕1号', '访〔2026〕2号', '访〔2026〕3号']);
    expect(list.body.items.every((i) => i.state === 'registered')).toBe(true);
    const sha = crypto
      .createHash('sha256')
      .update(Buffer.from(await blob.arrayBuffer()))
      .digest('hex');
    const history = await clerk.get<{ action: string; after: { imported: number; records: string[] } }[]>(
      `/api/audit?entity=ledger_import&entityId=${sha}`,
    );
    expect(history.body.map((h) => [h.action, h.after.imported, h.after.records.length])).toEqual([
      ['ledger.import', 3, 3],
      ['ledger.import', 0, 0],
    ]);
    expect((await sibling.get(`/api/audit?entity=ledger_import&entityId=${sha}`)).status).toBe(404);
  });

  it('refuses a file that is not Excel with a clear message', async () => {
    const r = await clerk.upload<Err>(
      '/api/ledgers/petition/import',
      upload(new Blob(['姓名,电话\n张三,1']), '台账.xlsx'),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('Excel');
  });

  it('exports the filtered list with phones masked unless township staff reveal them', async () => {
    const masked = await download(
      clerk,
      `/api/ledgers/petition/export.xlsx?q=${encodeURIComponent('第2组')}`,
    );
    const ws = masked.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.actualRowCount).toBe(2);
    const text = JSON.stringify(ws.getRow(2).values);
    expect(text).toContain('138****1002');
    expect(text).not.toContain('13800001002');
    const shown = await download(
      clerk,
      `/api/ledgers/petition/export.xlsx?q=${encodeURIComponent('第2组')}&reveal=1`,
    );
    expect(JSON.stringify((shown.worksheets[0] as ExcelJS.Worksheet).getRow(2).values)).toContain(
      '13800001002',
    );
    const empty = await download(sibling, '/api/ledgers/petition/export.xlsx');
    expect((empty.worksheets[0] as ExcelJS.Worksheet).actualRowCount).toBe(1);
  });
});
