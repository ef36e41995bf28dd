/**
 * Scores the analyzer on the five seed reports: writes the predictions next to the shared
 * corpus's scorer and prints its verbose output. A dev script (reads ../shared); tests never do.
 *   npx tsx scripts/score-seeds.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeText } from '../core/analyzer/analyzeText';

const shared = resolve(import.meta.dirname, '../../shared');
const seedDir = join(shared, 'corpus/seeds');
const files = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(seedDir, f));

const predictions = files.map((file) => analyzeText(readFileSync(file, 'utf8'), { file }));
for (const p of predictions) {
  for (const i of p.indicators) {
    const raw = readFileSync(p.file ?? '', 'utf8');
    if (raw.slice(i.start, i.end) !== i.quote) throw new Error(`offset mismatch in ${p.file}: ${i.quote}`);
  }
}
const out = join(mkdtempSync(join(tmpdir(), 'fazhi-seeds-')), 'pred.json');
writeFileSync(out, JSON.stringify(predictions, null, 2));
console.log(`predictions: ${out}`);
const scorer = join(shared, 'tools/score-analysis.mjs');
console.log(
  execFileSync('node', [scorer, join(shared, 'corpus/seeds-gold'), out, '--verbose'], { encoding: 'utf8' }),
);
