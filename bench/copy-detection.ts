/**
 * Copy detection at province scale: N report-like texts of ~10,000 characters (stock
 * phrases of township reports, shared boilerplate paragraphs, unit and village names;
 * see reportProse) with planted copies; times findCopiesParallel as the server runs it (every
 * share on worker threads, `offMain`), with the calling thread taking a share, findCopies on one
 * thread and the all-pairs reference, and checks recall. An upload batch is at most 50 files
 * (UPLOAD_LIMITS), so the server meets batches this large only in the memory's verification;
 * the figure over HTTP is bench/copy-memory.ts (BATCHES). Every timing
 * line starts with the code path it times in brackets.
 *
 * Usage: npx tsx bench/copy-detection.ts [reports=10000] [chars=10000] [allPairsSample=100]
 *   GEN=words      the earlier generator (random sentences of administrative words and pseudo-words)
 *   THREADS=n      threads for findCopiesParallel (server/copyDetectionWorkers.ts; default 2); 1 = findCopies only
 *   COMMON_SHARE=x share of the reports from which a fingerprint is common wording (default COMMON_SHARE)
 *   RARE_SHARE=x   share of the reports below which a fingerprint is evidence of copying (default RARE_SHARE)
 *   MIN_SHARED=k   rare fingerprints a report pair must share to be verified (default MIN_SHARED_FINGERPRINTS, 1)
 *   allPairsSample=0 skips the all-pairs reference.
 *
 * Prints: reports; the wall and CPU time of findCopiesParallel (its first call, worker
 * threads' start included, and a second one) and of findCopies on one thread; candidate, verified and
 * copied pairs; recall of the planted copies; the all-pairs reference's time on the
 * first `allPairsSample` reports and the speed-up extrapolated from it. All-pairs is
 * quadratic: its time at N is its time per pair merge on the sample times N(N−1)/2,
 * plus its time per whole-text comparison times the pairs that share a rare fingerprint
 * at N (findCopies' candidate pairs: the same definition). findCopies on the sample is
 * checked against it passage by passage.
 */

import { createHash } from 'node:crypto';
import os from 'node:os';
import { allPairs } from '../core/analyzer/copyDetection/allPairsReference';
import { type CopyOptions, type CopyResult, findCopies } from '../core/analyzer/copyDetection/findCopies';
import { normalise } from '../core/analyzer/copyDetection/normaliseText';
import { BOILER_PARAGRAPHS } from '../core/analyzer/copyDetection/syntheticReports';
import {
  closeCopyDetectionWorkers,
  findCopiesParallel,
  PARALLEL_MIN_REPORTS,
} from '../server/copyDetectionWorkers';
import { plantedCorpus } from './copyCorpus';

/**
 * The code path each timing line measures, printed at its start: findCopiesParallel is
 * what the server runs (reviewBatchAnalyzer), on worker threads from PARALLEL_MIN_REPORTS
 * reports with more than one thread, else it is findCopies on the calling thread.
 */
const PATH = {
  parallel: (threads: number, n: number) =>
    threads > 1 && n >= PARALLEL_MIN_REPORTS
      ? `[server path: findCopiesParallel offMain, ${threads} worker threads, the calling thread only hands out and merges (server/copyDetectionWorkers.ts, reviewBatchAnalyzer.copyPairs)]`
      : '[server path: below PARALLEL_MIN_REPORTS or one thread the server runs findCopies on its analysis worker; here findCopies on the calling thread]',
  mainShare: (threads: number) =>
    `[findCopiesParallel, calling thread + ${threads - 1} worker thread(s) (not the server's: its event loop would stop)]`,
  single: '[core: findCopies, calling thread (core/analyzer/copyDetection/findCopies.ts)]',
  reference: '[reference: allPairs, quadratic (core/analyzer/copyDetection/allPairsReference.ts)]',
};

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  const top = /\/\*\*([\s\S]*?)\*\//.exec(
    (await import('node:fs')).readFileSync(new URL(import.meta.url), 'utf8'),
  )?.[1];
  console.log(top?.replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}

const N = Number(process.argv[2] ?? 10_000);
const CHARS = Number(process.argv[3] ?? 10_000);
const SAMPLE = Math.min(N, Number(process.argv[4] ?? 100));
const THREADS = Number(process.env.THREADS ?? 2);
const opts: CopyOptions = {
  ...(process.env.COMMON_SHARE ? { commonShare: Number(process.env.COMMON_SHARE) } : {}),
  ...(process.env.RARE_SHARE ? { rareShare: Number(process.env.RARE_SHARE) } : {}),
  ...(process.env.MIN_SHARED ? { minSharedFingerprints: Number(process.env.MIN_SHARED) } : {}),
};
const PLANTED = Math.max(1, Math.floor(N / 20));

let t = performance.now();
const { docs, planted } = plantedCorpus(N, CHARS);
const totalChars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(
  `generated ${N} reports, ${(totalChars / 1e6).toFixed(1)} M characters, ${PLANTED} planted copies in ${ms(t)}`,
);

function recall(
  pairs: { a: { id: string }; b: { id: string } }[],
  within: (p: (typeof planted)[number]) => boolean,
) {
  const found = new Set(pairs.map((p) => [p.a.id, p.b.id].sort().join('|')));
  const wanted = planted.filter(within);
  const hit = wanted.filter((p) => found.has([p.from, p.to].sort().join('|'))).length;
  const missed = wanted.filter((p) => !found.has([p.from, p.to].sort().join('|')));
  return { hit, of: wanted.length, missed };
}

/**
 * Why a plant can be missed: its unedited halves in normalised characters (letters and
 * digits only), and how many of its characters lie outside the generator's boilerplate
 * paragraphs (common wording is not counted as copied; a passage needs 40 other characters).
 */
function describe(p: (typeof planted)[number]): string {
  const mid = Math.floor(p.excerpt.length / 2);
  const halves = [p.excerpt.slice(0, mid), p.excerpt.slice(mid + 2)].map((h) => {
    const n = normalise(h, false);
    return String.fromCharCode(...n.chars.subarray(0, n.length));
  });
  const paragraphs = BOILER_PARAGRAPHS.map((b) => {
    const n = normalise(b, false);
    return String.fromCharCode(...n.chars.subarray(0, n.length));
  });
  // Characters of each half inside a run of 8 or more that a boilerplate paragraph also has.
  let own = 0;
  for (const h of halves) {
    const covered = new Uint8Array(h.length);
    for (let i = 0; i < h.length; i++) {
      for (const b of paragraphs) {
        let len = 0;
        while (i + len < h.length && b.includes(h.slice(i, i + len + 1))) len++;
        if (len >= 8) covered.fill(1, i, i + len);
      }
    }
    own += covered.reduce((n, c) => n + (c === 0 ? 1 : 0), 0);
  }
  return (
    `${p.from}→${p.to}: ${p.excerpt.length} chars, halves ${halves[0]?.length}+${halves[1]?.length} ` +
    `normalised, ${own} outside boilerplate paragraphs: ${p.excerpt.replace(/\n/g, '⏎')}`
  );
}

/** CPU time of this process (every thread), with the system part (mostly first touches of fresh memory). */
function cpuText(c: NodeJS.CpuUsage): string {
  return `${((c.user + c.system) / 1e6).toFixed(2)} s CPU (${(c.system / 1e6).toFixed(2)} s system)`;
}

/** A short digest of the passages found, to compare two versions of the code on the same batch. */
function digest(res: CopyResult): string {
  return createHash('sha1').update(JSON.stringify(res.pairs)).digest('hex').slice(0, 12);
}

function ms(since: number) {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}

const stats = (res: CopyResult) =>
  `${res.stats.candidatePairs} candidate pairs (sharing a fingerprint in < ${res.stats.rareLimit} reports), ` +
  `${res.stats.verifiedPairs} verified (segments long enough to chain and judge), ${res.stats.copiedPairs} with copies (${res.pairs.length} passages); ` +
  `${res.stats.commonFingerprints} common fingerprints (in ≥ ${res.stats.commonLimit} reports) of ${res.stats.fingerprints}`;
const phases = (res: CopyResult) =>
  Object.entries(res.stats.phases ?? {})
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
    .join(', ');

t = performance.now();
const cpu = process.cpuUsage();
const lsh = await findCopiesParallel(docs, opts, THREADS, { offMain: true });
const lshSeconds = (performance.now() - t) / 1000;
// CPU time of this process too: other processes on the machine slow the wall clock.
const lshCpu = process.cpuUsage(cpu);
const r = recall(lsh.pairs, () => true);
console.log(
  `${PATH.parallel(THREADS, N)} first call on ${N} reports: ${lshSeconds.toFixed(2)} s wall, ${cpuText(lshCpu)}; ` +
    `recall of planted copies ${r.hit}/${r.of}; passages digest ${digest(lsh)}`,
);
console.log(`  ${stats(lsh)}`);
console.log(
  `  stages (s): ${phases(lsh)}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const p of r.missed) console.log(`  missed ${describe(p)}`);
if (THREADS > 1) {
  // Again, with the workers started and their code compiled, as in a server that keeps them.
  t = performance.now();
  const cpu2 = process.cpuUsage();
  const again = await findCopiesParallel(docs, opts, THREADS, { offMain: true });
  const againSeconds = (performance.now() - t) / 1000;
  const againCpu = process.cpuUsage(cpu2);
  console.log(
    `${PATH.parallel(THREADS, N)} second call (workers running): ${againSeconds.toFixed(2)} s wall, ${cpuText(againCpu)}; ` +
      `stages (s): ${phases(again)}`,
  );
  // The calling thread taking a share, as before the server kept it free: the same work split
  // one way fewer across workers.
  t = performance.now();
  const cpu3 = process.cpuUsage();
  const shared = await findCopiesParallel(docs, opts, THREADS);
  const sharedSeconds = (performance.now() - t) / 1000;
  const sharedCpu = process.cpuUsage(cpu3);
  console.log(
    `${PATH.mainShare(THREADS)}: ${sharedSeconds.toFixed(2)} s wall, ${cpuText(sharedCpu)}; ` +
      `${JSON.stringify(shared.pairs) === JSON.stringify(lsh.pairs) ? 'the same passages' : 'DIFFERENT passages'}; stages (s): ${phases(shared)}`,
  );
  // The same on one thread, for comparison (and the same answer).
  t = performance.now();
  const cpu1 = process.cpuUsage();
  const one = findCopies(docs, opts);
  const oneSeconds = (performance.now() - t) / 1000;
  const oneCpu = process.cpuUsage(cpu1);
  const same = JSON.stringify(one.pairs) === JSON.stringify(lsh.pairs);
  console.log(
    `${PATH.single} on ${N} reports: ${oneSeconds.toFixed(2)} s wall, ${cpuText(oneCpu)}; ` +
      `${same ? 'the same passages' : 'DIFFERENT passages'}; stages (s): ${phases(one)}`,
  );
}
console.log(
  `  load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
console.log(
  `  heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);

if (SAMPLE >= 2) {
  const sample = docs.slice(0, SAMPLE);
  const sampleIds = new Set(sample.map((d) => d.id));
  t = performance.now();
  const exact = allPairs(sample, opts);
  const sampleSeconds = (performance.now() - t) / 1000;
  const samplePairs = (SAMPLE * (SAMPLE - 1)) / 2;
  const fullPairs = (N * (N - 1)) / 2;
  // All-pairs time at N: every pair's merge, the whole-text comparison of every pair that
  // shares a rare fingerprint (at N, findCopies' candidate pairs: the same definition),
  // and the per-report preparation, which grows linearly.
  const mergePerPair = exact.timing.mergeMs / 1000 / samplePairs;
  const verifyPerPair = exact.timing.verifyMs / 1000 / Math.max(1, exact.stats.verifiedPairs);
  const perReport =
    Math.max(0, sampleSeconds - (exact.timing.mergeMs + exact.timing.verifyMs) / 1000) / SAMPLE;
  const extrapolated = fullPairs * mergePerPair + lsh.stats.candidatePairs * verifyPerPair + N * perReport;
  const rs = recall(exact.pairs, (p) => sampleIds.has(p.from) && sampleIds.has(p.to));
  t = performance.now();
  const lshSample = findCopies(sample, opts);
  const lshSampleSeconds = (performance.now() - t) / 1000;
  const key = (p: (typeof exact.pairs)[number]) =>
    `${p.a.id}:${p.a.start}-${p.a.end}|${p.b.id}:${p.b.start}-${p.b.end}|${p.length}`;
  const exactKeys = new Set(exact.pairs.map(key));
  const lshKeys = new Set(lshSample.pairs.map(key));
  const lost = exact.pairs.filter((p) => !lshKeys.has(key(p)));
  const extra = lshSample.pairs.filter((p) => !exactKeys.has(key(p)));
  console.log(
    `${PATH.reference} on the first ${SAMPLE} reports: ${sampleSeconds.toFixed(2)} s for ${samplePairs} pairs ` +
      `(merge ${(mergePerPair * 1e6).toFixed(1)} µs/pair, whole-text comparison ${(verifyPerPair * 1e3).toFixed(2)} ms ` +
      `for each of ${exact.stats.verifiedPairs} pairs sharing a rare fingerprint); recall ${rs.hit}/${rs.of}; ${exact.pairs.length} passages`,
  );
  for (const p of rs.missed) console.log(`  allPairs missed ${describe(p)}`);
  console.log(
    `${PATH.single} on the same ${SAMPLE}: ${lshSampleSeconds.toFixed(2)} s; finds ${exact.pairs.length - lost.length} of allPairs' ${exact.pairs.length} passages, ${extra.length} others; ${stats(lshSample)}`,
  );
  for (const p of lost.slice(0, 5))
    console.log(
      `  lost ${p.a.id}:${p.a.start}-${p.a.end} ${p.b.id}:${p.b.start}-${p.b.end} ${p.length}: ${p.a.quote.replace(/\n/g, '⏎')}`,
    );
  console.log(
    `${PATH.reference} extrapolated to ${N} reports: ${fullPairs.toExponential(2)} merges (${(fullPairs * mergePerPair).toFixed(0)} s) + ` +
      `${lsh.stats.candidatePairs} whole-text comparisons (${(lsh.stats.candidatePairs * verifyPerPair).toFixed(0)} s) = ${extrapolated.toFixed(0)} s ` +
      `→ findCopies is ${(extrapolated / lshSeconds).toFixed(0)}× faster (merges alone: ${((fullPairs * mergePerPair) / lshSeconds).toFixed(0)}×)`,
  );
}
await closeCopyDetectionWorkers();
