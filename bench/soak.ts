/**
 * Soak (issue 14 §4): N simulated users against the real server for a while, then errors,
 * p95 per route and the server's RSS at start and end. Meant for PostgreSQL (a new database on
 * the server DATABASE_URL names); without DATABASE_URL it runs on a new PGlite directory.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/soak.ts            # 200 users, 10 min
 *   DATABASE_URL=… npx tsx bench/soak.ts --users 200 --minutes 3 --think 2000
 *
 * The users sign in as the demo county's accounts (one session per account, shared by the
 * users of that account, as the login throttle allows), and think THINK ms (±50%) between steps:
 *   40% clerks     register disputes, list them, open 待办, start mediation of their own and end it
 *   15% leaders    open 待办 and the ledger, approve an extension of a mediation (once per record)
 *   10% reviewers  read the county overview and the ledger of the county, upload a report now and then
 *   35% public     the township's 行政执法公示 and published reports, without a session
 * An error is a 5xx, a dropped connection, or a 4xx other than the 409 two users racing on one
 * record may get. The first 30 s count as warm-up for RSS (caches filling), not for errors.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportProse } from '../core/analyzer/copyDetection/syntheticReports';
import { mulberry32 } from '../core/random';
import {
  DEMO_PASSWORD,
  DEMO_TOWNSHIPS,
  disputeBody,
  freePort,
  freshTarget,
  percentile,
  ROOT,
  rssMb,
  Session,
  startServer,
  stopServer,
} from './httpBench';

const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '10' },
    think: { type: 'string', default: '2000' },
  },
});
const USERS = Number(args.users);
const DURATION_MS = Number(args.minutes) * 60_000;
const THINK_MS = Number(args.think);
const WARM_UP_MS = Math.min(30_000, DURATION_MS / 4);

spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-server.mjs')], { stdio: 'inherit' });
const target = await freshTarget('soak');
const server = await startServer(target.env, await freePort());
const { base } = server;
const pid = server.child.pid as number;
const registeredOn = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
const year = Number(registeredOn.slice(0, 4));

// ---- measurements ----
const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
let requests = 0;
function note(route: string, status: number, ms: number, allowed: number[] = []) {
  requests++;
  const xs = latencies.get(route) ?? [];
  xs.push(ms);
  latencies.set(route, xs);
  if (status >= 500 || (status >= 400 && !allowed.includes(status))) {
    const key = `${route} → ${status}`;
    errors.set(key, (errors.get(key) ?? 0) + 1);
  }
}
async function call<T>(
  s: Session,
  route: string,
  method: string,
  url: string,
  body?: unknown,
  allowed: number[] = [],
) {
  try {
    const r = await s.request<T>(method, url, body);
    note(route, r.status, r.ms, allowed);
    return r;
  } catch (e) {
    note(route, 599, 0);
    if ((errors.get(`${route} → 599`) ?? 0) <= 3) console.log(`  ${route}: ${(e as Error).message}`);
    return null;
  }
}

// ---- the county's shared state: records each township's clerks registered ----
interface Rec {
  id: string;
  version: number;
  state: 'accepted' | 'mediating';
  extended: boolean;
}
const byTownship = new Map<string, Rec[]>(DEMO_TOWNSHIPS.map((t) => [t.slug, []]));
const rng = mulberry32(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
let n = 0;

async function clerk(s: Session, slug: string) {
  const mine = byTownship.get(slug) as Rec[];
  const r = rng();
  if (r < 0.35) {
    const c = await call<{ id: string; version: number }>(
      s,
      'POST /api/ledgers/:kind',
      'POST',
      '/api/ledgers/dispute',
      disputeBody(++n, registeredOn),
    );
    if (c?.status === 201)
      mine.push({ id: c.body.id, version: c.body.version, state: 'accepted', extended: false });
  } else if (r < 0.55) {
    await call(s, 'GET /api/ledgers/:kind', 'GET', '/api/ledgers/dispute?page=1&pageSize=20');
  } else if (r < 0.7) {
    await call(s, 'GET /api/todo', 'GET', '/api/todo');
  } else if (r < 0.8) {
    await call(s, 'GET /api/indicators', 'GET', `/api/indicators?year=${year}`);
  } else if (mine.length > 0) {
    const rec = pick(mine);
    const step =
      rec.state === 'accepted'
        ? { action: 'start_mediation', values: { mediationStartedOn: registeredOn, mediator: '孙调解' } }
        : {
            action: 'fail',
            values: {
              endedOn: registeredOn,
              failureReason: '双方分歧较大，未能达成一致',
              guidedTo: ['litigation'],
            },
          };
    const a = await call<{ version: number }>(
      s,
      'POST /api/ledgers/:kind/:id/actions/:action',
      'POST',
      `/api/ledgers/dispute/${rec.id}/actions/${step.action}`,
      { version: rec.version, values: step.values },
      [409], // a leader's extension of the same record got there first
    );
    if (a?.status === 200) {
      rec.version = a.body.version;
      if (rec.state === 'accepted') rec.state = 'mediating';
      else mine.splice(mine.indexOf(rec), 1);
    } else if (a?.status === 409) {
      const fresh = await call<{ version: number }>(
        s,
        'GET /api/ledgers/:kind/:id',
        'GET',
        `/api/ledgers/dispute/${rec.id}`,
      );
      if (fresh?.status === 200) rec.version = fresh.body.version;
    }
  }
}

async function leader(s: Session, slug: string) {
  const r = rng();
  const open = (byTownship.get(slug) as Rec[]).filter((x) => !x.extended);
  if (r < 0.3) await call(s, 'GET /api/todo', 'GET', '/api/todo');
  else if (r < 0.6) await call(s, 'GET /api/ledgers/:kind', 'GET', '/api/ledgers/dispute?page=1&pageSize=20');
  else if (r < 0.7) await call(s, 'GET /api/indicators', 'GET', `/api/indicators?year=${year}`);
  else if (open.length > 0) {
    const rec = pick(open);
    rec.extended = true;
    const a = await call<{ version: number }>(
      s,
      'POST /api/ledgers/:kind/:id/actions/:action',
      'POST',
      `/api/ledgers/dispute/${rec.id}/actions/extend_mediation`,
      { version: rec.version, values: { days: 15, reason: '当事人申请延长调解期限，双方同意' } },
      [409, 422], // 409: the clerk moved it first; 422: the clerk already ended the mediation
    );
    if (a?.status === 200) rec.version = a.body.version;
  }
}

async function reviewer(s: Session) {
  const r = rng();
  if (r < 0.45) await call(s, 'GET /api/indicators/overview', 'GET', `/api/indicators/overview?year=${year}`);
  else if (r < 0.8) await call(s, 'GET /api/ledgers/:kind', 'GET', '/api/ledgers/dispute?page=1&pageSize=20');
  else if (r < 0.95) await call(s, 'GET /api/reviews', 'GET', '/api/reviews');
  else {
    const form = new FormData();
    const text = reportProse(rng, 6000, '青石镇', year - 1);
    form.append('files', new Blob([text], { type: 'text/plain' }), `青石镇${year - 1}年报告.txt`);
    await call(s, 'POST /api/reviews', 'POST', '/api/reviews', form);
  }
}

async function visitor(s: Session) {
  const t = pick(DEMO_TOWNSHIPS);
  if (rng() < 0.6)
    await call(
      s,
      'GET /api/public/units/:unitCode/enforcement',
      'GET',
      `/api/public/units/${t.code}/enforcement`,
    );
  else await call(s, 'GET /api/public/units/:unitCode/reports', 'GET', `/api/public/units/${t.code}/reports`);
}

// ---- users ----
type Role = 'clerk' | 'leader' | 'reviewer' | 'public';
const roleOf = (i: number): Role => {
  const f = (i % 20) / 20; // 8 of 20 clerks, 3 leaders, 2 reviewers, 7 visitors
  return f < 0.4 ? 'clerk' : f < 0.55 ? 'leader' : f < 0.65 ? 'reviewer' : 'public';
};
// One session per demo account, shared by the simulated users of that account (one person's
// browser tabs): 130 logins from one address would be refused by the login throttle, by design.
const sessions = new Map<string, Session>();
async function sessionOf(username: string | null): Promise<Session> {
  if (!username) return new Session(base);
  const known = sessions.get(username);
  if (known) return known;
  const s = await new Session(base).login(username, DEMO_PASSWORD);
  sessions.set(username, s);
  return s;
}
const users: { role: Role; slug: string; s: Session }[] = [];
for (let i = 0; i < USERS; i++) {
  const role = roleOf(i);
  const slug = (DEMO_TOWNSHIPS[i % DEMO_TOWNSHIPS.length] as (typeof DEMO_TOWNSHIPS)[number]).slug;
  const username =
    role === 'clerk'
      ? `${slug}_clerk`
      : role === 'leader'
        ? `${slug}_leader`
        : role === 'reviewer'
          ? 'county_reviewer'
          : null;
  users.push({ role, slug, s: await sessionOf(username) });
}

const counts: Record<string, number> = {};
for (const u of users) counts[u.role] = (counts[u.role] ?? 0) + 1;
console.log(
  `soak: ${target.kind}, ${USERS} users (${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}), ${DURATION_MS / 60_000} min, think ${THINK_MS} ms ±50%`,
);
const rssStart = rssMb(pid);
const t0 = performance.now();
let rssAfterWarmUp = 0;
const warm = setTimeout(() => {
  rssAfterWarmUp = rssMb(pid);
}, WARM_UP_MS);
const rssSamples: number[] = [];
const sampler = setInterval(() => rssSamples.push(rssMb(pid)), 10_000);

await Promise.all(
  users.map(async (u, i) => {
    // spread the first steps over one think time
    await new Promise((r) => setTimeout(r, (i / USERS) * THINK_MS));
    while (performance.now() - t0 < DURATION_MS) {
      if (u.role === 'clerk') await clerk(u.s, u.slug);
      else if (u.role === 'leader') await leader(u.s, u.slug);
      else if (u.role === 'reviewer') await reviewer(u.s);
      else await visitor(u.s);
      await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + rng())));
    }
  }),
);
clearTimeout(warm);
clearInterval(sampler);
const rssEnd = rssMb(pid);
const seconds = (performance.now() - t0) / 1000;
await stopServer(server.child);
await target.drop();

const errorTotal = [...errors.values()].reduce((a, b) => a + b, 0);
console.log(`  ${requests} requests in ${seconds.toFixed(0)} s (${(requests / seconds).toFixed(1)}/s)`);
console.log(errorTotal === 0 ? '  errors: 0' : `  errors: ${errorTotal}`);
for (const [k, v] of errors) console.log(`    ${k}: ${v}`);
console.log('  route                                              n     p50 ms   p95 ms   max ms');
for (const [route, xs] of [...latencies].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(
    `  ${route.padEnd(48)} ${String(xs.length).padStart(6)} ${percentile(xs, 50).toFixed(0).padStart(8)} ${percentile(xs, 95).toFixed(0).padStart(8)} ${Math.max(
      ...xs,
    )
      .toFixed(0)
      .padStart(8)}`,
  );
}
console.log(
  `  server RSS: start ${rssStart.toFixed(0)} MB, after ${(WARM_UP_MS / 1000).toFixed(0)} s warm-up ${rssAfterWarmUp.toFixed(0)} MB, end ${rssEnd.toFixed(0)} MB (min/max of 10 s samples ${Math.min(...rssSamples).toFixed(0)}/${Math.max(...rssSamples).toFixed(0)} MB)`,
);
process.exitCode = errorTotal === 0 ? 0 : 1;
