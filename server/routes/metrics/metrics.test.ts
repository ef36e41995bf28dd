import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser } from '../../test/factories';
import { setupTestServer } from '../../test/server';

/** The value of one sample line of the exposition, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics when FAZHI_METRICS is not set', () => {
  const server = setupTestServer();

  it('answers 404 like an unknown path', async () => {
    const r = await server.client().get<{ error: { code: string } }>('/metrics');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('/metrics when enabled with a token', () => {
  const TOKEN = 'scrape-token-for-tests';
  const server = setupTestServer({ FAZHI_METRICS: '1', FAZHI_METRICS_TOKEN: TOKEN });
  const scrape = async () => {
    const r = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return r.text();
  };
  let recordId = '';

  beforeAll(async () => {
    const db = server.database.db;
    const county = await buildCounty(db);
    const clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
    const created = await clerk.post<{ id: string }>('/api/ledgers/dispute', {
      registeredOn: '2026-03-02',
      source: 'visit',
      type: '邻里纠纷',
      village: county.villageA.id,
      parties: [{ name: '赵大年', phone: '13800001111' }],
      summary: '两户因排水沟堵塞引发邻里矛盾',
      riskLevel: 'low',
    });
    expect(created.status).toBe(201);
    recordId = created.body.id;
    expect((await clerk.get(`/api/ledgers/dispute/${recordId}?q=13800001111`)).status).toBe(200);
    expect((await clerk.get('/api/me')).status).toBe(200);
  });

  it('refuses a scrape without the token or with a wrong one', async () => {
    expect((await fetch(`${server.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('counts requests and their latency per route pattern, and the counters only grow', async () => {
    const series = 'fazhi_http_requests_total{method="GET",route="/api/health",status="200"}';
    const count = 'fazhi_http_request_duration_seconds_count{method="GET",route="/api/health"}';
    const inf = 'fazhi_http_request_duration_seconds_bucket{method="GET",route="/api/health",le="+Inf"}';
    const before = await scrape();
    const n = sample(before, series) ?? 0;
    for (let i = 0; i < 3; i++) expect((await server.client().get('/api/health')).status).toBe(200);
    const after = await scrape();
    expect(sample(after, series)).toBe(n + 3);
    expect(sample(after, count)).toBe(n + 3);
    expect(sample(after, inf)).toBe(n + 3);
    expect(
      sample(after, 'fazhi_http_request_duration_seconds_sum{method="GET",route="/api/health"}'),
    ).toBeGreaterThan(0);
  });

  it('labels by route pattern only: no id, no query string, one label for unknown paths', async () => {
    await server.client().get('/no/such/page/13800001111');
    const text = await scrape();
    expect(
      sample(text, 'fazhi_http_requests_total{method="GET",route="/api/ledgers/:kind/:id",status="200"}'),
    ).toBe(1);
    expect(
      sample(text, 'fazhi_http_requests_total{method="POST",route="/api/ledgers/:kind",status="201"}'),
    ).toBe(1);
    expect(
      sample(text, 'fazhi_http_requests_total{method="GET",route="(unmatched)",status="404"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(recordId);
    expect(text).not.toContain('13800001111');
  });

  it('reports cache lookups, the database and the process', async () => {
    const text = await scrape();
    // the clerk's later requests within 5 s found the session cached; its first needed the database
    expect(sample(text, 'fazhi_cache_lookups_total{cache="session",result="hit"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'fazhi_cache_lookups_total{cache="session",result="miss"}')).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, 'fazhi_cache_lookups_total{cache="indicator",result="hit"}')).toBeGreaterThanOrEqual(
      0,
    );
    expect(
      sample(text, 'fazhi_cache_lookups_total{cache="public_enforcement",result="miss"}'),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(text, `fazhi_database_info{kind="${server.database.kind}"}`)).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    if (server.database.kind === 'postgresql') {
      // the test database is a pool on the server: its size limit and current connections
      expect(sample(text, 'fazhi_db_pool_max')).toBe(10);
      expect(sample(text, 'fazhi_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'fazhi_db_pool_waiting')).toBe(0);
    } else {
      expect(sample(text, 'fazhi_db_pool_max')).toBeUndefined();
    }
  });
});
