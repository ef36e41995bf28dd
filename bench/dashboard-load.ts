/**
 * First load of the 工作台 (`/`) in Chromium with an empty cache, as the township clerk
 * qingshi_clerk of the demo county: from navigation start until the key figures and the trend
 * chart are drawn, in a fresh browser context each run (logged in, nothing cached), with the
 * JavaScript it downloads. Target (issue 7): ≤ 1.5 s on localhost; initial JS ≤ 350 KB gzip.
 *
 *   npx tsx bench/dashboard-load.ts                                # builds the web UI if stale, starts
 *                                                                  # `fazhi serve` on a temp dir with demo data
 *   FAZHI_DEMO_PASSWORD=… npx tsx bench/dashboard-load.ts http://127.0.0.1:3000   # a running server
 *
 * RUNS (default 10); CHROMIUM_PATH (default /usr/bin/chromium). The server's own caches are
 * warm after the first run, so run 1 is printed apart.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 10);
const USER = 'qingshi_clerk';
const PASSWORD = process.env.FAZHI_DEMO_PASSWORD ?? 'Bench-Demo-2026';
/** Drawn: a figure of 主要指标 and the canvas of the monthly trend chart (app/src/pages/dashboard). */
const FIGURE = '[data-testid^="figure-"]';
const CHART = '[role="img"][aria-label$="逐月趋势图"] canvas';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** As scripts/e2e.mjs: the built web UI and `fazhi serve` on a throw-away data directory. */
async function startServer(): Promise<{ base: string; child: ChildProcess; dataDir: string }> {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-if-stale.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('web UI build failed');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-dashboard-'));
  const child = spawn(process.execPath, ['bin/fazhi.mjs', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      FAZHI_DATA_DIR: dataDir,
      FAZHI_ADMIN_PASSWORD: 'Bench-Admin-2026',
      FAZHI_DEMO_PASSWORD: PASSWORD,
      FAZHI_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server not healthy within 60 s');
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, child, dataDir };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

const server = process.argv[2] ? null : await startServer();
const base = process.argv[2] ?? (server as { base: string }).base;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const options = { baseURL: base, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
  // log in once through the login page; every measured run starts from its cookie alone
  const login = await browser.newContext(options);
  const page = await login.newPage();
  await page.goto('/login');
  await page.getByPlaceholder('用户名').fill(USER);
  await page.getByPlaceholder('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.locator(FIGURE).first().waitFor({ timeout: 30_000 });
  const storageState = await login.storageState();
  await login.close();

  // the scripts index.html loads before anything else: the entry and its modulepreloads
  const shell = await (await fetch(`${base}/`)).text();
  const initial = new Set([...shell.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] as string));

  const times: number[] = [];
  const figureTimes: number[] = [];
  const busy: number[] = [];
  let js: { url: string; bytes: number; gzip: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...options, storageState });
    const tab = await context.newPage();
    // main-thread work (script, style, layout) until drawn: what a busy machine slows down
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const scripts: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
    tab.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const body = await res.body();
          const sizes = await res.request().sizes();
          return {
            url: new URL(res.url()).pathname,
            bytes: sizes.responseBodySize,
            gzip: zlib.gzipSync(body).length,
          };
        })(),
      );
    });
    await tab.goto('/', { waitUntil: 'commit' });
    // milliseconds since navigation start, taken in the first frame where both are drawn
    const drawn = (selectors: string[]) =>
      tab
        .waitForFunction(
          (sel) => (sel.every((s) => document.querySelector(s)) ? performance.now() : 0),
          selectors,
          {
            polling: 'raf',
            timeout: 30_000,
          },
        )
        .then((h) => h.jsonValue() as Promise<number>);
    const [figures, all] = await Promise.all([drawn([FIGURE]), drawn([FIGURE, CHART])]);
    figureTimes.push(figures);
    times.push(all);
    const { metrics } = await cdp.send('Performance.getMetrics');
    busy.push((metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000);
    js = await Promise.all(scripts);
    await context.close();
  }

  const sum = (xs: typeof js, k: 'bytes' | 'gzip') => xs.reduce((s, x) => s + x[k], 0);
  const first = js.filter((x) => initial.has(x.url));
  const later = js.filter((x) => !initial.has(x.url));
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`工作台 first load as ${USER}, ${RUNS} runs, empty browser cache each (${base})`);
  console.log(
    `  run 1 (server caches cold):       figures ${ms(figureTimes[0] ?? 0)}, figures + chart ${ms(times[0] ?? 0)}`,
  );
  console.log(
    `  figures drawn:                    p50 ${ms(percentile(figureTimes, 50))}   p95 ${ms(percentile(figureTimes, 95))}`,
  );
  console.log(
    `  figures and chart drawn:          p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   target ≤ 1500 ms`,
  );
  console.log(
    `  main thread busy until drawn:     p50 ${ms(percentile(busy, 50))}   p95 ${ms(percentile(busy, 95))}`,
  );
  console.log(
    `  JS, initial (index.html):         ${first.length} files, ${kb(sum(first, 'bytes'))} transferred, ${kb(sum(first, 'gzip'))} gzip   target ≤ 350 KB gzip`,
  );
  console.log(
    `  JS, loaded by the page:           ${later.length} files, ${kb(sum(later, 'bytes'))} transferred, ${kb(sum(later, 'gzip'))} gzip`,
  );
} finally {
  await browser.close();
  if (server) {
    const { child, dataDir } = server;
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
