/**
 * Server memory while a county reviewer uploads 10 report files of 15 MB in one request
 * (issue 14 §1.6). Starts `fazhi serve` on PGlite in a temporary directory, logs in over HTTP as
 * the demo reviewer, posts the batch to POST /api/reviews and samples the server's RSS every
 * 20 ms: before, peak during the request, and 5 s after. The files are PDFs in name only, so
 * each is refused quickly by the reader and the figure is the upload path's (spool to disk),
 * not the analyzer's.
 *   npx tsx bench/upload-memory.ts [files] [MB each]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { login, rssMb, startServer, stopServer } from './lib.mjs';

const FILES = Number(process.argv[2] ?? 10);
const MB = Number(process.argv[3] ?? 15);
const DEMO_PASSWORD = 'Bench-Demo-2026x';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-upload-bench-'));
const { child, base } = await startServer({ FAZHI_DATA_DIR: dir, FAZHI_DEMO_PASSWORD: DEMO_PASSWORD });
const pid = child.pid as number;
try {
  const cookie = await login(base, 'county_reviewer', DEMO_PASSWORD);
  const form = new FormData();
  for (let i = 0; i < FILES; i++) {
    // random bytes: neither compressible nor shared between files
    form.append('files', new Blob([crypto.randomBytes(MB * 1024 * 1024)]), `报告${i + 1}.pdf`);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  const t0 = performance.now();
  const r = await fetch(`${base}/api/reviews`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body: form,
  });
  const body = (await r.json()) as { items?: { error: string | null }[] };
  const ms = performance.now() - t0;
  await new Promise((res) => setTimeout(res, 5000));
  clearInterval(sampler);
  const after = rssMb(pid);
  console.log(
    `POST /api/reviews ${FILES} × ${MB} MB over HTTP (PGlite, real session, warm server): ${r.status} in ${(ms / 1000).toFixed(1)} s, ${body.items?.length ?? 0} reviews stored`,
  );
  console.log(
    `server RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)}), 5 s after ${after.toFixed(0)} MB`,
  );
} finally {
  await stopServer(child);
  fs.rmSync(dir, { recursive: true, force: true });
}
