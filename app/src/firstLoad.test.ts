import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbenchDataUrls } from '../../core/contract/firstLoad';
import { queryKeys } from './api/queryKeys';
import type { Me } from './api/types';
import {
  type FirstLoadDeps,
  isDashboardPath,
  isShellPath,
  startFirstRequests,
  takeEarlyMe,
} from './firstLoad';
import { meQuery } from './hooks/useMe';
import {
  keyFiguresQuery,
  PREFETCH_FRESH_MS,
  staleUnlessPrefetched,
  TREND_KEYS,
  todoCountsQuery,
  trendQuery,
} from './pages/dashboard/queries';
import { appRoutes, DASHBOARD_ROUTE_ID, SHELL_ROUTE_ID } from './router';

const me = (over: Partial<Me> = {}): Me => ({
  id: 'user-1',
  username: 'qingshi_clerk',
  displayName: '刘玉兰',
  role: 'township_clerk',
  phone: null,
  unit: { id: 'unit-qingshi', name: '青石镇', level: 'township', code: '439999001000' },
  publicOrigin: null,
  abilities: ['self.use'],
  ...over,
});

/** A stand-in for the server: every GET answers from `answers` by path, and is recorded. */
function fakeServer(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    asked.push(url.pathname + url.search);
    const body = answers[url.pathname];
    return body === undefined
      ? new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: '无' } }), { status: 404 })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}

const deps = (over: Partial<FirstLoadDeps> = {}): FirstLoadDeps => ({
  fetchMe: async () => me(),
  loadPage: vi.fn(async () => ({})),
  thisYear: 2026,
  ...over,
});

const settle = () => new Promise((r) => setTimeout(r, 0));

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.localStorage.clear();
});
afterEach(() => {
  takeEarlyMe(); // nothing carries over to the next test
  vi.unstubAllGlobals();
  client.clear();
});

describe('isShellPath / isDashboardPath', () => {
  // the addresses are told apart without the router (boot.ts runs before it loads): they must agree with it
  const paths = [
    '/',
    '/todo',
    '/ledgers/dispute',
    '/ledgers/dispute/123',
    '/reports',
    '/disclosure-reports/abc',
    '/overview',
    '/admin/users',
    '/account/password',
    '/no/such/page',
    '/login',
    '/intake/status',
    '/intake/439999001000',
    '/public/439999001000/enforcement',
    '/public/units/439999001000/reports',
    '/public/reports/abc',
    '/public/units/439999001000/disclosure-reports',
  ];
  it.each(paths)('%s as the router sees it', (path) => {
    const ids = (matchRoutes(appRoutes(), path) ?? []).map((m) => m.route.id);
    expect(isShellPath(path)).toBe(ids.includes(SHELL_ROUTE_ID));
    expect(isDashboardPath(path)).toBe(ids.includes(DASHBOARD_ROUTE_ID));
  });
});

describe('startFirstRequests', () => {
  it('on the 工作台: the session and the page code (not the chart’s), then the data of the user’s unit for this year', async () => {
    const asked = fakeServer({
      '/api/indicators': { values: {} },
      '/api/indicators/trend': { months: [], series: {} },
      '/api/todo': { counts: { overdue: 1, dueSoon: 2, alerts: 0, waiting: 3 }, items: [] },
    });
    const d = deps();
    startFirstRequests(client, { pathname: '/', search: '' }, d);
    expect(d.loadPage).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(client.getQueryData(queryKeys.me)).toEqual(me());
    expect(asked.sort()).toEqual([
      `/api/indicators/trend?unit=unit-qingshi&year=2026&keys=${encodeURIComponent(TREND_KEYS.join(','))}`,
      '/api/indicators?unit=unit-qingshi&year=2026',
      '/api/todo?unit=unit-qingshi&days=3',
    ]);
    // exactly the URLs the server names in the page's preload header, or the browser would ask twice
    expect(asked.sort()).toEqual(workbenchDataUrls('unit-qingshi', 2026).sort());
    // under the very keys the cards ask for, fresh for a moment so that mounting them asks nothing more
    await vi.waitFor(() =>
      expect(client.getQueryData(keyFiguresQuery('unit-qingshi', 2026).queryKey)).toBeDefined(),
    );
    await settle();
    for (const key of [
      keyFiguresQuery('unit-qingshi', 2026).queryKey,
      trendQuery('unit-qingshi', 2026).queryKey,
      todoCountsQuery('unit-qingshi').queryKey,
    ]) {
      const query = client.getQueryCache().find({ queryKey: key, exact: true });
      expect(query?.state.status, key.join('/')).toBe('success');
      expect(query && staleUnlessPrefetched(query)).toBe(PREFETCH_FRESH_MS);
    }
  });

  it('asks for the year in the address, and for the unit a county user last chose', async () => {
    const asked = fakeServer({});
    const county = me({
      role: 'county_reviewer',
      unit: { id: 'county', name: '示例县', level: 'county', code: '4399' },
    });
    window.localStorage.setItem(`fazhi.workingUnit.${county.id}`, 'unit-liuxi');
    startFirstRequests(
      client,
      { pathname: '/', search: '?year=2025' },
      deps({ fetchMe: async () => county }),
    );
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked).toContain('/api/indicators?unit=unit-liuxi&year=2025');
    expect(asked).toContain('/api/todo?unit=unit-liuxi&days=3');
  });

  it('elsewhere in the layout asks for the session only; public pages and the login page ask for nothing', async () => {
    const asked = fakeServer({});
    const fetchMe = vi.fn(async () => me());
    startFirstRequests(client, { pathname: '/todo', search: '' }, deps({ fetchMe }));
    expect(fetchMe).toHaveBeenCalledOnce();
    await settle();
    expect(client.getQueryData(queryKeys.me)).toEqual(me());
    for (const pathname of ['/login', '/intake/439999001000', '/public/reports/abc']) {
      startFirstRequests(client, { pathname, search: '' }, deps({ fetchMe }));
    }
    expect(fetchMe).toHaveBeenCalledOnce();
    await settle();
    expect(asked).toEqual([]);
  });

  it('without a session caches nothing and leaves the answer to the API client (login page, notice)', async () => {
    const asked = fakeServer({});
    startFirstRequests(client, { pathname: '/', search: '' }, deps({ fetchMe: async () => null }));
    await settle();
    expect(client.getQueryData(queryKeys.me)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('the me query', () => {
  it('takes the session request boot started while it is in flight, once', async () => {
    const asked = fakeServer({ '/api/me': me({ displayName: '从服务器' }) });
    let answer: (m: Me | null) => void = () => {};
    const early = new Promise<Me | null>((r) => {
      answer = r;
    });
    startFirstRequests(client, { pathname: '/todo', search: '' }, deps({ fetchMe: () => early }));
    const first = client.fetchQuery(meQuery);
    answer(me());
    expect(await first).toEqual(me());
    expect(asked).toEqual([]);
    // later (a new login, a refetch) it asks the server
    await client.invalidateQueries({ queryKey: queryKeys.me });
    expect(await client.fetchQuery({ ...meQuery, staleTime: 0 })).toEqual(me({ displayName: '从服务器' }));
    expect(asked).toEqual(['/api/me']);
  });

  it('asks through the API client when boot got no session', async () => {
    const asked = fakeServer({ '/api/me': me({ displayName: '重新询问' }) });
    startFirstRequests(client, { pathname: '/todo', search: '' }, deps({ fetchMe: async () => null }));
    expect(await client.fetchQuery(meQuery)).toEqual(me({ displayName: '重新询问' }));
    expect(asked).toEqual(['/api/me']);
  });
});

/**
 * The modules a file pulls in through static imports (relative paths only; `import type` and
 * `import()` load nothing): what a first load of it downloads and evaluates before it renders.
 */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const resolve = (from: string, spec: string) => {
    const base = path.resolve(path.dirname(from), spec);
    for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
      if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
    }
    throw new Error(`cannot resolve ${spec} from ${from}`);
  };
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
      visit(resolve(file, m[1] as string));
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('what the 工作台 loads before its figures (issue 17)', () => {
  const page = staticImports(path.join(ROOT, 'app/src/pages/dashboard/DashboardPage.tsx'));
  const boot = staticImports(path.join(ROOT, 'app/src/boot.ts'));

  it('follows the imports it is given', () => {
    expect(page).toContain('app/src/pages/dashboard/KeyFigures.tsx');
    expect(page).toContain('core/indicators/catalog.ts');
    expect(staticImports(path.join(ROOT, 'core/indicators/index.ts'))).toContain('core/ledgers/registry.ts');
  });

  it('neither the page nor boot pulls in the ledger registry or the chart code', () => {
    for (const graph of [page, boot]) {
      expect([...graph].filter((f) => f.startsWith('core/ledgers/kinds/'))).toEqual([]);
      expect(graph).not.toContain('core/ledgers/registry.ts');
      expect(graph).not.toContain('app/src/components/charts/EChart.tsx');
    }
  });
});
