import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordData } from '../../../core/ledgers';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, type TestCounty } from '../../test/factories';
import { setupTestServer } from '../../test/server';

interface Page {
  unit: { name: string; code: string };
  bodies: { name: string; role: string }[];
  officers: Record<string, unknown>[];
  matters: Record<string, unknown>[];
  decisions: Record<string, unknown>[];
  total: number;
}

const server = setupTestServer();
let county: TestCounty;

const ID = '439999199003071234';
const PHONE = '13800002468';
const ADDRESS = '测试县甲镇甲村三组十八号';
const FACTS = '经现场勘验查明当事人擅自在基本农田上建房';

async function insert(town: UnitRow, kind: string, rows: { state: string; values: RecordData }[]) {
  const k = requireKind(kind);
  const db = server.database.db;
  const env = await ledgerEnv(db, town.path, testNow());
  return db.transaction((tx) =>
    insertRecords(
      tx,
      k,
      town.id,
      rows.map((r) => ({ ...r, createdBy: null })),
      env,
      testNow(),
    ),
  );
}

const decision = (i: number, extra: RecordData = {}): RecordData => ({
  filedOn: '2026-01-05',
  caseName: `第${i}号占道经营案`,
  procedure: 'ordinary',
  source: 'patrol',
  partyType: 'organisation',
  partyName: `示例商贸有限公司${i}`,
  facts: '占用道路摆摊经营',
  decidedOn: '2026-02-02',
  decisionNumber: `甲综执罚决〔2026〕${i}号`,
  decisionType: 'fine',
  fineAmount: 500,
  publishedOn: `2026-02-${String(3 + (i % 20)).padStart(2, '0')}`,
  publicSummary: '责令改正并处罚款',
  ...extra,
});

const get = (code: string, qs = '') =>
  server.client().get<Page>(`/api/public/units/${code}/enforcement${qs ? `?${qs}` : ''}`);

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  const town = county.townA;
  await insert(town, 'officer', [
    {
      state: 'active',
      values: {
        name: '王执法',
        certNumber: 'HN-0001',
        department: '甲镇综合行政执法办公室',
        fields: ['comprehensive', 'natural_resources'],
        issuedOn: '2024-01-01',
        expiresOn: '2099-12-31',
        phone: '13800001357',
      },
    },
    {
      state: 'active',
      values: {
        name: '过期人',
        certNumber: 'HN-0002',
        fields: ['comprehensive'],
        issuedOn: '2020-01-01',
        expiresOn: '2021-01-01',
      },
    },
    {
      state: 'left',
      values: {
        name: '调离人',
        certNumber: 'HN-0003',
        fields: ['comprehensive'],
        issuedOn: '2024-01-01',
        expiresOn: '2099-01-01',
      },
    },
  ]);
  await insert(town, 'enforcement_matter', [
    {
      state: 'active',
      values: {
        name: '对占道经营的处罚',
        type: 'penalty',
        legalBasis: '《城市市容和环境卫生管理条例》第三十六条',
        department: '甲镇综合行政执法办公室',
        listedOn: '2025-01-01',
      },
    },
    {
      state: 'retired',
      values: {
        name: '已取消事项',
        type: 'penalty',
        legalBasis: '某条',
        department: '甲镇农业综合服务中心',
        listedOn: '2025-01-01',
      },
    },
  ]);
  await insert(town, 'enforcement_case', [
    {
      state: 'closed',
      values: decision(100, {
        caseName: '张伟未经批准占用耕地建房案',
        partyType: 'person',
        partyName: '张伟',
        partyIdNumber: ID,
        partyPhone: PHONE,
        partyAddress: ADDRESS,
        facts: FACTS,
        publishedOn: '2026-03-20',
        publicSummary: `当事人张伟（联系电话${PHONE}）未经批准占用耕地建房，责令限期拆除`,
        fineAmount: 3000,
      }),
    },
    {
      state: 'revoked',
      values: decision(101, {
        caseName: '李明无证经营案',
        partyType: 'person',
        partyName: '李明',
        publishedOn: '2026-03-10',
        revokedOn: '2026-03-15',
        withdrawnOn: '2026-03-16',
        withdrawNotice: '该决定已被依法撤销，原公示信息予以撤回',
      }),
    },
    // decided, not yet published: not public
    { state: 'decided', values: { ...decision(102), publishedOn: undefined, caseName: '未公示案' } },
    ...Array.from({ length: 25 }, (_, i) => ({ state: 'closed', values: decision(i + 1) })),
  ]);
  // another township's decision never shows here
  await insert(county.townB, 'enforcement_case', [{ state: 'closed', values: decision(900) }]);
});

describe('GET /api/public/units/:code/enforcement (行政执法公示)', () => {
  it('answers without a login, with short public caching', async () => {
    const r = await get(county.townA.code);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(Object.keys(r.body)).toEqual(
      expect.arrayContaining(['bodies', 'officers', 'matters', 'decisions', 'total']),
    );
    expect(r.body.unit).toEqual({ name: '甲镇', code: county.townA.code });
  });

  it('lists the township as the body, its offices, certified officers and active matters only', async () => {
    const { body } = await get(county.townA.code);
    expect(body.bodies).toEqual([
      { name: '甲镇人民政府', role: '行政执法主体' },
      { name: '甲镇综合行政执法办公室', role: '执法机构' },
    ]);
    expect(body.officers).toEqual([
      { name: '王执法', certNumber: 'HN-0001', fields: ['综合行政执法', '自然资源'] },
    ]);
    expect(body.matters).toEqual([
      {
        name: '对占道经营的处罚',
        type: '行政处罚',
        legalBasis: '《城市市容和环境卫生管理条例》第三十六条',
        department: '甲镇综合行政执法办公室',
      },
    ]);
  });

  it('shows a natural person as 张* and leaks no ID number, phone, address, facts or full name', async () => {
    const r = await get(county.townA.code);
    const d = r.body.decisions[0];
    expect(d).toEqual({
      decisionNumber: '甲综执罚决〔2026〕100号',
      caseName: '张*未经批准占用耕地建房案',
      decisionType: '罚款',
      decidedOn: '2026-02-02',
      publishedOn: '2026-03-20',
      partyName: '张*',
      publicSummary: '当事人张*（联系电话（已隐去））未经批准占用耕地建房，责令限期拆除',
      fineAmount: 3000,
    });
    const json = JSON.stringify(r.body);
    for (const secret of [ID, PHONE, ADDRESS, FACTS, '张伟', '13800001357', '李明'])
      expect(json).not.toContain(secret);
    // organisations are published by their full name
    expect(r.body.decisions[2]).toMatchObject({ partyName: expect.stringMatching(/^示例商贸有限公司\d+$/) });
    expect(json).not.toContain('未公示案');
    expect(json).not.toContain('示例商贸有限公司900');
  });

  it('hides phone and ID numbers however staff typed them into the public text', async () => {
    const formats = [
      '+86 138 0000 2468',
      '138-0000-2468',
      '１３８００００２４６８',
      '0086 13800002468',
      '4399 9919 9003 0712 34',
      '４３９９９９１９９００３０７１２３４',
      '(0731)84561234',
    ];
    const town = (await buildCounty(server.database.db)).townB;
    await insert(town, 'enforcement_case', [
      {
        state: 'closed',
        values: decision(300, {
          decisionNumber: '乙综执罚决〔2026〕300号',
          publicSummary: `当事人电话${formats.join('、')}，责令改正`,
        }),
      },
    ]);
    const r = await get(town.code);
    expect(r.status).toBe(200);
    const d = r.body.decisions[0] as { publicSummary: string };
    expect(d.publicSummary).toBe(`当事人电话${formats.map(() => '（已隐去）').join('、')}，责令改正`);
    const json = JSON.stringify(r.body);
    for (const f of formats) expect(json).not.toContain(f);
  });

  it('shows a withdrawn decision only as its withdrawal notice', async () => {
    const { body } = await get(county.townA.code);
    const notice = body.decisions.find((d) => d.decisionNumber === '甲综执罚决〔2026〕101号');
    expect(notice).toEqual({
      decisionNumber: '甲综执罚决〔2026〕101号',
      withdrawnOn: '2026-03-16',
      withdrawNotice: '该决定已被依法撤销，原公示信息予以撤回',
    });
  });

  it('pages newest first with the total', async () => {
    const p1 = await get(county.townA.code, 'pageSize=10');
    expect(p1.body.total).toBe(27);
    expect(p1.body.decisions).toHaveLength(10);
    const dates = p1.body.decisions.map((d) => String(d.publishedOn ?? d.withdrawnOn));
    expect(dates).toEqual([...dates].sort().reverse());
    const p3 = await get(county.townA.code, 'pageSize=10&page=3');
    expect(p3.body.decisions).toHaveLength(7);
    const past = await get(county.townA.code, 'pageSize=10&page=9');
    expect(past.body).toMatchObject({ decisions: [], total: 27 });
    const all = new Set(
      [p1, await get(county.townA.code, 'pageSize=10&page=2'), p3].flatMap((p) =>
        p.body.decisions.map((d) => d.decisionNumber),
      ),
    );
    expect(all.size).toBe(27);
  });

  it('searches case names, decision numbers and summaries, but not a person’s full name', async () => {
    const byNumber = await get(county.townA.code, `q=${encodeURIComponent('〔2026〕7号')}`);
    expect(byNumber.body.decisions.map((d) => d.decisionNumber)).toEqual(['甲综执罚决〔2026〕7号']);
    expect(byNumber.body.total).toBe(1);
    const byName = await get(county.townA.code, `q=${encodeURIComponent('占用耕地')}`);
    expect(byName.body.decisions.map((d) => d.decisionNumber)).toEqual(['甲综执罚决〔2026〕100号']);
    const bySummary = await get(county.townA.code, `q=${encodeURIComponent('责令改正')}`);
    expect(bySummary.body.total).toBe(25);
    // the withdrawn decision's case name is gone; its notice is searchable
    expect((await get(county.townA.code, `q=${encodeURIComponent('无证经营')}`)).body.total).toBe(0);
    expect((await get(county.townA.code, `q=${encodeURIComponent('撤回')}`)).body.total).toBe(1);
    // the full name is not public, so searching for it tells nothing
    expect((await get(county.townA.code, `q=${encodeURIComponent('张伟')}`)).body.total).toBe(0);
    expect((await get(county.townA.code, `q=${encodeURIComponent('%')}`)).body.total).toBe(0);
  });

  it('answers 404 in Chinese for unknown codes and for units that are not townships', async () => {
    for (const code of ['439999999999', county.county.code, county.villageA.code, 'abc']) {
      const r = await server
        .client()
        .get<{ error: { code: string; message: string } }>(`/api/public/units/${code}/enforcement`);
      expect(r.status).toBe(404);
      expect(r.body.error.message).toBe('未找到该乡镇（街道）');
    }
  });

  it('shows a newly published decision within a minute (kept page reloaded after 30 s)', async () => {
    const before = (await get(county.townA.code)).body.total;
    await insert(county.townA, 'enforcement_case', [
      { state: 'closed', values: decision(200, { publishedOn: '2026-04-01' }) },
    ]);
    expect((await get(county.townA.code)).body.total).toBe(before);
    server.clock.advanceMinutes(1);
    let after = before;
    for (let i = 0; i < 20 && after === before; i++) {
      after = (await get(county.townA.code)).body.total;
      if (after === before) await new Promise((r) => setTimeout(r, 50));
    }
    expect(after).toBe(before + 1);
  });
});
