/**
 * Cost of the zip guard alone (server/io/zipGuard.ts: yauzl reads the directory, every XML part
 * is inflated once to check its size and look for a DOCTYPE) on generated reports, before
 * mammoth ever sees them. Usage: npx tsx bench/zip-guard.ts [files=50] [chars=10000]
 * Warm: one file is checked first so the module and the JIT are loaded; figures are per file.
 */
import { seededRandom, syntheticReport } from '../core/analyzer/copyDetection/syntheticReports';
import { READ_LIMITS } from '../server/io/limits';
import { makeDocx } from '../server/io/testFixtures/makeDocx';
import { checkZip } from '../server/io/zipGuard';

const FILES = Number(process.argv[2] ?? 50);
const CHARS = Number(process.argv[3] ?? 10_000);
const rng = seededRandom(11);
const files = await Promise.all(
  Array.from({ length: FILES }, async (_, i) => {
    const [title = '', ...paragraphs] = syntheticReport(rng, CHARS, `示例镇${i}年度报告`).split('\n');
    return makeDocx({ title, paragraphs });
  }),
);
const t0 = performance.now();
await checkZip(files[0] as Uint8Array, READ_LIMITS);
const cold = performance.now() - t0;
const t = performance.now();
for (const f of files) {
  const r = await checkZip(f, READ_LIMITS);
  if (!r.ok) throw new Error(r.why);
}
const ms = (performance.now() - t) / FILES;
const kb = files.reduce((n, f) => n + f.length, 0) / FILES / 1024;
console.log(
  `zip guard (yauzl), .docx of ${CHARS} chars (${kb.toFixed(0)} KB): cold first file ${cold.toFixed(1)} ms, ` +
    `warm ${ms.toFixed(2)} ms per file over ${FILES} files`,
);
