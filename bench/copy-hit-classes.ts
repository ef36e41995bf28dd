/**
 * Candidate pairs by how many rare-fingerprint hits they share, and which of them yield
 * passages: whether a pair sharing one rare fingerprint can be skipped (issue 17). Same
 * generator as bench/copy-detection.ts. Prints verification CPU per class.
 *
 * Usage: npx tsx bench/copy-hit-classes.ts [reports=10000] [chars=10000]
 */
import os from 'node:os';
import { prepareBatch } from '../core/analyzer/copyDetection/batch';
import { verifyPairs } from '../core/analyzer/copyDetection/findCopies';
import type { PairHits } from '../core/analyzer/copyDetection/fingerprintGroups';
import { plantedCorpus } from './copyCorpus';

const N = Number(process.argv[2] ?? 10_000);
const CHARS = Number(process.argv[3] ?? 10_000);
const { docs, planted } = plantedCorpus(N, CHARS);
/** Report pairs (ids, sorted) with passages, by the class of their candidate pair. */
const copiedBy = new Map<number, Set<string>>();
const batch = prepareBatch(docs);
const hits = batch.hits;
const pairs = hits.docA.length;
const classOf = (p: number) => Math.min(4, (hits.start[p + 1] as number) - (hits.start[p] as number));
/** The pairs of one class, as a PairHits of their own. */
function subset(keep: (p: number) => boolean): PairHits {
  const idx: number[] = [];
  let nh = 0;
  for (let p = 0; p < pairs; p++)
    if (keep(p)) {
      idx.push(p);
      nh += (hits.start[p + 1] as number) - (hits.start[p] as number);
    }
  const out: PairHits = {
    docA: new Uint32Array(idx.length),
    docB: new Uint32Array(idx.length),
    start: new Uint32Array(idx.length + 1),
    posA: new Uint32Array(nh),
    posB: new Uint32Array(nh),
  };
  let h = 0;
  idx.forEach((p, k) => {
    out.docA[k] = hits.docA[p] as number;
    out.docB[k] = hits.docB[p] as number;
    out.start[k] = h;
    for (let x = hits.start[p] as number; x < (hits.start[p + 1] as number); x++) {
      out.posA[h] = hits.posA[x] as number;
      out.posB[h++] = hits.posB[x] as number;
    }
  });
  out.start[idx.length] = h;
  return out;
}
console.log(
  `${N} reports, ${pairs} candidate pairs; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (let c = 1; c <= 4; c++) {
  const sub = subset((p) => classOf(p) === c);
  const t = process.cpuUsage();
  const found = verifyPairs(batch, sub, 0, sub.docA.length);
  const cpu = process.cpuUsage(t);
  const copied = new Set(found.pair).size;
  copiedBy.set(
    c,
    new Set(
      found.pair.map((p) =>
        [docs[sub.docA[p] as number]?.id, docs[sub.docB[p] as number]?.id].sort().join('|'),
      ),
    ),
  );
  console.log(
    `  ${c === 4 ? '4+' : c} hit(s): ${sub.docA.length} pairs, ${found.verifiedPairs} verified, ${copied} with passages, ` +
      `${found.passages.length} passages (matched ${found.passages
        .map((x) => x.matched)
        .join(',')
        .slice(0, 200)}); verify CPU ${((cpu.user + cpu.system) / 1e3).toFixed(0)} ms`,
  );
}

// Recall of the planted copies if pairs with fewer than k hits were not verified.
for (let k = 1; k <= 3; k++) {
  const kept = new Set<string>();
  for (let c = k; c <= 4; c++) for (const x of copiedBy.get(c) ?? []) kept.add(x);
  const hit = planted.filter((p) => kept.has([p.from, p.to].sort().join('|'))).length;
  console.log(`  verifying only pairs with ≥ ${k} hit(s): recall of planted copies ${hit}/${planted.length}`);
}

// Where a one-hit pair's verification goes: the seed alone (reading both texts at the hit), then seed + grow.
{
  const { PairVerifier } = await import('../core/analyzer/copyDetection/verifyPassages');
  const sub = subset((p) => classOf(p) === 1);
  const { start, end, chars } = batch.text;
  for (const grow of [false, true, false, true]) {
    const v = new PairVerifier(chars, batch.common);
    let segs = 0;
    const t = process.cpuUsage();
    for (let p = 0; p < sub.docA.length; p++) {
      const da = sub.docA[p] as number;
      const db = sub.docB[p] as number;
      v.reset(start[da] as number, end[da] as number, start[db] as number, end[db] as number);
      v.seed(sub.posA[p] as number, sub.posB[p] as number);
      if (grow && v.count > 0) v.grow();
      segs += v.count;
    }
    const cpu = process.cpuUsage(t);
    console.log(
      `  one-hit pairs, seed${grow ? ' + grow' : ' only'}: ${segs} segments, CPU ${((cpu.user + cpu.system) / 1e3).toFixed(0)} ms`,
    );
  }
}

// One-hit pairs whose two grams differ (a 32-bit hash collision): nothing to verify there.
{
  const { GRAM } = await import('../core/analyzer/copyDetection/winnowing');
  const sub = subset((p) => classOf(p) === 1);
  const chars = batch.text.chars;
  let differ = 0;
  for (let p = 0; p < sub.docA.length; p++) {
    const qa = sub.posA[p] as number;
    const qb = sub.posB[p] as number;
    for (let k = 0; k < GRAM; k++)
      if (chars[qa + k] !== chars[qb + k]) {
        differ++;
        break;
      }
  }
  console.log(`  one-hit pairs whose grams differ (hash collisions): ${differ} of ${sub.docA.length}`);
}

// How many fingerprints are common wording (what the scan could leave out if it knew them beforehand).
{
  let counted = 0;
  for (const c of batch.counted) counted += c;
  console.log(
    `  fingerprints ${batch.fingerprints}, of them common wording ${batch.fingerprints - counted} ` +
      `(${(((batch.fingerprints - counted) / batch.fingerprints) * 100).toFixed(1)} %, ${batch.common.size} distinct)`,
  );
}
