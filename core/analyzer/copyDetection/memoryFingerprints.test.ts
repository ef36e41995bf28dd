import { describe, expect, it } from 'vitest';
import { MEMORY_GUARANTEE, memoryFingerprints } from './memoryFingerprints';
import { reportProse, seededRandom } from './syntheticReports';

describe('memoryFingerprints', () => {
  const rng = seededRandom(7);
  const a = reportProse(rng, 10_000, '青石镇', 2024);
  const b = reportProse(rng, 10_000, '龙泉镇', 2024);

  it('keeps about 2/(window+1) of a 10,000-character report, sorted and distinct', () => {
    const fp = memoryFingerprints(a);
    expect(fp.length).toBeGreaterThan(60);
    expect(fp.length).toBeLessThan(130);
    for (let i = 1; i < fp.length; i++) expect(fp[i] as number).toBeGreaterThan(fp[i - 1] as number);
  });

  it('the same text with other punctuation and spacing gives the same fingerprints', () => {
    const respaced = a.replace(/，/g, ', ').replace(/。/g, '.\n');
    expect([...memoryFingerprints(respaced)]).toEqual([...memoryFingerprints(a)]);
  });

  it('a run of MEMORY_GUARANTEE characters copied into another report shares a fingerprint', () => {
    const folded = a.replace(/[^\u4e00-\u9fff0-9a-z]/gi, '');
    for (const at of [0, 1234, 5000, folded.length - MEMORY_GUARANTEE]) {
      const run = folded.slice(at, at + MEMORY_GUARANTEE);
      const host = `${b.slice(0, 3000)}${run}${b.slice(3000)}`;
      const shared = new Set(memoryFingerprints(a));
      expect([...memoryFingerprints(host)].some((h) => shared.has(h))).toBe(true);
    }
  });

  it('two unrelated reports share few fingerprints (only stock phrasing)', () => {
    const fa = new Set(memoryFingerprints(a));
    const fb = memoryFingerprints(b);
    const shared = [...fb].filter((h) => fa.has(h)).length;
    expect(shared).toBeLessThan(fb.length / 4);
  });
});
