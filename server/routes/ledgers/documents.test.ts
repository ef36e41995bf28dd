import { beforeAll, describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../../io/limits';
import { readDocx } from '../../io/readDocx';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Rec = { id: string; version: number; state: string; number: string };

/** A valid 18-digit ID number from its first 17 digits. */
function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return first17 + ('10X98765432'[sum % 11] as string);
}
const ID = idNumber('43012119850612001');

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let reviewer: HttpClient;
let rec: Rec;

async function docxText(client: HttpClient, url: string): Promise<string> {
  const res = await client.raw(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('wordprocessingml');
  const read = await readDocx(new Uint8Array(await res.arrayBuffer()), READ_LIMITS);
  if (!('text' in read)) throw new Error(`not a readable .docx: ${JSON.stringify(read)}`);
  return read.text;
}

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  reviewer = await server.client().login((await buildUser(db, county.county, 'county_reviewer')).username);
  const created = await clerk.post<Rec>('/api/ledgers/dispute', {
    registeredOn: '2026-03-02',
    source: 'visit',
    type: 'neighbour',
    parties: [
      { name: '王大明', idNumber: ID, phone: '13800001111' },
      { name: '李小红', phone: '13900002222' },
    ],
    summary: '两家排水沟堵塞引发争执',
    riskLevel: 'low',
  });
  expect(created.status).toBe(201);
  rec = created.body;
  const act = async (action: string, values: Record<string, unknown>) => {
    const r = await clerk.post<Rec>(`/api/ledgers/dispute/${rec.id}/actions/${action}`, {
      version: rec.version,
      values,
    });
    expect(r.status).toBe(200);
    rec = r.body;
  };
  await act('start_mediation', { mediationStartedOn: '2026-03-03', mediator: '孙调解' });
});

describe('one record as a document (issue 15 §5)', () => {
  it('writes the 登记表 as .docx: fields, parties, the steps with their dates; full particulars for township staff', async () => {
    const text = await docxText(clerk, `/api/ledgers/dispute/${rec.id}/documents/register/docx`);
    expect(text).toContain('矛盾纠纷登记表');
    expect(text).toContain(rec.number);
    expect(text).toContain('纠纷概要');
    expect(text).toContain('两家排水沟堵塞引发争执');
    expect(text).toContain('邻里纠纷');
    expect(text).toContain('王大明');
    expect(text).toContain(ID);
    expect(text).toContain('开始调解');
    expect(text).toContain('2026年3月3日');
    expect(text).toContain('经办人（签名）');
    const history = await clerk.get<{ action: string; after: Record<string, unknown> }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    expect(history.body.at(-1)).toMatchObject({
      action: 'ledger.document',
      after: { document: '矛盾纠纷登记表', format: 'Word 文档', revealed: true },
    });
  });

  it('offers the 调解协议书 only after 调解成功, then with the terms, the parties and their signature lines', async () => {
    const early = await clerk.get<{ error: { code: string; message: string } }>(
      `/api/ledgers/dispute/${rec.id}/documents/agreement/docx`,
    );
    expect(early.status).toBe(404);
    expect(early.body.error.message).toContain('尚未办理到这一步');
    const r = await clerk.post<Rec>(`/api/ledgers/dispute/${rec.id}/actions/succeed`, {
      version: rec.version,
      values: {
        agreementForm: 'written',
        agreementOn: '2026-03-10',
        agreementTerms: '双方各出一半费用疏通排水沟',
      },
    });
    expect(r.status).toBe(200);
    rec = r.body;
    const text = await docxText(clerk, `/api/ledgers/dispute/${rec.id}/documents/agreement/docx`);
    expect(text).toContain('人民调解协议书');
    expect(text).toContain('双方各出一半费用疏通排水沟');
    expect(text).toContain('2026年3月10日');
    expect(text).toContain('第二十九条');
    expect(text).toContain('当事人（王大明）签名、盖章或按指印');
    expect(text).toContain('当事人（李小红）签名、盖章或按指印');
    expect(text).toContain('人民调解委员会（印章）');
    // the 登记表's steps are not part of the agreement
    expect(text).not.toContain('开始调解');
  });

  it('masks ID numbers and phones for a county reviewer, who may not reveal them, and audits that too', async () => {
    const text = await docxText(reviewer, `/api/ledgers/dispute/${rec.id}/documents/register/docx`);
    expect(text).toContain('王大明');
    expect(text).not.toContain(ID);
    expect(text).not.toContain('13800001111');
    expect(text).toContain('138****1111');
    const history = await clerk.get<{ action: string; after: Record<string, unknown> }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    expect(history.body.at(-1)).toMatchObject({ action: 'ledger.document', after: { revealed: false } });
  });

  it('serves the print view as a page with print CSS; an unknown document is a Chinese 404', async () => {
    const res = await clerk.raw(`/api/ledgers/dispute/${rec.id}/documents/agreement/print`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<h1>人民调解协议书</h1>');
    expect(html).toContain('@media print');
    expect(html).toContain('双方各出一半费用疏通排水沟');
    const unknown = await clerk.get<{ error: { message: string } }>(
      `/api/ledgers/dispute/${rec.id}/documents/decision/docx`,
    );
    expect(unknown.status).toBe(404);
    // another township's clerk does not learn the record exists
    const other = await server
      .client()
      .login((await buildUser(server.database.db, county.townB, 'township_clerk')).username);
    expect((await other.get(`/api/ledgers/dispute/${rec.id}/documents/register/docx`)).status).toBe(404);
  });
});
