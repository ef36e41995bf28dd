/**
 * Does the server keep answering while a large ledger attachment is stored and sent back (issue
 * 14 §1.9: a 20 MB attachment blocked a PGlite server for 6–14 s)? Starts `fazhi serve` on PGlite
 * in a temporary directory (or DATABASE_URL), logs in over HTTP as the demo township clerk,
 * uploads one PDF attachment to a demo dispute record and downloads it again, and meanwhile asks
 * GET /api/health every 50 ms. Prints, for the upload and for the download, its own time and the
 * health latencies during it (count, p50, p95, max). Code path: POST/GET
 * /api/ledgers/:kind/:id/attachments → attachment_chunks, one statement per piece.
 *   npx tsx bench/attachment-health.ts [MB]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { login, startServer, stopServer } from './lib.mjs';

const MB = Number(process.argv[2] ?? 20);
const DEMO_PASSWORD = 'Bench-Demo-2026x';

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** Runs `work` while GET /api/health is asked every 50 ms; the latencies seen meanwhile. */
async function whileProbing<T>(
  base: string,
  work: () => Promise<T>,
): Promise<{ ms: number; result: T; health: number[] }> {
  const health: number[] = [];
  let busy = true;
  const probe = (async () => {
    while (busy) {
      const t = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  busy = false;
  await probe;
  return { ms, result, health };
}

function report(label: string, r: { ms: number; health: number[] }, status: number): void {
  const s = [...r.health].sort((a, b) => a - b);
  console.log(`${label}: ${status} in ${r.ms.toFixed(0)} ms`);
  console.log(
    `  GET /api/health meanwhile: ${s.length} answers, p50 ${pct(s, 0.5).toFixed(0)} ms, p95 ${pct(s, 0.95).toFixed(0)} ms, max ${(s.at(-1) ?? Number.NaN).toFixed(0)} ms, over 200 ms: ${s.filter((l) => l > 200).length}`,
  );
}

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
  const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(
    `${MB} MB attachment over HTTP (${db}, real session, warm server), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const up = await whileProbing(base, async () => {
    const form = new FormData();
    form.append('file', new Blob([pdf]), '扫描件.pdf');
    const r = await fetch(`${base}/api/ledgers/dispute/${record.id}/attachments`, {
      method: 'POST',
      headers: { cookie, origin: base },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as { id?: string } };
  });
  report('POST attachment', up, up.result.status);
  const id = up.result.body.id;
  if (!id) throw new Error(`upload refused: ${JSON.stringify(up.result.body)}`);

  const down = await whileProbing(base, async () => {
    const r = await fetch(`${base}/api/ledgers/dispute/${record.id}/attachments/${id}`, {
      headers: { cookie },
    });
    return { status: r.status, bytes: Buffer.from(await r.arrayBuffer()) };
  });
  report('GET attachment', down, down.result.status);
  if (!down.result.bytes.equals(pdf)) throw new Error('the downloaded file differs from the uploaded one');
  console.log(`  downloaded bytes identical: ${down.result.bytes.length} bytes`);
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await stopServer(child);
  fs.rmSync(dir, { recursive: true, force: true });
}
