import { describe, expect, it } from 'vitest';
import { allPairs } from './allPairsReference';
import { commonLimitFor, prepareBatch, rareLimitFor } from './batch';
import { type CopyDoc, type CopyOptions, type CopyPair, findCopies } from './findCopies';
import { normalise } from './normaliseText';
import { reportProse, seededRandom, syntheticReport } from './syntheticReports';
import { GRAM, GUARANTEE, gramHashAt, gramHashes, WINNOW } from './winnowing';

// Wording written for this test. The slogan paragraph stands for the boilerplate every report carries.
const SLOGAN =
  '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大精神，扎实推进法治政府建设各项工作。';
const passage = (town: string, sep = '，') =>
  `${town}建立矛盾纠纷多元化解工作机制，由镇综治中心统一受理群众反映的各类矛盾纠纷${sep}按照属地管理和分级负责的原则分流交办，` +
  `${town}各村调解委员会每月开展一次拉网式排查，对排查出的婚姻家庭、邻里关系和土地承包纠纷逐件登记造册${sep}\n` +
  '明确化解责任人和办结时限，确保小事不出村、大事不出镇。';

const A_TEXT = `青石镇2024年法治政府建设工作报告\n${SLOGAN}\n一、主要举措。全镇行政执法案卷评查合格率达到百分之百。${passage('青石镇')}\n二、下一步打算：推行执法全过程记录。`;
const B_TEXT = `白沙镇2024年法治工作总结\n${SLOGAN}\n今年以来，我镇普法宣传进村入户十二场。${passage('白沙镇', '；')}\n此外还聘请了法律顾问。`;

function batch(): CopyDoc[] {
  const rng = seededRandom(7);
  const others = ['柳塘镇', '石门乡', '东关街道', '龙泉镇'].map((unit, i) => ({
    id: `other-${i}`,
    unit,
    year: 2024,
    text: `${unit}2024年报告\n${syntheticReport(rng, 400)}\n${SLOGAN}\n${syntheticReport(rng, 400)}`,
  }));
  return [
    { id: 'qingshi-2024', unit: '青石镇', year: 2024, text: A_TEXT },
    ...others,
    { id: 'baisha-2024', unit: '白沙镇', year: 2024, text: B_TEXT },
  ];
}

const keptLength = (s: string) => normalise(s).length;

describe('findCopies', () => {
  it('finds the copied passage across the substituted town name, with both quotes and offsets', () => {
    const { pairs } = findCopies(batch());
    expect(pairs).toHaveLength(1);
    const [pair] = pairs as [CopyPair];
    // The names differ (青石/白沙), so the match starts at the 镇 they share and ends where the passage ends.
    const aStart = A_TEXT.indexOf('镇建立矛盾');
    const aEnd = A_TEXT.indexOf('大事不出镇') + '大事不出镇'.length;
    const bStart = B_TEXT.indexOf('镇建立矛盾');
    const bEnd = B_TEXT.indexOf('大事不出镇') + '大事不出镇'.length;
    expect(pair.a).toEqual({
      id: 'qingshi-2024',
      quote: A_TEXT.slice(aStart, aEnd),
      start: aStart,
      end: aEnd,
    });
    expect(pair.b).toEqual({
      id: 'baisha-2024',
      quote: B_TEXT.slice(bStart, bEnd),
      start: bStart,
      end: bEnd,
    });
    expect(pair.b.quote).toContain('；'); // punctuation differences do not break the passage
    expect(pair.kind).toBe('cross_unit');
    // Every letter of the quote matched except the two of the second 青石/白沙.
    expect(pair.length).toBe(keptLength(pair.a.quote) - 2);
    expect(pair.length).toBeGreaterThan(120);
  });

  it('does not report the slogan every report carries', () => {
    const { pairs } = findCopies(batch());
    expect(pairs.some((p) => p.a.quote.includes('习近平法治思想'))).toBe(false);
  });

  it('reports the slogan when only two reports carry it: below the common-wording limit it is a copy', () => {
    const [a, , , , , b] = batch();
    const { pairs } = findCopies([a, b] as CopyDoc[]);
    // The final 。 is not a letter, so the quote stops before it.
    expect(pairs.some((p) => p.a.quote.includes(SLOGAN.slice(0, -1)))).toBe(true);
  });

  it('flags a passage repeated from the same unit’s previous year, earlier report first', () => {
    const shared =
      '全年共办理行政复议案件九件，其中维持原行政行为七件，撤销一件，责令履行法定职责一件，行政机关负责人出庭应诉率连续三年保持百分之百';
    const rng = seededRandom(3);
    const docs: CopyDoc[] = [
      {
        id: 'q2024',
        unit: '青石镇',
        year: 2024,
        text: `${syntheticReport(rng, 300)}${shared}。${syntheticReport(rng, 200)}`,
      },
      { id: 'q2023', unit: '青石镇', year: 2023, text: `${syntheticReport(rng, 250)}\n${shared}。` },
      { id: 'x', unit: '龙泉镇', year: 2024, text: syntheticReport(rng, 500) },
    ];
    const { pairs } = findCopies(docs);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      kind: 'self_repeat',
      a: { id: 'q2023' },
      b: { id: 'q2024' },
    });
    expect(pairs[0]?.a.quote).toContain('全年共办理行政复议案件九件');
  });

  it('reports a whole-report similarity for the pairs with copies', () => {
    const { similarity, stats } = findCopies(batch());
    // Only the pair with a copy; the slogan's fingerprints are common wording and left out. The rare
    // fingerprints the two share (the passage's, but for the town names) against all the others of both.
    expect(similarity).toEqual([{ a: 'qingshi-2024', b: 'baisha-2024', score: 0.253 }]);
    expect(stats).toMatchObject({
      reports: 6,
      commonLimit: 5,
      rareLimit: 5,
      candidatePairs: 2,
      copiedPairs: 1,
    });
  });
});

describe('common wording', () => {
  // Wording written for this test: a sentence every township writes, and a passage only two share.
  const STOCK =
    '严格落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，持续规范行政执法行为。';
  const COPIED =
    '我镇在石桥村试点设立法律诊所，每周三由驻村律师坐诊，当场解答群众关于土地流转和房屋租赁的法律咨询，全年接待群众二百一十七人次。';

  /** Twelve reports that all carry STOCK; s2 and s9 also carry COPIED, right after STOCK or apart from it. */
  function stockBatch(copyAfterStock: boolean): CopyDoc[] {
    const rng = seededRandom(21);
    return Array.from({ length: 12 }, (_, i) => {
      const unit = `第${i}镇`;
      const copies = i === 2 || i === 9;
      // Different characters around COPIED in the two reports, so the match ends where COPIED does.
      const [before, after] = i === 2 ? ['甲', '丙'] : ['乙', '丁'];
      const head = `${unit}2024年报告。${syntheticReport(rng, 300)}`;
      const text = copyAfterStock
        ? `${head}\n${before}：${STOCK}${copies ? `${COPIED}${after}` : ''}\n${syntheticReport(rng, 300)}`
        : `${head}\n${STOCK}\n${syntheticReport(rng, 200)}${copies ? `${before}：${COPIED}${after}` : ''}\n${syntheticReport(rng, 200)}`;
      return { id: `s${i}`, unit, year: 2024, text };
    });
  }

  it('a sentence every report carries is not a copy; a passage two reports share is, with its offsets', () => {
    const docs = stockBatch(false);
    expect(docs.every((d) => d.text.includes(STOCK))).toBe(true);
    const { pairs, stats } = findCopies(docs);
    // In all 12 reports, so in 5 or more: common wording (12 reports are a small batch).
    expect(stats.commonLimit).toBe(5);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs as [CopyPair];
    const side = (id: string) => {
      const text = (docs.find((d) => d.id === id) as CopyDoc).text;
      const start = text.indexOf(COPIED);
      // The quote ends with the passage's last letter: its closing 。 is not a letter.
      const end = start + COPIED.length - 1;
      return { id, quote: text.slice(start, end), start, end };
    };
    expect(pair.a).toEqual(side('s2'));
    expect(pair.b).toEqual(side('s9'));
    expect(pair.length).toBe(keptLength(COPIED));
    expect(pair.kind).toBe('cross_unit');
  });

  it('a copied passage right after the stock sentence is quoted without it', () => {
    const docs = stockBatch(true);
    const { pairs } = findCopies(docs);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs as [CopyPair];
    expect([pair.a.id, pair.b.id]).toEqual(['s2', 's9']);
    for (const side of [pair.a, pair.b]) {
      // The match runs through STOCK into COPIED; the quote keeps COPIED to its end and none of STOCK,
      // losing at most WINNOW − 1 characters of COPIED next to it (see commonMask).
      expect(COPIED.slice(0, -1).endsWith(side.quote)).toBe(true);
      expect(side.quote.length).toBeGreaterThanOrEqual(COPIED.length - 1 - (WINNOW - 1));
      const text = (docs.find((d) => d.id === side.id) as CopyDoc).text;
      expect(text.slice(side.start, side.end)).toBe(side.quote);
    }
    // STOCK's characters do not count, but for the few at its edges that no common fingerprint covers.
    expect(pair.length).toBeGreaterThanOrEqual(keptLength(COPIED));
    expect(pair.length).toBeLessThanOrEqual(keptLength(COPIED) + 2 * (WINNOW - 1));
  });

  it('limits scale with the batch: common wording from 1% of the reports, evidence below 0.1%', () => {
    expect([commonLimitFor(2), rareLimitFor(2)]).toEqual([3, 3]);
    expect([commonLimitFor(20), rareLimitFor(20)]).toEqual([5, 5]);
    expect([commonLimitFor(2_000), rareLimitFor(2_000)]).toEqual([20, 5]);
    expect([commonLimitFor(10_000), rareLimitFor(10_000)]).toEqual([100, 10]);
    expect(commonLimitFor(10_000, { commonShare: 0.02 })).toBe(200);
  });
});

describe('findCopies agrees with the all-pairs reference', () => {
  it('on a batch with planted copies of various lengths', () => {
    const rng = seededRandom(42);
    const docs: CopyDoc[] = Array.from({ length: 24 }, (_, i) => ({
      id: `d${i}`,
      unit: `第${i}镇`,
      year: 2024,
      text: syntheticReport(rng, 2000),
    }));
    // Plant 8 copies: a 60–200 character excerpt of one report inserted into another, with a word changed in the middle.
    for (let k = 0; k < 8; k++) {
      const from = docs[k * 3] as CopyDoc;
      const to = docs[k * 3 + 1] as CopyDoc;
      const len = 60 + Math.floor(rng() * 140);
      const start = Math.floor(rng() * (from.text.length - len));
      const excerpt = from.text.slice(start, start + len);
      const mid = Math.floor(len / 2);
      const edited = `${excerpt.slice(0, mid)}某某${excerpt.slice(mid + 2)}`;
      const at = Math.floor(rng() * to.text.length);
      to.text = `${to.text.slice(0, at)}。${edited}。${to.text.slice(at)}`;
    }
    const key = (p: CopyPair) =>
      `${p.a.id}:${p.a.start}-${p.a.end}|${p.b.id}:${p.b.start}-${p.b.end}|${p.length}`;
    const lsh = findCopies(docs).pairs.map(key).sort();
    const exact = allPairs(docs).pairs.map(key).sort();
    expect(exact.length).toBeGreaterThanOrEqual(8);
    expect(lsh).toEqual(exact);
  });
});

describe('findCopies on formulaic report prose', () => {
  // Stock phrases and boilerplate paragraphs shared by most reports, and one planted copy.
  function proseBatch(): { docs: CopyDoc[]; excerpt: string } {
    const rng = seededRandom(11);
    const docs: CopyDoc[] = Array.from({ length: 30 }, (_, i) => {
      const unit = `第${i}镇`;
      return { id: `p${i}`, unit, year: 2024, text: reportProse(rng, 3000, unit, 2024) };
    });
    const from = docs[3] as CopyDoc;
    const to = docs[17] as CopyDoc;
    const start = from.text.indexOf('。', 1500) + 1;
    const excerpt = from.text.slice(start, start + 120);
    const at = to.text.indexOf('。', 1000) + 1;
    to.text = `${to.text.slice(0, at)}${excerpt}${to.text.slice(at)}`;
    return { docs, excerpt };
  }

  it('finds the planted copy, and not the paragraphs every report opens with, nor their edges', () => {
    const { docs, excerpt } = proseBatch();
    const { pairs } = findCopies(docs);
    const planted = pairs.filter((p) => p.a.id === 'p3' && p.b.id === 'p17');
    expect(planted).toHaveLength(1);
    expect(excerpt).toContain((planted[0] as CopyPair).a.quote.slice(0, 20));
    expect(docs.every((d) => d.text.includes('习近平法治思想') && d.text.includes('报告如下'))).toBe(true);
    for (const p of pairs) {
      expect(p.a.quote).not.toContain('习近平法治思想');
      expect(p.a.quote).not.toContain('报告如下');
    }
  });

  it('finds what the all-pairs reference finds, stock-phrase coincidences included', () => {
    const { docs } = proseBatch();
    const key = (p: CopyPair) =>
      `${p.a.id}:${p.a.start}-${p.a.end}|${p.b.id}:${p.b.start}-${p.b.end}|${p.length}`;
    const lsh = findCopies(docs);
    const exact = allPairs(docs);
    expect(lsh.pairs.map(key).sort()).toEqual(exact.pairs.map(key).sort());
    expect(lsh.similarity).toEqual(exact.similarity);
    // The planted copy, and a closing paragraph (下一步……) that p0 and p11 share with too few others
    // of these 30 reports to be common wording (fewer than 5): in a batch this small, it counts.
    expect(lsh.pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['p0', 'p11'],
      ['p3', 'p17'],
    ]);
    expect(lsh.stats.candidatePairs).toBe(exact.stats.verifiedPairs);
  });
});

describe('pairs sharing one or two rare fingerprints', () => {
  /**
   * Eight reports; report 1 carries a copy of report 0's normalised characters [300, 300 + left
   * + 1 + right) with the character after the first `left` changed (an edit in the copy), set
   * off by characters of its own. Returns the reports and how many rare-fingerprint hits the
   * pair (d0, d1) has — the candidate's evidence — with the pair's passages.
   */
  function editedCopy(seed: number, left: number, right: number, opts: CopyOptions = {}) {
    const rng = seededRandom(seed);
    const docs: CopyDoc[] = Array.from({ length: 8 }, (_, i) => ({
      id: `d${i}`,
      unit: `第${i}镇`,
      year: 2024,
      text: syntheticReport(rng, 1500),
    }));
    const src = normalise((docs[0] as CopyDoc).text, false);
    const copied = String.fromCharCode(...src.chars.subarray(300, 300 + left + 1 + right));
    const edited = `${copied.slice(0, left)}某${copied.slice(left + 1)}`;
    const to = docs[1] as CopyDoc;
    to.text = `${to.text.slice(0, 700)}甲乙${edited}丙丁${to.text.slice(700)}`;
    const { hits } = prepareBatch(docs);
    let shared = 0;
    for (let p = 0; p < hits.docA.length; p++)
      if (hits.docA[p] === 0 && hits.docB[p] === 1)
        shared = (hits.start[p + 1] as number) - (hits.start[p] as number);
    const result = findCopies(docs, opts);
    const found = result.pairs.filter((p) => p.a.id === 'd0' && p.b.id === 'd1');
    return { docs, edited, shared, found, result };
  }

  it('a copy with an edit that leaves one half too short for a fingerprint is found through one shared fingerprint', () => {
    // GUARANTEE (29) characters before the edit hold exactly one window of WINNOW grams, so one
    // fingerprint is sure to be shared; the 16 after it hold no gram. 45 matched ≥ 40: a copy.
    expect(GUARANTEE).toBe(29);
    const { docs, edited, shared, found } = editedCopy(2, GUARANTEE, 16);
    expect(shared).toBe(1);
    expect(found).toHaveLength(1);
    const [pair] = found as [CopyPair];
    expect(pair.length).toBe(GUARANTEE + 16);
    const text = (docs[1] as CopyDoc).text;
    expect(pair.b).toMatchObject({
      quote: edited,
      start: text.indexOf(edited),
      end: text.indexOf(edited) + edited.length,
    });
  });

  it('a copy whose two halves each hold one window is found through exactly two shared fingerprints', () => {
    const { edited, shared, found } = editedCopy(7, GUARANTEE, GUARANTEE);
    expect(shared).toBe(2);
    expect(found).toHaveLength(1);
    expect((found[0] as CopyPair).length).toBe(2 * GUARANTEE);
    expect((found[0] as CopyPair).b.quote).toBe(edited);
  });

  it('with two shared fingerprints required, the one-fingerprint copy is not verified and the two-fingerprint one still is', () => {
    const one = editedCopy(2, GUARANTEE, 16, { minSharedFingerprints: 2 });
    expect(one.shared).toBe(1);
    expect(one.found).toEqual([]);
    expect(one.result.stats.candidatePairs).toBe(0);
    const two = editedCopy(7, GUARANTEE, GUARANTEE, { minSharedFingerprints: 2 });
    expect(two.shared).toBe(2);
    expect(two.found.map((p) => [p.b.quote, p.length])).toEqual([[two.edited, 2 * GUARANTEE]]);
    expect(two.result.stats.candidatePairs).toBe(1);
    // The all-pairs reference applies the same rule.
    const key = (p: CopyPair) =>
      `${p.a.id}:${p.a.start}-${p.a.end}|${p.b.id}:${p.b.start}-${p.b.end}|${p.length}`;
    for (const c of [one, two])
      expect(allPairs(c.docs, { minSharedFingerprints: 2 }).pairs.map(key)).toEqual(c.result.pairs.map(key));
  });
});

describe('gram hashes', () => {
  it('hashing one gram directly gives the rolling hash winnowing selected', () => {
    const norm = normalise(reportProse(seededRandom(5), 400, '青龙镇', 2024), false);
    const rolling = new Int32Array(norm.length);
    const count = gramHashes(norm.chars, norm.length, rolling);
    expect(count).toBe(norm.length - GRAM + 1);
    const direct = Array.from({ length: count }, (_, q) => gramHashAt(norm.chars, q));
    expect(direct).toEqual(Array.from(rolling.subarray(0, count), (h) => h >>> 0));
    // Distinct grams of report prose get distinct hashes.
    const text = (q: number) => String.fromCharCode(...norm.chars.subarray(q, q + GRAM));
    const byHash = new Map<number, string>();
    for (let q = 0; q < count; q++) {
      const seen = byHash.get(direct[q] as number);
      if (seen !== undefined) expect(seen).toBe(text(q));
      byHash.set(direct[q] as number, text(q));
    }
  });
});
