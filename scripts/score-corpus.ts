/**
 * Scores the analyzer on the shared corpus, when it is present next to the project
 * (../shared/corpus, or FAZHI_CORPUS): the five seeds, the dev tuning half and the dev
 * held-out half (scripts/corpus-split.json), each on its own. The analysis goes through
 * analyzeFiles, the code path of `fazhi analyze --json`. Prints every miss and one summary
 * line per split. The match rules are those of the corpus's own scorer
 * (shared/tools/score-analysis.mjs): unit names compared without 人民政府/党委/政府 and with
 * either one allowed to carry the other's prefix chain; indicators as a multiset of
 * (key, value) limited to the keys the gold was annotated with (_keys.json); a gold defect is
 * found when a predicted defect has its kind and either quote contains the other.
 * One rule differs: a unit read as null where the gold is null (a report that names no unit) is
 * right here, a miss there; the dev set has no such text, so its lines are the same under both.
 * Unlike that scorer this one also gives defect precision (a predicted defect is right when
 * it matches some gold defect by the same rule) and the accuracy of `truncated`.
 *   npm run score:corpus            (exits 0 and says so when the corpus is absent)
 *   npm run score:corpus -- --misses=seeds,dev-tune   (list only those splits' misses)
 *   npm run score:corpus -- --categories   (per split, counts of misses by indicator key and
 *   defect kind only: no file, no quote, so the held-out half can be looked at by category)
 *   npm run score:corpus -- --extra=DIR   (also score a private study set: DIR/reports or DIR/texts
 *   holding NAME.txt, DIR/gold holding NAME.json in the dev gold's shape; its misses are listed)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { analyzeFiles, type FileAnalysis } from '../server/analyzeFiles';

interface Gold {
  unit: string | null;
  level: string;
  report_year: number | null;
  truncated?: boolean;
  sections: Record<string, boolean>;
  indicators: { key: string; value: number; quote?: string }[];
  defects?: { kind: string; quote?: string }[];
}

/** What a reviewer is shown as a finding: high and medium confidence; low ones are hints listed last. */
const shown = (d: { confidence?: string }) => d.confidence !== 'low';

const SECTIONS = ['measures_and_results', 'first_responsible_person', 'shortcomings', 'next_year_plan'];
const corpus = resolve(process.env.FAZHI_CORPUS ?? join(import.meta.dirname, '../../shared/corpus'));
const quiet = process.argv.includes('--quiet');
/**
 * `--misses=seeds,dev-tune` lists the misses of those splits. By default the held-out split's
 * misses are not listed: tuning must not look at them (`--misses=held-out` shows them).
 */
const missArg = process.argv.find((a) => a.startsWith('--misses='));
const showMisses = new Set(missArg ? missArg.slice('--misses='.length).split(',') : ['seeds', 'dev-tune']);
const showCategories = process.argv.includes('--categories');
/** Counts of misses by category (`fp key`, `fn key`, `missed kind`, `extra kind`), per split. */
const categories = new Map<string, Map<string, number>>();
function countCategory(split: string, category: string) {
  const m = categories.get(split) ?? new Map<string, number>();
  m.set(category, (m.get(category) ?? 0) + 1);
  categories.set(split, m);
}

const norm = (s: string | null | undefined) =>
  String(s ?? '')
    .replace(/\s+/g, '')
    .replace(/(人民政府|党委|政府)$/u, '');
function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  // A report that names no unit is read right as null (study sets hold such texts; the dev set does not).
  if (x.length === 0 || y.length === 0) return x.length === 0 && y.length === 0;
  return x === y || x.endsWith(y) || y.endsWith(x);
}
const quotesMeet = (a?: string, b?: string) => !a || !b || a.includes(b) || b.includes(a);

interface Tally {
  files: number;
  unit: number;
  level: number;
  year: number;
  truncated: number;
  sec: number;
  secN: number;
  tp: number;
  fp: number;
  fn: number;
  defGold: number;
  defFound: number;
  defPred: number;
  defRight: number;
}

function score(name: string, pairs: { id: string; gold: Gold; pred: FileAnalysis | undefined }[]): Tally {
  const t: Tally = {
    files: 0,
    unit: 0,
    level: 0,
    year: 0,
    truncated: 0,
    sec: 0,
    secN: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    defGold: 0,
    defFound: 0,
    defPred: 0,
    defRight: 0,
  };
  const keysFile = join(corpus, 'seeds-gold/_keys.json');
  const annotated = new Set<string>(existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, 'utf8')) : []);
  const miss = (id: string, s: string) => {
    if (!quiet && showMisses.has(name)) console.log(`  ${name} ${id}: ${s.replace(/\r?\n/g, '⏎')}`);
  };
  for (const { id, gold: g, pred: p } of pairs) {
    t.files++;
    if (!p || p.error !== undefined) {
      miss(id, `no prediction${p?.error ? ` (${p.error})` : ''}`);
      t.fn += g.indicators.length;
      t.defGold += g.defects?.length ?? 0;
      continue;
    }
    if (sameUnit(p.unit, g.unit)) t.unit++;
    else miss(id, `unit ${p.unit} ≠ ${g.unit}`);
    if (p.level === g.level) t.level++;
    else miss(id, `level ${p.level} ≠ ${g.level}`);
    if (p.report_year === g.report_year) t.year++;
    else miss(id, `year ${p.report_year} ≠ ${g.report_year}`);
    if (g.truncated === undefined || p.truncated === g.truncated) t.truncated++;
    else miss(id, `truncated ${p.truncated} ≠ ${g.truncated}`);
    for (const s of SECTIONS) {
      t.secN++;
      const got = Boolean((p.sections as Record<string, boolean>)[s]);
      if (got === Boolean(g.sections[s])) t.sec++;
      else miss(id, `section ${s} ${got} ≠ ${Boolean(g.sections[s])}`);
    }
    const want = new Map<string, { n: number; quote: string }>();
    for (const i of g.indicators) {
      const k = `${i.key}=${Number(i.value)}`;
      const w = want.get(k);
      want.set(k, { n: (w?.n ?? 0) + 1, quote: i.quote ?? '' });
    }
    for (const i of p.indicators) {
      if (annotated.size > 0 && !annotated.has(i.key)) continue;
      const k = `${i.key}=${Number(i.value)}`;
      const w = want.get(k);
      if (w && w.n > 0) {
        t.tp++;
        w.n--;
      } else {
        t.fp++;
        countCategory(name, `indicator fp ${i.key}`);
        miss(id, `extra ${k} «${i.quote}»`);
      }
    }
    for (const [k, w] of want)
      if (w.n > 0) {
        t.fn += w.n;
        countCategory(name, `indicator fn ${k.slice(0, k.indexOf('='))}`);
        miss(id, `missed ${k} «${w.quote}»`);
      }
    const gd = g.defects ?? [];
    for (const d of gd) {
      t.defGold++;
      if (p.defects.some((x) => shown(x) && x.kind === d.kind && quotesMeet(d.quote, x.quote))) t.defFound++;
      else {
        countCategory(name, `defect missed ${d.kind}`);
        miss(id, `missed defect ${d.kind} «${d.quote ?? ''}»`);
      }
    }
    for (const x of p.defects.filter(shown)) {
      t.defPred++;
      if (gd.some((d) => x.kind === d.kind && quotesMeet(d.quote, x.quote))) t.defRight++;
      else {
        countCategory(name, `defect extra ${x.kind}`);
        miss(id, `extra defect ${x.kind} «${x.quote}»`);
      }
    }
  }
  return t;
}

function summary(name: string, t: Tally): string {
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return (
    `${name.padEnd(9)} files ${t.files}  unit ${pct(t.unit, t.files)}  level ${pct(t.level, t.files)}  ` +
    `year ${pct(t.year, t.files)}  truncated ${pct(t.truncated, t.files)}  sections ${pct(t.sec, t.secN)}  ` +
    `indicators P ${(100 * precision).toFixed(1)}% R ${(100 * recall).toFixed(1)}% F1 ${f1.toFixed(3)} ` +
    `(tp ${t.tp} fp ${t.fp} fn ${t.fn})  defects (high+medium confidence) P ${pct(t.defRight, t.defPred)} (${t.defRight}/${t.defPred}) ` +
    `R ${pct(t.defFound, t.defGold)} (${t.defFound}/${t.defGold})`
  );
}

async function run(name: string, textDir: string, goldDir: string, ids: string[] | null) {
  const stems = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .map((f) => basename(f, extname(f)))
    .filter((s) => ids === null || ids.includes(s))
    .sort();
  const files = stems.map((s) => join(textDir, `${s}.txt`));
  const preds = await analyzeFiles(files);
  const byStem = new Map(preds.map((p) => [basename(p.file, extname(p.file)), p]));
  for (const p of preds) {
    if (p.error !== undefined) continue;
    const raw = readFileSync(p.file, 'utf8');
    for (const i of p.indicators)
      if (raw.slice(i.start, i.end) !== i.quote) throw new Error(`offset mismatch in ${p.file}: ${i.quote}`);
  }
  if (!quiet) console.log(`${name}:`);
  return score(
    name,
    stems.map((id) => ({
      id,
      gold: JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as Gold,
      pred: byStem.get(id),
    })),
  );
}

async function main() {
  if (!existsSync(corpus)) {
    console.log(`corpus not found at ${corpus}: nothing to score`);
    return;
  }
  const split = JSON.parse(readFileSync(join(import.meta.dirname, 'corpus-split.json'), 'utf8')) as {
    tune: string[];
    heldOut: string[];
  };
  const lines: string[] = [];
  const started = performance.now();
  if (existsSync(join(corpus, 'seeds')))
    lines.push(summary('seeds', await run('seeds', join(corpus, 'seeds'), join(corpus, 'seeds-gold'), null)));
  const dev = join(corpus, 'dev');
  if (existsSync(dev)) {
    for (const [name, ids] of [
      ['dev-tune', split.tune],
      ['held-out', split.heldOut],
    ] as const)
      lines.push(summary(name, await run(name, join(dev, 'reports'), join(dev, 'gold'), ids)));
  }
  const extraArg = process.argv.find((a) => a.startsWith('--extra='));
  if (extraArg) {
    const dir = resolve(extraArg.slice('--extra='.length));
    const texts = existsSync(join(dir, 'reports')) ? join(dir, 'reports') : join(dir, 'texts');
    showMisses.add('extra');
    lines.push(summary('extra', await run('extra', texts, join(dir, 'gold'), null)));
  }
  console.log(lines.join('\n'));
  if (showCategories)
    for (const [split, m] of categories)
      console.log(
        `${split} misses by category: ${[...m]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([c, n]) => `${c} ×${n}`)
          .join(', ')}`,
      );
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

await main();
