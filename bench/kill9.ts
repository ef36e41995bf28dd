/**
 * kill -9 under concurrent writes (issue 14 §4). Starts `fazhi serve` on a fresh database, signs
 * in 20 clients (sessions of the demo townships' clerks) that register disputes over HTTP as fast
 * as the server answers, kills the server with SIGKILL once half of the creates are acknowledged,
 * restarts it on the same data (PGlite takes over the lock the dead process left: no manual
 * step), lets the clients carry on with their old sessions until TOTAL creates are acknowledged,
 * then checks every acknowledged record is there and runs `fazhi audit verify`.
 *
 *   npx tsx bench/kill9.ts                                                  # PGlite, a new data dir
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/kill9.ts   # a new database there
 *
 * TOTAL (default 1000) acknowledged creates, CLIENTS (default 20), KILL_AT (default TOTAL/2).
 * "acknowledged" = answered 201 with the record; "in flight" = sent but cut off by the kill
 * (those may or may not have committed; either is correct, none may be half-written).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client';
import {
  DEMO_PASSWORD,
  DEMO_TOWNSHIPS,
  disputeBody,
  freePort,
  freshTarget,
  ROOT,
  type ServerProcess,
  Session,
  startServer,
  stopServer,
} from './httpBench';

const TOTAL = Number(process.env.TOTAL ?? 1000);
const CLIENTS = Number(process.env.CLIENTS ?? 20);
const KILL_AT = Number(process.env.KILL_AT ?? Math.floor(TOTAL / 2));

// the bundle `npm start` runs (bin/fazhi.mjs falls back to tsx when it is stale)
spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-server.mjs')], { stdio: 'inherit' });

const target = await freshTarget('kill9');
const port = await freePort();
let server: ServerProcess = await startServer(target.env, port);
const firstStartMs = server.startMs;
const base = server.base;
// yesterday in China: a registration date the server accepts whatever the hour
const registeredOn = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

const clients = await Promise.all(
  Array.from({ length: CLIENTS }, (_, i) => {
    const t = DEMO_TOWNSHIPS[i % DEMO_TOWNSHIPS.length] as (typeof DEMO_TOWNSHIPS)[number];
    return new Session(base).login(`${t.slug}_clerk`, DEMO_PASSWORD);
  }),
);

interface Acked {
  id: string;
  client: number;
  beforeKill: boolean;
}
const acked: Acked[] = [];
let inFlightAtKill = 0;
let otherFailures = 0;
let killed = false;
let restartMs = 0;
let up: Promise<void> = Promise.resolve();
let seq = 0;

function killAndRestart(): Promise<void> {
  killed = true;
  console.log(`  SIGKILL after ${acked.length} acknowledged creates`);
  // set at once, so no client sends to the dead server: they all wait for the restart
  up = (async () => {
    await stopServer(server.child, 'SIGKILL');
    server = await startServer(target.env, port);
    restartMs = server.startMs;
  })();
  return up;
}

async function client(i: number) {
  const s = clients[i] as Session;
  while (acked.length < TOTAL) {
    await up;
    const n = ++seq;
    const wasKilled = killed;
    try {
      const r = await s.request<{ id: string }>('POST', '/api/ledgers/dispute', disputeBody(n, registeredOn));
      if (r.status === 201) acked.push({ id: r.body.id, client: i, beforeKill: !wasKilled });
      else {
        otherFailures++;
        if (otherFailures <= 5) console.log(`  answer ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`);
      }
      if (!killed && acked.length >= KILL_AT) await killAndRestart();
    } catch {
      // the connection died with the server: this create's fate is unknown to the client
      if (!wasKilled) inFlightAtKill++;
      else otherFailures++;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const t0 = performance.now();
console.log(`kill -9 during concurrent creates: ${target.kind}, ${CLIENTS} clients, ${TOTAL} creates`);
await Promise.all(clients.map((_, i) => client(i)));
const seconds = (performance.now() - t0) / 1000;

// after the restart: every acknowledged record, read back by the clerk who created it
let present = 0;
let presentBeforeKill = 0;
for (const a of acked) {
  const r = await (clients[a.client] as Session).request('GET', `/api/ledgers/dispute/${a.id}`);
  if (r.status === 200) {
    present++;
    if (a.beforeKill) presentBeforeKill++;
  }
}
await stopServer(server.child);

// what the database holds of the benchmark's creates (their summaries say 第n件), and their
// audit records: a create is its row and its audit record in one transaction, never one alone
const database = await openDatabase({
  databaseUrl: target.env.DATABASE_URL || undefined,
  dataDir: target.env.FAZHI_DATA_DIR ?? '',
});
const counted = await database.db.execute(sql`
  select count(*)::int as rows,
         (select count(*)::int from audit_log a
           where a.action = 'ledger.create' and a.entity_id in (select id::text from ledger_records r
             where r.kind = 'dispute' and r.data->>'summary' like '%（第%件）')) as audited
    from ledger_records where kind = 'dispute' and data->>'summary' like '%（第%件）'`);
// node-postgres answers { rows }, PGlite the rows themselves
const countRows = (Array.isArray(counted) ? counted : (counted as unknown as { rows: unknown[] }).rows) as {
  rows: number;
  audited: number;
}[];
const { rows: stored = 0, audited = 0 } = countRows[0] ?? {};
await database.close();

const verify = spawnSync(process.execPath, [path.join(ROOT, 'bin/fazhi.mjs'), 'audit', 'verify'], {
  env: { ...process.env, ...target.env },
  encoding: 'utf8',
});
await target.drop();

const ackedBefore = acked.filter((a) => a.beforeKill).length;
console.log(
  `  ${acked.length} creates acknowledged in ${seconds.toFixed(1)} s (${ackedBefore} before the kill)`,
);
console.log(
  `  first start ${firstStartMs.toFixed(0)} ms; restart after SIGKILL ${restartMs.toFixed(0)} ms (no manual step)`,
);
console.log(
  `  acknowledged vs present: ${acked.length} / ${present}  (before the kill: ${ackedBefore} / ${presentBeforeKill})`,
);
console.log(
  `  in flight at the kill: ${inFlightAtKill}; stored beyond the acknowledged: ${stored - acked.length} (must be ≤ in flight)`,
);
console.log(`  rows stored ${stored}, their ledger.create audit records ${audited}`);
console.log(`  other failures: ${otherFailures}`);
console.log(
  `  audit verify: exit ${verify.status} — ${(verify.stdout + verify.stderr).trim().split('\n').join(' | ')}`,
);
const ok =
  present === acked.length &&
  stored >= acked.length &&
  stored - acked.length <= inFlightAtKill &&
  verify.status === 0;
console.log(ok ? '  OK: nothing acknowledged was lost' : '  FAILED');
process.exitCode = ok ? 0 : 1;
