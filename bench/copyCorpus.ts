import type { CopyDoc } from '../core/analyzer/copyDetection/findCopies';
import { reportProse, seededRandom, syntheticReport } from '../core/analyzer/copyDetection/syntheticReports';

/** A planted copy: an excerpt of report `from`, with a 2-character edit in the middle, inserted into `to`. */
export interface Plant {
  from: string;
  to: string;
  excerpt: string;
}

const SYLLABLES = '青白龙石金桃柳杨平安宁永兴福新长高'.split('');
/** 5,000 distinct township names (first two characters × second × suffix). */
const unitName = (k: number) =>
  `${SYLLABLES[k % 17]}${SYLLABLES[Math.floor(k / 17) % 17]}${['镇', '乡', '街道'][Math.floor(k / 289) % 3]}${k >= 867 ? Math.floor(k / 867) : ''}`;

/**
 * The copy-detection benchmarks' batch: n report-like texts of about `chars` characters
 * (reportProse, or syntheticReport with GEN=words), and n / 20 planted copies of 60–300
 * characters with a 2-character edit in the middle. Deterministic (seed 2024).
 */
export function plantedCorpus(
  n: number,
  chars: number,
  gen = process.env.GEN,
): { docs: CopyDoc[]; planted: Plant[] } {
  const rng = seededRandom(2024);
  const docs: CopyDoc[] = Array.from({ length: n }, (_, i) => {
    const unit = unitName(i % 5000); // every unit twice in a batch of 10,000: some copies count as same-unit
    const year = i < 5000 ? 2024 : 2023;
    const text = gen === 'words' ? syntheticReport(rng, chars) : reportProse(rng, chars, unit, year);
    return { id: `r${i}`, unit, year, text };
  });
  const planted: Plant[] = [];
  for (let k = 0; k < Math.max(1, Math.floor(n / 20)); k++) {
    // Half the plants land among the first 300 reports, so the all-pairs sample holds some.
    const span = k % 2 === 0 ? Math.min(n, 300) : n;
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
  return { docs, planted };
}
