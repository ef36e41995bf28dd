// End-to-end tests against the real server in a real Chromium: builds the web UI
// when needed, starts `fazhi serve` on a free port with a throw-away data directory,
// runs e2e/**/*.e2e.ts through vitest, then stops the server and cleans up.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(chromiumPath)) {
  console.log('e2e skipped: no Chromium (install: apt-get install -y chromium fonts-noto-cjk)');
  // on CI a missing browser is a broken environment, not a reason to pass
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

function buildWebIfNeeded() {
  // prefer the project's own staleness check; without it, build only when nothing is built
  const staleCheck = path.join(root, 'scripts/build-if-stale.mjs');
  if (fs.existsSync(staleCheck)) {
    const r = spawnSync(process.execPath, [staleCheck], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('web UI build failed');
    return;
  }
  if (fs.existsSync(path.join(root, 'dist/app/index.html'))) return;
  const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web UI build failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited early with code ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy within ${timeoutMs / 1000} s`);
}

function stopServer(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

function runVitest(env) {
  return new Promise((resolve) => {
    // extra arguments pass to vitest: `npm run test:e2e -- overview` runs one file
    const vitest = spawn(
      'npx',
      ['vitest', 'run', '--config', 'e2e/vitest.e2e.config.ts', ...process.argv.slice(2)],
      {
        cwd: root,
        env,
        stdio: 'inherit',
      },
    );
    vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let server;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-'));

async function cleanup() {
  await stopServer(server);
  fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  buildWebIfNeeded();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['bin/fazhi.mjs', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_DATA_DIR: dataDir,
      FAZHI_ADMIN_PASSWORD: 'E2e-Admin-2026',
      FAZHI_DEMO_PASSWORD: 'E2e-Demo-2026',
      FAZHI_LOG_LEVEL: 'warn',
      // report PDFs are printed by the same Chromium where no LibreOffice is installed
      FAZHI_CHROMIUM: chromiumPath,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // generous: a cold start seeds the demo, and a loaded CI machine is slow
  await waitForHealth(baseUrl, server, 120_000);
  exitCode = await runVitest({ ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromiumPath });
} catch (e) {
  console.error(`e2e failed: ${e instanceof Error ? e.message : String(e)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
