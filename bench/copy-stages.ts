/**
 * Where copy detection's CPU goes, stage by stage, on the calling thread (the stages
 * findCopies and the server's workers run: scan, sort + runs, common wording, candidate
 * hits grouped by pair, verification, result), with user and system CPU apart (system
 * time is mostly the first touch of fresh typed arrays). The same generator as
 * bench/copy-detection.ts (reportProse, planted copies).
 *
 * Usage: npx tsx bench/copy-stages.ts [reports=10000] [chars=10000] [repeats=1]
 */
import os from 'node:os';
import { commonLimitFor, mergeShards, rareLimitFor, scanTexts } from '../core/analyzer/copyDetection/batch';
import { copyResult, verifyPairs } from '../core/analyzer/copyDetection/findCopies';
import {
  commonFingerprints,
  fingerprintHits,
  sortFingerprints,
} from '../core/analyzer/copyDetection/fingerprintGroups';
import { CharStore } from '../core/analyzer/copyDetection/winnowing';
import { plantedCorpus } from './copyCorpus';

const N = Number(process.argv[2] ?? 10_000);
const CHARS = Number(process.argv[3] ?? 10_000);
const REPEATS = Number(process.argv[4] ?? 1);
const { docs } = plantedCorpus(N, CHARS);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

for (let rep = 0; rep < REPEATS; rep++) {
  const rows: [string, number, number, number][] = [];
  let cpu = process.cpuUsage();
  let wall = performance.now();
  const lap = (name: string) => {
    const c = process.cpuUsage(cpu);
    rows.push([name, c.user / 1e3, c.system / 1e3, performance.now() - wall]);
    cpu = process.cpuUsage();
    wall = performance.now();
  };
  const n = docs.length;
  const text = new CharStore(docs.map((d) => d.text.length));
  const parts = scanTexts(
    docs.map((d) => d.text),
    0,
    text,
    1,
    n,
  );
  lap('scan (fold, gram hashes, winnow)');
  const counted = new Uint32Array(parts[0]?.counts ?? []);
  const { sorted, runs } = sortFingerprints(parts, text.start);
  lap('sort + runs');
  const commonKeys = commonFingerprints(sorted, runs, commonLimitFor(n), counted);
  lap('common wording');
  const hits = fingerprintHits(sorted, runs, n, rareLimitFor(n));
  lap('candidate hits by pair');
  const batch = mergeShards(docs, text, [{ commonKeys, counted, fingerprints: sorted.length, hits }]);
  lap('merge');
  const found = verifyPairs(batch, batch.hits, 0, batch.hits.docA.length);
  lap('verify');
  const result = copyResult(batch, found);
  lap('result');
  const total = rows.reduce((s, r) => s + r[1] + r[2], 0);
  console.log(
    `[core stages of findCopies, calling thread] ${n} reports, run ${rep + 1}: ${result.stats.fingerprints} fingerprints, ` +
      `${result.stats.candidatePairs} candidate pairs, ${result.pairs.length} passages; load average ${load()}`,
  );
  for (const [name, user, sys, w] of rows)
    console.log(
      `  ${name.padEnd(34)} user ${user.toFixed(0).padStart(5)} ms  sys ${sys.toFixed(0).padStart(5)} ms  ` +
        `${(((user + sys) / total) * 100).toFixed(0).padStart(3)} %  wall ${w.toFixed(0)} ms`,
    );
  console.log(`  total CPU ${total.toFixed(0)} ms`);
}
