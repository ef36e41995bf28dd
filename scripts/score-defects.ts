/**
 * Defect precision and recall of the analyzer against the hand gold in ../shared/corpus
 * (read only when present; the project never needs it). Usage:
 *   npx tsx scripts/score-defects.ts [tune|held|seeds] [--verbose] [--min=high|medium|low]
 * tune = odd-numbered dev reports (D001, D003 …), held = even-numbered (held out: without
 * --verbose only the figures are printed), seeds = the five seed reports.
 * A found defect matches a gold one as in shared/tools/score-analysis.mjs: same kind, and one
 * quote contains the other. Precision counts found defects at or above --min (default medium).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../core/analyzer/analyzeText';
import { DEFECT_CONFIDENCES, type Defect, type DefectConfidence } from '../core/analyzer/types';

interface GoldDefect {
  kind: string;
  quote: string;
}

const root = path.resolve(import.meta.dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'tune';
const verbose = args.includes('--verbose');
const min = (args.find((a) => a.startsWith('--min='))?.slice(6) ?? 'medium') as DefectConfidence;
if (!existsSync(root)) {
  console.log(`no corpus at ${root}: nothing to score`);
  process.exit(0);
}

function files(): { name: string; text: string; gold: string }[] {
  if (split === 'seeds') {
    return readdirSync(path.join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({
        name: f,
        text: path.join(root, 'seeds', f),
        gold: path.join(root, 'seeds-gold', f.replace(/\.txt$/, '.json')),
      }));
  }
  const odd = split === 'tune';
  return readdirSync(path.join(root, 'dev/reports'))
    .filter((f) => /^D\d{3}\.txt$/.test(f) && (Number(f.slice(1, 4)) % 2 === 1) === odd)
    .map((f) => ({
      name: f,
      text: path.join(root, 'dev/reports', f),
      gold: path.join(root, 'dev/gold', f.replace(/\.txt$/, '.json')),
    }));
}

const rank = (c: DefectConfidence | undefined) => DEFECT_CONFIDENCES.indexOf(c ?? 'low');
const matches = (g: GoldDefect, d: Defect) =>
  g.kind === d.kind && (!g.quote || !d.quote || g.quote.includes(d.quote) || d.quote.includes(g.quote));

let gold = 0;
let found = 0;
let shown = 0;
let right = 0;
for (const f of files()) {
  const g = (JSON.parse(readFileSync(f.gold, 'utf8')).defects ?? []) as GoldDefect[];
  const r = analyzeText(readFileSync(f.text, 'utf8'), { file: f.name });
  const kept = r.defects.filter((d) => rank(d.confidence) <= rank(min));
  for (const x of g) {
    gold++;
    if (kept.some((d) => matches(x, d))) found++;
    else if (verbose) console.log(`${f.name}: missed ${x.kind} «${x.quote}»`);
  }
  for (const d of kept) {
    shown++;
    if (g.some((x) => matches(x, d))) right++;
    else if (verbose)
      console.log(`${f.name}: false alarm ${d.kind}/${d.confidence} «${d.quote}» ${d.message}`);
  }
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(
  `${split} (confidence ≥ ${min}): recall ${pct(found, gold)} (${found}/${gold})  precision ${pct(right, shown)} (${right}/${shown})`,
);
