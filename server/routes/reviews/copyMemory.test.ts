import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reportProse, seededRandom } from '../../../core/analyzer/copyDetection/syntheticReports';
import { insertUnitAudited } from '../../commands/unitCreator';
import { copyMemory } from '../../db/schema';
import { backfillCopyMemory } from '../../repositories/copyMemoryRepo';
import { testNow } from '../../test/clock';
import {
  buildAnnualReport,
  buildCounty,
  buildReview,
  buildUser,
  type TestCounty,
} from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * The county remembers every report it has received (issue 12 §4): a report uploaded
 * on its own is compared with every earlier upload of the county, whatever the batch or
 * year; never with another county's. All texts are synthetic (reportProse).
 */
type Summary = { id: string; fileName: string; unit: { name: string; matched: boolean }; copyCount: number };
type Copy = {
  otherId: string;
  otherFile: string;
  otherUnit: string | null;
  kind: string;
  quote: string;
  length: number;
};
type Detail = { result: { copies: Copy[] } };

const server = setupTestServer();

/** A further township of the test county (the factory makes two). */
function buildUnit(county: TestCounty, name: string, seq: string) {
  return insertUnitAudited(
    server.database.db,
    { name, code: `${county.county.code.slice(0, 6)}${seq}000`, level: 'township', parent: county.county },
    null,
    testNow(),
  );
}

async function countyWithReviewer(): Promise<{ county: TestCounty; reviewer: HttpClient }> {
  const county = await buildCounty(server.database.db);
  const user = await buildUser(server.database.db, county.county, 'county_reviewer');
  return { county, reviewer: await server.client().login(user.username) };
}

function upload(name: string, text: string): FormData {
  const form = new FormData();
  form.append('files', new Blob([text]), name);
  return form;
}

async function uploadOne(reviewer: HttpClient, name: string, text: string): Promise<Summary> {
  const r = await reviewer.post<{ items: Summary[] }>('/api/reviews', upload(name, text));
  expect(r.status).toBe(201);
  const item = r.body.items[0];
  if (!item) throw new Error('no review returned');
  return item;
}

async function copiesOf(reviewer: HttpClient, id: string): Promise<Copy[]> {
  const r = await reviewer.get<Detail>(`/api/reviews/${id}`);
  expect(r.status).toBe(200);
  return r.body.result.copies;
}

describe("the county's memory of received reports", () => {
  it("a report uploaded later that differs only in the town's name names the earlier one", async () => {
    const { reviewer } = await countyWithReviewer();
    const a = reportProse(seededRandom(101), 4000, '甲镇', 2025);
    const first = await uploadOne(reviewer, '甲镇报告.txt', a);
    expect(first.unit).toMatchObject({ name: '甲镇', matched: true });
    expect(await copiesOf(reviewer, first.id)).toEqual([]);

    const second = await uploadOne(reviewer, '乙镇报告.txt', a.replaceAll('甲镇', '乙镇'));
    expect(second.unit).toMatchObject({ name: '乙镇', matched: true });
    const copies = await copiesOf(reviewer, second.id);
    expect(copies.length).toBeGreaterThan(0);
    expect(new Set(copies.map((c) => c.otherId))).toEqual(new Set([first.id]));
    expect(copies.every((c) => c.kind === 'cross_unit' && c.otherUnit === '甲镇')).toBe(true);
    // Nearly the whole report is found, not a sentence or two.
    const total = copies.reduce((n, c) => n + c.length, 0);
    expect(total).toBeGreaterThan(2500);
  });

  it('the fourth copy of a report still names the original: copies do not make it common wording', async () => {
    const { county, reviewer } = await countyWithReviewer();
    const bing = await buildUnit(county, '丙镇', '103');
    const ding = await buildUnit(county, '丁镇', '104');
    const a = reportProse(seededRandom(505), 3000, '甲镇', 2025);
    const original = await uploadOne(reviewer, '甲镇报告.txt', a);
    for (const town of ['乙镇', '丙镇'])
      await uploadOne(reviewer, `${town}报告.txt`, a.replaceAll('甲镇', town));
    const last = await uploadOne(reviewer, '丁镇报告.txt', a.replaceAll('甲镇', '丁镇'));
    expect([bing.name, ding.name]).toEqual(['丙镇', '丁镇']);
    const copies = await copiesOf(reviewer, last.id);
    expect(copies.map((c) => c.otherId)).toContain(original.id);
    expect(new Set(copies.map((c) => c.otherUnit))).toEqual(new Set(['甲镇', '乙镇', '丙镇']));
  });

  it("a township's report repeating its own earlier year is a self-repeat, not a copy", async () => {
    const { reviewer } = await countyWithReviewer();
    const earlier = reportProse(seededRandom(202), 4000, '甲镇', 2024);
    const first = await uploadOne(reviewer, '甲镇2024.txt', earlier);
    // Other townships' uploads in between, in their own batches.
    await uploadOne(reviewer, '乙镇2024.txt', reportProse(seededRandom(203), 3000, '乙镇', 2024));
    const middle = earlier.split('\n').slice(6, 14).join('\n');
    expect(middle.length).toBeGreaterThan(600);
    const later = `${reportProse(seededRandom(204), 2500, '甲镇', 2025)}\n${middle}`;
    const second = await uploadOne(reviewer, '甲镇2025.txt', later);
    const copies = await copiesOf(reviewer, second.id);
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((c) => c.kind === 'self_repeat' && c.otherId === first.id)).toBe(true);
    expect(copies.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(500);
    // … and becomes a 整改 item of its own kind in one step
    const r = await reviewer.post<{ defect: { kind: string; quote: string; message: string } }>(
      `/api/reviews/${second.id}/rectifications`,
      { copyIndex: 0, instruction: '请结合本年度工作重新撰写', deadline: '2026-12-31' },
    );
    expect(r.status).toBe(201);
    expect(r.body.defect).toMatchObject({ kind: 'self_repeat', quote: copies[0]?.quote });
    expect(r.body.defect.message).toContain('本单位往年报告甲镇《甲镇2024.txt》');
  });

  it("another county's reports are never compared", async () => {
    const one = await countyWithReviewer();
    const other = await countyWithReviewer();
    const a = reportProse(seededRandom(303), 4000, '甲镇', 2025);
    const first = await uploadOne(one.reviewer, '甲镇报告.txt', a);
    const second = await uploadOne(other.reviewer, '乙镇报告.txt', a.replaceAll('甲镇', '乙镇'));
    expect(await copiesOf(other.reviewer, second.id)).toEqual([]);
    // Each county's memory holds its own report only.
    const rows = await server.database.db
      .select({ reviewId: copyMemory.reviewId })
      .from(copyMemory)
      .where(eq(copyMemory.countyId, other.county.county.id));
    expect(rows.map((r) => r.reviewId)).toEqual([second.id]);
    // The first county still finds the copy when the same text reaches it.
    const third = await uploadOne(one.reviewer, '乙镇报告.txt', a.replaceAll('甲镇', '乙镇'));
    expect((await copiesOf(one.reviewer, third.id)).map((c) => c.otherId)).toContain(first.id);
  });

  it('a copy finding becomes a 整改 item in one step, audited like the others', async () => {
    const { reviewer } = await countyWithReviewer();
    const a = reportProse(seededRandom(404), 3000, '甲镇', 2025);
    await uploadOne(reviewer, '甲镇报告.txt', a);
    const second = await uploadOne(reviewer, '乙镇报告.txt', a.replaceAll('甲镇', '乙镇'));
    const [copy] = await copiesOf(reviewer, second.id);
    if (!copy) throw new Error('expected a copy');
    const r = await reviewer.post<{ id: string; defect: { kind: string; quote: string; message: string } }>(
      `/api/reviews/${second.id}/rectifications`,
      { copyIndex: 0, instruction: '请结合本镇实际重新撰写该段', deadline: '2026-12-31' },
    );
    expect(r.status).toBe(201);
    expect(r.body.defect.kind).toBe('copy');
    expect(r.body.defect.quote).toBe(copy.quote);
    expect(r.body.defect.message).toContain('甲镇《甲镇报告.txt》');
    const history = await reviewer.get<{ action: string }[]>(
      `/api/audit?entity=rectification&entityId=${r.body.id}`,
    );
    expect(history.body.map((h) => h.action)).toEqual(['rectification.create']);

    const missing = await reviewer.post<{ error: { field: string; message: string } }>(
      `/api/reviews/${second.id}/rectifications`,
      { copyIndex: 999, instruction: '请重新撰写', deadline: '2026-12-31' },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('copyIndex');
    expect(missing.body.error.message).toContain('雷同段落');
  });

  it("a township's report sent up (报送) is remembered by its county", async () => {
    const { county } = await countyWithReviewer();
    const clerk = await server
      .client()
      .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
    const report = await buildAnnualReport(server.database.db, county.townA, 'approved');
    const sent = await clerk.post<{ status: string }>(`/api/reports/${report.id}/report`, {
      version: report.version,
    });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('reported');
    const rows = await server.database.db
      .select({ unitId: copyMemory.unitId, reportYear: copyMemory.reportYear })
      .from(copyMemory)
      .where(eq(copyMemory.countyId, county.county.id));
    expect(rows).toEqual([{ unitId: county.townA.id, reportYear: report.year }]);
  });

  it('reviews stored before the memory existed are remembered by the backfill', async () => {
    const { county } = await countyWithReviewer();
    const old = await buildReview(server.database.db, county.townA, county.county);
    const before = await server.database.db.select().from(copyMemory).where(eq(copyMemory.reviewId, old.id));
    expect(before).toEqual([]);
    expect(await backfillCopyMemory(server.database.db)).toBeGreaterThanOrEqual(1);
    const after = await server.database.db
      .select({ countyId: copyMemory.countyId, unitId: copyMemory.unitId })
      .from(copyMemory)
      .where(eq(copyMemory.reviewId, old.id));
    expect(after).toEqual([{ countyId: county.county.id, unitId: county.townA.id }]);
  });
});
