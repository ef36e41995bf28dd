import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAnalysisWorkers } from '../../analysisPool';
import { buildCounty, buildUser } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

const TOKEN = 'scrape-token-for-warmup-tests';
const server = setupTestServer({ FAZHI_METRICS: '1', FAZHI_METRICS_TOKEN: TOKEN });
let reviewer: HttpClient;
let clerk: HttpClient;

async function workers(): Promise<number> {
  const r = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(r.status).toBe(200);
  const line = (await r.text()).split('\n').find((l) => l.startsWith('fazhi_analysis_workers '));
  return Number(line?.split(' ')[1]);
}

beforeAll(async () => {
  const db = server.database.db;
  const county = await buildCounty(db);
  reviewer = await server.client().login((await buildUser(db, county.county, 'county_reviewer')).username);
  clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  // a restart: no worker left from another file of this test process
  await closeAnalysisWorkers();
});
afterAll(closeAnalysisWorkers);

describe('the analysis worker starts when a reviewer opens the 审查 page', () => {
  it('starts none for a user who may not review, one for the review list, and the upload reuses it', async () => {
    expect(await workers()).toBe(0);

    expect((await clerk.get('/api/reviews')).status).toBe(403);
    expect(await workers()).toBe(0);

    expect((await reviewer.get('/api/reviews')).status).toBe(200);
    expect(await workers()).toBe(1);
    // the page asked again (a filter changed): still one
    expect((await reviewer.get('/api/reviews?year=2025')).status).toBe(200);
    expect(await workers()).toBe(1);

    const f = new FormData();
    f.append(
      'files',
      new Blob(['某某镇2025年法治政府建设年度报告\n一、主要举措和成效\n全年开展普法活动12场。']),
      '某某镇.txt',
    );
    const up = await reviewer.upload<{ items: { error: string | null; reportYear: number | null }[] }>(
      '/api/reviews',
      f,
    );
    expect(up.status).toBe(201);
    expect(up.body.items[0]?.error).toBeNull();
    expect(up.body.items[0]?.reportYear).toBe(2025);
    expect(await workers()).toBe(1);
  });
});
