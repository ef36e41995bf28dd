import { describe, expect, it } from 'vitest';
import { scanStored, scanTexts } from './batch';
import { type FingerprintPart, sortFingerprints } from './fingerprintGroups';
import { reportProse, seededRandom } from './syntheticReports';
import { CharStore, slotStarts } from './winnowing';

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
