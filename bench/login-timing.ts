/**
 * Login answer times for a name that exists and one that does not (issue 14 §1.3): wrong password
 * before any throttling, and once throttled. The two columns should match, so timing does not
 * tell which usernames exist. In-process (app.inject) on PGlite in a temporary directory.
 *   npx tsx bench/login-timing.ts [tries per cell]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { openPglite } from '../server/db/client';
import { buildServer } from '../server/http/app';
import { buildCounty, buildUser } from '../server/test/factories';

// below the account-wide threshold (20), so only the per-source key is in play
const N = Math.min(15, Number(process.argv[2] ?? 15));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-login-bench-'));
const database = await openPglite(dir);
const config = {
  ...loadConfig({ FAZHI_LOG_LEVEL: 'silent', FAZHI_TRUST_PROXY: 'true', FAZHI_LOGIN_PER_MINUTE: '100000' }),
  staticDir: '/nonexistent',
};
const app = await buildServer({ config, database, logger: false });
const county = await buildCounty(database.db);
let ip = 0;

async function timeLogin(username: string, from: string): Promise<[number, number]> {
  const t0 = performance.now();
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: 'http://localhost:80', host: 'localhost:80', 'x-forwarded-for': from },
    payload: { username, password: 'Wrong-pass-1' },
  });
  return [performance.now() - t0, r.statusCode];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function cell(label: string, throttled: boolean) {
  // a fresh account and a fresh unknown name per cell: each starts from clean counters
  const user = await buildUser(database.db, county.townA, 'township_clerk');
  const ghost = `ghost_${label.replace(/\W/g, '')}_${user.username.slice(-6)}`;
  const out: Record<string, number[]> = { known: [], unknown: [] };
  const statuses = new Set<number>();
  for (let i = 0; i < N; i++) {
    for (const [k, name] of [
      ['known', user.username],
      ['unknown', ghost],
    ] as const) {
      const from = `10.${Math.floor(ip / 60000) % 250}.${Math.floor(ip / 250) % 240}.${(ip++ % 250) + 1}`;
      if (throttled) for (let j = 0; j < 5; j++) await timeLogin(name, from);
      const [ms, status] = await timeLogin(name, from);
      statuses.add(status);
      out[k]?.push(ms);
    }
  }
  console.log(
    `${label.padEnd(22)} known ${median(out.known ?? [])
      .toFixed(1)
      .padStart(6)} ms   unknown ${median(out.unknown ?? [])
      .toFixed(1)
      .padStart(6)} ms   (status ${[...statuses].join('/')})`,
  );
}

await cell('warm-up', false);
await cell('wrong password', false);
await cell('throttled', true);
await app.close();
await database.close();
fs.rmSync(dir, { recursive: true, force: true });
