// Compares the UI of two builds pixel by pixel (issue 17: a trimmed stylesheet or regrouped chunks
// must not change how a page looks).
//
//   node scripts/screenshot-compare.mjs <worktree A> <worktree B> [out dir]
//
// Each worktree's own built UI (dist/app, run `node scripts/build-if-stale.mjs` there first) is
// served by its own `fazhi serve` on a throw-away PGlite data directory with the demo seeded; the
// same pages are shot at 1366×768 in Chromium (reduced motion, zh-CN) as the township clerk and the
// admin, and each pair is compared: the script prints the number of differing pixels per page and
// writes A, B and a diff image (differing pixels red) to the out dir. Exit status 1 when any page differs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const [rootA, rootB, outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-shots-'))] = process.argv.slice(2);
if (!rootA || !rootB)
  throw new Error('usage: node scripts/screenshot-compare.mjs <worktree A> <worktree B> [out dir]');
fs.mkdirSync(outDir, { recursive: true });
const PASSWORD = 'Shots-Demo-2026';
const ADMIN_PASSWORD = 'Shots-Admin-2026';
/** [user, page path, what must be visible before the shot] */
const PAGES = [
  ['qingshi_clerk', '/', '[data-testid^="figure-"]'],
  ['qingshi_clerk', '/ledgers', '.ant-table-row'],
  ['qingshi_clerk', '/todo', 'main'],
  ['admin', '/admin/users', '.ant-table-row'],
  ['admin', '/admin/units', '.ant-tree, .ant-table-row'],
];

async function serve(root) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-shots-data-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [path.join(root, 'bin/fazhi.mjs'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      FAZHI_DATA_DIR: dataDir,
      FAZHI_LOG_LEVEL: 'warn',
      FAZHI_DEMO_PASSWORD: PASSWORD,
      FAZHI_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server of ${root} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { base, child, dataDir };
}

async function cookieOf(base, username) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password: username === 'admin' ? ADMIN_PASSWORD : PASSWORD }),
  });
  if (!r.ok) throw new Error(`login of ${username} failed: ${r.status}`);
  const c = r.headers.getSetCookie()[0].split(';')[0];
  return { name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const servers = [];
let differing = 0;
try {
  for (const root of [rootA, rootB]) servers.push(await serve(root));
  for (const [user, page, ready] of PAGES) {
    const shots = [];
    for (const { base } of servers) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width: 1366, height: 768 },
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      await context.addCookies([{ ...(await cookieOf(base, user)), url: base }]);
      const tab = await context.newPage();
      await tab.goto(page);
      await tab.locator(ready).first().waitFor({ timeout: 30_000 });
      await tab.waitForLoadState('networkidle');
      await tab.waitForTimeout(500);
      shots.push(PNG.sync.read(await tab.screenshot()));
      await context.close();
    }
    const [a, b] = shots;
    const diff = new PNG({ width: a.width, height: a.height });
    let n = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const same =
        a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2];
      if (!same) n++;
      diff.data[i] = same ? a.data[i] : 255;
      diff.data[i + 1] = same ? a.data[i + 1] : 0;
      diff.data[i + 2] = same ? a.data[i + 2] : 0;
      diff.data[i + 3] = 255;
    }
    const name = `${user}${page.replace(/\//g, '_')}`;
    fs.writeFileSync(path.join(outDir, `${name}.a.png`), PNG.sync.write(a));
    fs.writeFileSync(path.join(outDir, `${name}.b.png`), PNG.sync.write(b));
    fs.writeFileSync(path.join(outDir, `${name}.diff.png`), PNG.sync.write(diff));
    console.log(`${page.padEnd(16)} as ${user.padEnd(14)} ${n} differing pixels of ${a.width * a.height}`);
    if (n > 0) differing++;
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  for (const s of servers) {
    s.child.kill('SIGTERM');
    await new Promise((r) => (s.child.exitCode !== null ? r() : s.child.once('exit', r)));
    fs.rmSync(s.dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
process.exit(differing ? 1 : 0);
