/**
 * The roster a clerk's 学法活动 form asks for when it opens (GET /api/ledgers/study_session/people:
 * the township's accounts, 执法人员 in post and the names on its lists of the last two years,
 * plus the previous list for 沿用上次名单), as the clerk meets it: `fazhi serve` (the bundle
 * `npm start` runs) on a database of its own, a real session, one request at a time.
 *
 *   npx tsx bench/people-roster.ts                       # PGlite, 100 sessions of 60–80 of 80 staff
 *   SESSIONS=300 STAFF=120 npx tsx bench/people-roster.ts
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/people-roster.ts
 *
 * The demo county is seeded on first start; then 青石镇's clerk registers SESSIONS study sessions
 * over the last two years through the API, each listing 60–80 of STAFF people (an 80-person
 * township meeting week after week), and 10 more officers. The server is restarted; the first
 * roster request after the clerk signs in is the cold figure, then RUNS requests give warm
 * p50/p95 and the server's CPU per request. The load average is printed beside them: the machine
 * is shared, so wall times under load are not the idle figure.
 */
import os from 'node:os';
import {
  DEMO_PASSWORD,
  freePort,
  freshTarget,
  percentile,
  type ServerProcess,
  Session,
  startServer,
  stopServer,
} from './httpBench';
import { cpuMs } from './lib.mjs';

const buildServer = '../scripts/build-server.mjs';
await import(buildServer);

const SESSIONS = Number(process.env.SESSIONS ?? 100);
const STAFF = Number(process.env.STAFF ?? 80);
const RUNS = Number(process.env.RUNS ?? 100);
const ROUTE = '/api/ledgers/study_session/people';

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌'.split('');
const staffName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13 + 5) % GIVEN.length]}`;
const day = (at: Date) => at.toISOString().slice(0, 10);

const target = await freshTarget('roster');
let server: ServerProcess = await startServer(target.env, await freePort());
console.log(`${target.kind}: first start (demo seeded) in ${server.startMs.toFixed(0)} ms; load ${load()}`);
try {
  const clerk = await new Session(server.base).login('qingshi_clerk', DEMO_PASSWORD);
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) {
    const r = await clerk.request('POST', '/api/ledgers/officer', {
      name: staffName(i),
      department: '综合行政执法队',
    });
    if (r.status !== 201) throw new Error(`officer ${i}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  // the server's clock decides "the last two years"; the sessions lie within its last 700 days
  const now = Date.now();
  for (let s = 0; s < SESSIONS; s++) {
    const heldOn = day(new Date(now - (1 + Math.floor((s * 699) / SESSIONS)) * 86_400_000));
    const listed = 60 + (s % 21);
    const participants = Array.from({ length: Math.min(listed, STAFF) }, (_, k) => ({
      name: staffName((s + k) % STAFF),
      post: k % 5 === 0 ? '党政办' : '',
      present: (s + k) % 9 !== 0,
    }));
    const r = await clerk.request('POST', '/api/ledgers/study_session', {
      heldOn,
      type: s % 2 === 0 ? 'pre_meeting' : 'central_group',
      topic: `学法第${s + 1}次`,
      participants,
    });
    if (r.status !== 201) throw new Error(`session ${s}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  console.log(
    `${SESSIONS} sessions of 60–80 of ${STAFF} people and 10 officers registered in ${(performance.now() - t0).toFixed(0)} ms`,
  );

  await stopServer(server.child);
  server = await startServer(target.env, await freePort());
  const pid = server.child.pid as number;
  const fresh = await new Session(server.base).login('qingshi_clerk', DEMO_PASSWORD);
  const cold = await fresh.request<{
    people: unknown[];
    previous: Record<string, { people: unknown[] } | null>;
  }>('GET', ROUTE);
  if (cold.status !== 200) throw new Error(`roster: ${cold.status} ${JSON.stringify(cold.body)}`);
  const loadBefore = load();
  const cpu0 = cpuMs(pid);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await fresh.request('GET', ROUTE)).ms);
  const cpuPer = (cpuMs(pid) - cpu0) / RUNS;
  console.log(
    `roster answer: ${cold.body.people.length} people, previous list of ${cold.body.previous.participants?.people.length ?? 0}; ${(JSON.stringify(cold.body).length / 1024).toFixed(1)} KB`,
  );
  console.log(
    `GET ${ROUTE} (rosterQuery → rosterRepo, ${target.kind}): cold ${cold.ms.toFixed(1)} ms (first after restart); warm p50 ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms over ${RUNS}; server CPU ${cpuPer.toFixed(1)} ms/request; load ${loadBefore} → ${load()}`,
  );
} finally {
  await stopServer(server.child);
  await target.drop();
}
