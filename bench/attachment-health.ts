/**
 * Does the server keep answering while a large ledger attachment is stored (issue 14 §1.9: a
 * 20 MB attachment blocked a PGlite server for 14 s)? Starts `fazhi serve` on PGlite in a
 * temporary directory (or DATABASE_URL), logs in over HTTP as the demo township clerk, uploads
 * one PDF attachment to a demo dispute record, and meanwhile asks GET /api/health every 50 ms.
 * Prints every health latency during the upload, their maximum, and the upload's own time.
 *   npx tsx bench/attachment-health.ts [MB]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { login, startServer, stopServer } from './lib.mjs';

const MB = Number(process.argv[2] ?? 20);
const DEMO_PASSWORD = 'Bench-Demo-2026x';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-attach-bench-'));
const { child, base } = await startServer({ FAZHI_DATA_DIR: dir, FAZHI_DEMO_PASSWORD: DEMO_PASSWORD });
try {
  const cookie = await login(base, 'qingshi_clerk', DEMO_PASSWORD);
  const list = (await (await fetch(`${base}/api/ledgers/dispute`, { headers: { cookie } })).json()) as {
    items: { id: string }[];
  };
  const record = list.items[0];
  if (!record) throw new Error('the demo has no dispute record for qingshi_clerk');
  // a PDF by its first bytes, random after them: incompressible, like a scan
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(MB * 1024 * 1024 - 9)]);

  const latencies: number[] = [];
  let uploading = true;
  const probe = (async () => {
    while (uploading) {
      const t = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const form = new FormData();
  form.append('file', new Blob([pdf]), '扫描件.pdf');
  const t0 = performance.now();
  const r = await fetch(`${base}/api/ledgers/dispute/${record.id}/attachments`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body: form,
  });
  await r.arrayBuffer();
  const uploadMs = performance.now() - t0;
  uploading = false;
  await probe;
  const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(
    `POST attachment ${MB} MB over HTTP (${db}, real session, warm server): ${r.status} in ${uploadMs.toFixed(0)} ms`,
  );
  console.log(`GET /api/health during the upload (ms): ${latencies.map((l) => l.toFixed(0)).join(' ')}`);
  console.log(
    `health answers: ${latencies.length}, max ${Math.max(...latencies).toFixed(0)} ms, over 100 ms: ${latencies.filter((l) => l > 100).length}`,
  );
} finally {
  await stopServer(child);
  fs.rmSync(dir, { recursive: true, force: true });
}
