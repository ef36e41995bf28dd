import { describe, expect, it } from 'vitest';
import { type CopyDoc, type CopyPair, findCopies } from './copyDetection';
import { allPairs } from './copyDetectionAllPairs';
import { reportProse, seededRandom, syntheticReport } from './copyDetectionFixtures';
import { GRAM, gramHashAt, gramHashes } from './copyDetectionMinHash';
import { normalise } from './copyDetectionText';

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

  it('reports the slogan when only two reports carry it: below the boilerplate cutoff it is a copy', () => {
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
      kind: 'same_unit_previous_year',
      a: { id: 'q2023' },
      b: { id: 'q2024' },
    });
    expect(pairs[0]?.a.quote).toContain('全年共办理行政复议案件九件');
  });

  it('reports a whole-report similarity for compared pairs', () => {
    const { similarity } = findCopies(batch());
    // Sorted by score; pairs whose only common windows sit at the slogan's edges are compared too, and score low.
    const [s, ...rest] = similarity;
    expect(s).toMatchObject({ a: 'qingshi-2024', b: 'baisha-2024' });
    // Half of each short report is the shared passage; the slogan is excluded as boilerplate.
    expect(s?.score).toBeGreaterThan(0.3);
    expect(s?.score).toBeLessThan(0.9);
    for (const r of rest) expect(r.score).toBeLessThan(0.15);
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
