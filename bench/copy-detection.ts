/**
 * Copy detection at province scale: N report-like texts of ~10,000 characters (stock
 * phrases of township reports, shared boilerplate paragraphs, unit and village names;
 * see reportProse) with planted copies; times findCopies (LSH) and the all-pairs
 * reference, and checks recall.
 * Usage: npx tsx bench/copy-detection.ts [reports=10000] [chars=10000] [allPairsSample=300]
 *
 * All-pairs is quadratic, so it runs on the first `allPairsSample` reports and its time
 * is extrapolated by the number of report pairs (N(N−1)/2). Its per-pair cost is one
 * sorted-array merge of ~10k shingles, plus verification for the few pairs sharing enough.
 */
import { type CopyDoc, findCopies } from '../core/analyzer/copyDetection';
import { allPairs } from '../core/analyzer/copyDetectionAllPairs';
import {
  BOILER_PARAGRAPHS,
  reportProse,
  seededRandom,
  syntheticReport,
} from '../core/analyzer/copyDetectionFixtures';
import { normalise } from '../core/analyzer/copyDetectionText';

const N = Number(process.argv[2] ?? 10_000);
const CHARS = Number(process.argv[3] ?? 10_000);
const SAMPLE = Math.min(N, Number(process.argv[4] ?? 300));
const PLANTED = Math.max(1, Math.floor(N / 20));

const rng = seededRandom(2024);
let t = performance.now();
const SYLLABLES = '青白龙石金桃柳杨平安宁永兴福新长高'.split('');
/** 5,000 distinct township names (first two characters × second × suffix). */
const unitName = (k: number) =>
  `${SYLLABLES[k % 17]}${SYLLABLES[Math.floor(k / 17) % 17]}${['镇', '乡', '街道'][Math.floor(k / 289) % 3]}${k >= 867 ? Math.floor(k / 867) : ''}`;
const docs: CopyDoc[] = Array.from({ length: N }, (_, i) => {
  const unit = unitName(i % 5000); // every unit twice in a batch of 10,000: some copies count as same-unit
  const year = i < 5000 ? 2024 : 2023;
  // GEN=words: the earlier generator (random sentences of administrative words and pseudo-words), for comparison.
  const text =
    process.env.GEN === 'words' ? syntheticReport(rng, CHARS) : reportProse(rng, CHARS, unit, year);
  return { id: `r${i}`, unit, year, text };
});

/** Planted: a 60–300 character excerpt of report `from`, with a 2-character edit in the middle, inserted into `to`. */
const planted: { from: string; to: string; excerpt: string }[] = [];
for (let k = 0; k < PLANTED; k++) {
  // Half the plants land inside the all-pairs sample, so both methods can be checked on them.
  const inSample = k % 2 === 0;
  const span = inSample ? SAMPLE : N;
  const fromIdx = Math.floor(rng() * span);
  let toIdx = Math.floor(rng() * span);
  if (toIdx === fromIdx) toIdx = (toIdx + 1) % span;
  const from = docs[fromIdx] as CopyDoc;
  const to = docs[toIdx] as CopyDoc;
  const len = 60 + Math.floor(rng() * 240);
  const start = Math.floor(rng() * (from.text.length - len));
  const excerpt = from.text.slice(start, start + len);
  const mid = Math.floor(len / 2);
  const at = Math.floor(rng() * to.text.length);
  to.text = `${to.text.slice(0, at)}${excerpt.slice(0, mid)}某某${excerpt.slice(mid + 2)}${to.text.slice(at)}`;
  planted.push({ from: from.id, to: to.id, excerpt });
}
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
 * paragraphs (boilerplate is not counted as copied; a passage needs 40 other characters).
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

function ms(since: number) {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}

t = performance.now();
const cpu = process.cpuUsage();
const lsh = findCopies(docs);
const lshSeconds = (performance.now() - t) / 1000;
// CPU time of this process too: other processes on the machine slow the wall clock.
const lshCpu = process.cpuUsage(cpu);
const r = recall(lsh.pairs, () => true);
console.log(
  `findCopies (LSH): ${lshSeconds.toFixed(2)} s (cpu ${((lshCpu.user + lshCpu.system) / 1e6).toFixed(2)} s) for ${N} reports; ${lsh.pairs.length} passages, ` +
    `${lsh.similarity.length} report pairs compared; recall of planted copies ${r.hit}/${r.of}`,
);
for (const p of r.missed) console.log(`  missed ${describe(p)}`);
console.log(
  `  heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);

const sample = docs.slice(0, SAMPLE);
const sampleIds = new Set(sample.map((d) => d.id));
t = performance.now();
const exact = allPairs(sample);
const sampleSeconds = (performance.now() - t) / 1000;
const samplePairs = (SAMPLE * (SAMPLE - 1)) / 2;
const fullPairs = (N * (N - 1)) / 2;
const extrapolated = (sampleSeconds * fullPairs) / samplePairs;
const rs = recall(exact.pairs, (p) => sampleIds.has(p.from) && sampleIds.has(p.to));
t = performance.now();
const lshSample = findCopies(sample);
const lshSampleSeconds = (performance.now() - t) / 1000;
const key = (p: (typeof exact.pairs)[number]) => `${p.a.id}:${p.a.start}|${p.b.id}:${p.b.start}|${p.length}`;
const exactKeys = new Set(exact.pairs.map(key));
const sameFound = lshSample.pairs.filter((p) => exactKeys.has(key(p))).length;
console.log(
  `allPairs on the first ${SAMPLE} reports: ${sampleSeconds.toFixed(2)} s for ${samplePairs} pairs ` +
    `(${((sampleSeconds / samplePairs) * 1e6).toFixed(1)} µs/pair); recall ${rs.hit}/${rs.of}`,
);
for (const p of rs.missed) console.log(`  allPairs missed ${describe(p)}`);
console.log(
  `  findCopies on the same ${SAMPLE}: ${lshSampleSeconds.toFixed(2)} s; finds ${sameFound} of allPairs' ${exact.pairs.length} passages (${lshSample.pairs.length} in all)`,
);
console.log(
  `allPairs extrapolated to ${N} reports (${fullPairs.toExponential(2)} pairs): ${extrapolated.toFixed(0)} s ` +
    `→ LSH is ${(extrapolated / lshSeconds).toFixed(0)}× faster`,
);
