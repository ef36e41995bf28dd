import { afterAll, describe, expect, it } from 'vitest';
import { type CopyDoc, findCopies } from '../core/analyzer/copyDetection/findCopies';
import { reportProse, seededRandom } from '../core/analyzer/copyDetection/syntheticReports';
import { closeCopyDetectionWorkers, findCopiesParallel, PARALLEL_MIN_REPORTS } from './copyDetectionWorkers';

afterAll(closeCopyDetectionWorkers);

/** Report-like prose for as many reports as the parallel path needs, with copies planted between some. */
function batch(): CopyDoc[] {
  const rng = seededRandom(5);
  const docs: CopyDoc[] = Array.from({ length: PARALLEL_MIN_REPORTS + 40 }, (_, i) => {
    const unit = `第${i}镇`;
    return { id: `r${i}`, unit, year: 2024, text: reportProse(rng, 1500, unit, 2024) };
  });
  for (let k = 0; k < 12; k++) {
    const from = docs[(k * 37) % docs.length] as CopyDoc;
    const to = docs[(k * 53 + 11) % docs.length] as CopyDoc;
    const start = from.text.indexOf('。', 400) + 1;
    const at = to.text.indexOf('。', 700) + 1;
    to.text = `${to.text.slice(0, at)}${from.text.slice(start, start + 90)}${to.text.slice(at)}`;
  }
  return docs;
}

describe('findCopiesParallel', () => {
  // One batch and its single-thread answer for the tests below (neither changes them).
  const docs = batch();
  const one = findCopies(docs);

  it('finds what findCopies finds, on worker threads', async () => {
    const two = await findCopiesParallel(docs, {}, 2);
    expect(one.pairs.length).toBeGreaterThanOrEqual(12);
    expect(two.pairs).toEqual(one.pairs);
    expect(two.similarity).toEqual(one.similarity);
    const { phases: _one, ...statsOne } = one.stats;
    const { phases, ...statsTwo } = two.stats;
    expect(statsTwo).toEqual(statsOne);
    expect(Object.keys(phases ?? {})).toContain('verify (main share)');
  });

  it('keeps every share off the calling thread when asked (the server), with the same passages', async () => {
    const off = await findCopiesParallel(docs, {}, 2, { offMain: true });
    expect(off.pairs.length).toBeGreaterThanOrEqual(12);
    expect(off.pairs).toEqual(one.pairs);
    expect(off.similarity).toEqual(one.similarity);
    const { phases: _one, ...statsOne } = one.stats;
    const { phases, ...statsOff } = off.stats;
    expect(statsOff).toEqual(statsOne);
    expect(Object.keys(phases ?? {})).toContain('verify (main thread hands out)');
    expect(Object.keys(phases ?? {})).not.toContain('verify (main share)');
  });

  it('applies minSharedFingerprints as findCopies does: fewer candidate pairs, the planted copies still found', async () => {
    const opts = { minSharedFingerprints: 2 };
    const single = findCopies(docs, opts);
    const off = await findCopiesParallel(docs, opts, 2, { offMain: true });
    expect(off.pairs).toEqual(single.pairs);
    const { phases: _single, ...statsSingle } = single.stats;
    const { phases: _off, ...statsOff } = off.stats;
    expect(statsOff).toEqual(statsSingle);
    // Pairs sharing one rare fingerprint are no longer candidates; the 90-character plants share more.
    expect(single.stats.candidatePairs).toBeLessThan(one.stats.candidatePairs);
    const planted = (r: typeof one) =>
      new Set(r.pairs.filter((p) => p.length >= 60).map((p) => `${p.a.id}|${p.b.id}`));
    expect(planted(single)).toEqual(planted(one));
    expect(planted(one).size).toBeGreaterThanOrEqual(12);
  });

  it('hands the texts to the workers through shared memory whatever their code units (ASCII-only, surrogates, full-width)', async () => {
    // The same batch with some texts made one-byte (ASCII only) or given emoji, a lone
    // surrogate and full-width letters: each is written into the store as UTF-16 code units.
    const mixed = docs.map((d, i) => {
      if (i % 9 === 0)
        return { ...d, text: `Report ${i}: ${'rule of law work in the township '.repeat(20)}${i}` };
      if (i % 9 === 1) return { ...d, text: `\ud83d\ude00ＡＢＣ１２３\ud800${d.text}\udfff` };
      return d;
    });
    const single = findCopies(mixed);
    const off = await findCopiesParallel(mixed, {}, 2, { offMain: true });
    expect(single.pairs.length).toBeGreaterThanOrEqual(8);
    expect(off.pairs).toEqual(single.pairs);
    expect(off.similarity).toEqual(single.similarity);
    // Offsets index the texts as given, prefixes of surrogates and full-width letters included.
    for (const p of off.pairs) {
      for (const side of [p.a, p.b]) {
        const doc = mixed.find((d) => d.id === side.id);
        expect(doc?.text.slice(side.start, side.end)).toBe(side.quote);
      }
    }
  });

  it('runs a small batch on the calling thread', async () => {
    const few = docs.slice(0, 20);
    const two = await findCopiesParallel(few, {}, 2);
    expect(two.pairs).toEqual(findCopies(few).pairs);
    // findCopies' own stages: no worker took part.
    expect(Object.keys(two.stats.phases ?? {})).toEqual(['prepare', 'verify', 'result']);
  });
});
