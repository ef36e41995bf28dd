import { describe, expect, it } from 'vitest';
import { scanStored, scanTexts, shardOf } from './batch';
import { type FingerprintPart, sortFingerprints } from './fingerprintGroups';
import { reportProse, seededRandom } from './syntheticReports';
import { CharStore, GRAM, gramHashAt, slotStarts, WINNOW } from './winnowing';

/** Texts of every kind of code unit the scan meets: ideographs, ASCII only, full-width, Extension A, emoji (surrogate pairs), a lone surrogate. */
function mixedTexts(): string[] {
  const rng = seededRandom(11);
  return [
    reportProse(rng, 900, '青石镇', 2024),
    'Rule of law report 2024: 12 cases, 35 visits, ALL closed within 30 days; no appeals were filed this year at all.',
    `ＡＢＣ１２３全角字母与数字混排，${reportProse(rng, 300, '白沙镇', 2024)}😀㐀㐁🎉`,
    `\ud800孤立的代理项${reportProse(rng, 200, '柳塘镇', 2023)}\udfff`,
    '',
    '短',
  ];
}

/** What scanStored reads: each text's code units in its slot of the store (the server writes them natively). */
function storeWithUnits(texts: string[]): CharStore {
  const store = new CharStore(texts.map((t) => t.length));
  texts.forEach((t, d) => {
    for (let i = 0; i < t.length; i++) store.chars[(store.start[d] as number) + i] = t.charCodeAt(i);
  });
  return store;
}

/**
 * Winnowing by its definition, for one normalised report: every window of WINNOW grams
 * picks its rightmost minimum (hashes compared as signed 32-bit integers), a pick repeated
 * by consecutive windows is kept once, and a report shorter than one window keeps its
 * minimum gram. Returns [hash, store position] in order.
 */
function winnowByDefinition(chars: Uint16Array, at: number): [number, number][] {
  const grams = Math.max(0, chars.length - GRAM + 1);
  const hash = Array.from({ length: grams }, (_, q) => gramHashAt(chars, q) | 0);
  const picks: [number, number][] = [];
  const windows = grams < WINNOW ? (grams > 0 ? 1 : 0) : grams - WINNOW + 1;
  for (let w = 0; w < windows; w++) {
    let best = w;
    for (let q = w; q < Math.min(grams, w + WINNOW); q++)
      if ((hash[q] as number) <= (hash[best] as number)) best = q;
    if (picks.length === 0 || (picks[picks.length - 1] as [number, number])[1] !== at + best)
      picks.push([(hash[best] as number) >>> 0, at + best]);
  }
  return picks;
}

describe('scanTexts', () => {
  it('winnows each report as the definition does, and each shard gets exactly its slice of the hash space in order', () => {
    const texts = mixedTexts();
    const whole = new CharStore(texts.map((t) => t.length));
    const [one] = scanTexts(texts, 0, whole, 1, texts.length);
    if (!one) throw new Error('no part');
    const want = texts.flatMap((_, d) => winnowByDefinition(whole.doc(d), whole.start[d] as number));
    expect(want.length).toBeGreaterThan(200);
    const got = Array.from(one.hash.subarray(0, one.length), (h, k) => [h, one.pos[k] as number]);
    expect(got).toEqual(want);
    // The report of one character has no gram; the short ASCII one has fewer grams than a window but one pick.
    expect(Array.from(one.counts)).toEqual(
      texts.map((_, d) => winnowByDefinition(whole.doc(d), whole.start[d] as number).length),
    );
    expect(one.counts[5]).toBe(0);
    for (const shards of [2, 3]) {
      const parts = scanTexts(texts, 0, new CharStore(texts.map((t) => t.length)), shards, texts.length);
      for (let s = 0; s < shards; s++) {
        const part = parts[s];
        if (!part) throw new Error('missing shard');
        const mine = want.filter(([h]) => shardOf(h, shards) === s);
        expect(mine.length).toBeGreaterThan(20);
        expect(Array.from(part.hash.subarray(0, part.length), (h, k) => [h, part.pos[k] as number])).toEqual(
          mine,
        );
        expect(Array.from(part.counts)).toEqual(
          texts.map(
            (_, d) =>
              winnowByDefinition(whole.doc(d), whole.start[d] as number).filter(
                ([h]) => shardOf(h, shards) === s,
              ).length,
          ),
        );
      }
    }
  });
});

describe('scanStored', () => {
  it('folds the code units in place and winnows the same fingerprints as scanTexts', () => {
    const texts = mixedTexts();
    for (const shards of [1, 3]) {
      const fromStrings = new CharStore(texts.map((t) => t.length));
      const expected = scanTexts(texts, 0, fromStrings, shards, texts.length);
      const fromUnits = storeWithUnits(texts);
      // Two ranges, as two threads scan them.
      const lengths = Uint32Array.from(texts, (t) => t.length);
      const first = scanStored(lengths.subarray(0, 2), 0, fromUnits, shards, texts.length);
      const second = scanStored(lengths.subarray(2), 2, fromUnits, shards, texts.length);
      expect(Array.from(fromUnits.end)).toEqual(Array.from(fromStrings.end));
      for (let d = 0; d < texts.length; d++) expect(fromUnits.doc(d)).toEqual(fromStrings.doc(d));
      expect(fromUnits.checkpoints).toEqual(fromStrings.checkpoints);
      expect(fromUnits.originalSpan(2, texts[2] as string, 40, 60)).toEqual(
        fromStrings.originalSpan(2, texts[2] as string, 40, 60),
      );
      for (let s = 0; s < shards; s++) {
        const want = expected[s];
        const a = first[s];
        const b = second[s];
        if (!want || !a || !b) throw new Error('missing shard');
        expect(want.length).toBeGreaterThan(50 / shards);
        const hashes = [...a.hash.subarray(0, a.length), ...b.hash.subarray(0, b.length)];
        const positions = [...a.pos.subarray(0, a.length), ...b.pos.subarray(0, b.length)];
        expect(hashes).toEqual([...want.hash.subarray(0, want.length)]);
        expect(positions).toEqual([...want.pos.subarray(0, want.length)]);
        expect(Array.from(a.counts).map((c, d) => c + (b.counts[d] as number))).toEqual(
          Array.from(want.counts),
        );
      }
    }
  });
});

describe('sortFingerprints', () => {
  it('finds exactly the repeated hashes, each run in report order, whatever bits singletons share', () => {
    // Four reports of 1,000 store positions; hashes chosen so that many singletons agree with
    // each other and with repeated hashes on every bit but the top ones.
    const starts = slotStarts([1000, 1000, 1000, 1000]);
    const rng = seededRandom(3);
    const entries: { hash: number; pos: number }[] = [];
    const repeated = [0x00001234, 0x7fff0001, 0x80000001, 0xfffffff0];
    for (let d = 0; d < 4; d++) {
      for (let k = 0; k < 400; k++) {
        const pos = (starts[d] as number) + k * 2;
        let hash: number;
        if (k % 50 === 0) hash = repeated[(k / 50) % repeated.length] as number;
        else if (k % 7 === 0)
          hash = ((((k * 97 + d) & 0x7) << 29) | 0x00abcd12) >>> 0; // differ in the top 3 bits only
        else hash = Math.floor(rng() * 2 ** 32) >>> 0;
        entries.push({ hash, pos });
      }
    }
    // Two parts in report order, as the scan hands them over.
    const part = (list: typeof entries): FingerprintPart => ({
      hash: Uint32Array.from(list, (e) => e.hash),
      pos: Uint32Array.from(list, (e) => e.pos),
      length: list.length,
    });
    const { sorted, runs } = sortFingerprints(
      [part(entries.slice(0, 700)), part(entries.slice(700))],
      starts,
    );
    // Expected: every hash held by two entries or more, with its positions in input order.
    const byHash = new Map<number, number[]>();
    for (const e of entries) byHash.set(e.hash, [...(byHash.get(e.hash) ?? []), e.pos]);
    const want = [...byHash].filter(([, list]) => list.length > 1);
    expect(want.length).toBeGreaterThan(4);
    const got = new Map<number, { positions: number[]; docs: number }>();
    for (let r = 0; r < runs.length; r++) {
      const s = runs.start[r] as number;
      const e = runs.end[r] as number;
      const key = sorted.keys[s] as number;
      for (let k = s; k < e; k++) expect(sorted.keys[k]).toBe(key);
      expect(got.has(key)).toBe(false);
      got.set(key, { positions: Array.from(sorted.pos.subarray(s, e)), docs: runs.docs[r] as number });
    }
    expect(got.size).toBe(want.length);
    for (const [hash, positions] of want) {
      expect(got.get(hash)?.positions).toEqual(positions);
      expect(got.get(hash)?.docs).toBe(new Set(positions.map((p) => Math.floor(p / 1000))).size);
    }
  });
});
