/**
 * Generates core/analyzer/defects/words.generated.ts, the data of the word-level typo check
 * (core/analyzer/defects/wordTypos.ts):
 * - WORDS2: every two-character word of @node-rs/jieba's dictionary, exactly: the words' indexes
 *   ((c0 - 0x4e00) * 20902 + (c1 - 0x4e00)) sorted and Rice-coded (the gaps, parameter
 *   WORDS2_RICE), base64 — "is this pair of characters a word?" for coverage, with no chance
 *   matches (the Bloom filter it replaced passed 3.8 % of non-words: 度重 and 事定 hid 重事);
 * - WORDS3: the three-character words as a Rice-coded set of WORDS3_BITS-bit hashes (a
 *   non-word passes with probability about n / 2^WORDS3_BITS, 0.4 %);
 * - FREQUENT_WORDS: the two-character words of the dictionary at least MIN_FREQ frequent whose
 *   characters are both in common use, most frequent first (VERY_FREQUENT of them lead);
 * - SYLLABLES: the 3,500 most frequent characters of GB 2312's first level grouped by toneless
 *   syllable (pinyin-pro's first reading), each group most frequent first.
 *
 *   npx tsx scripts/gen-words.ts
 *
 * Both packages are used only here, at build time; the analyzer loads the generated data once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { gb2312Level1, jiebaDictLines } from './wordSources';

/** Rice parameter of WORDS2's gaps (about 3,800 on average: 2^11 costs the fewest bits). */
export const WORDS2_RICE = 11;
/** Hash bits kept per three-character word; the Rice parameter is these less log2 of the count. */
export const WORDS3_BITS = 25;
export const WORDS3_RICE = 8;
const COMMON_CHARS = 3500;
/** A two-character word this frequent in the dictionary is one a correction may propose. */
const MIN_FREQ = 100;
/** And this frequent, one it may propose without the report's own use of it. */
const VERY_FREQ = 3000;

/** Murmur3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of a three-character word the check uses (wordTypos.ts word3): its top WORDS3_BITS bits. */
export function word3Hash(w: string): number {
  let h = w.length;
  for (let k = 0; k < w.length; k++) h = Math.imul(h, 0x01000193) ^ w.charCodeAt(k);
  return fmix(h) >>> (32 - WORDS3_BITS);
}

/** A two-character word's index among all pairs of CJK unified ideographs U+4E00–U+9FA5. */
export function word2Index(w: string): number {
  return (w.charCodeAt(0) - 0x4e00) * 20902 + (w.charCodeAt(1) - 0x4e00);
}

/** Sorted distinct values Rice-coded (gap q·2^k + r: q ones, a zero, r in k bits, most significant first), base64. */
export function riceBase64(sorted: number[], k: number): string {
  const bytes: number[] = [];
  let acc = 0;
  let nbits = 0;
  const put = (bit: number) => {
    acc = (acc << 1) | bit;
    if (++nbits === 8) {
      bytes.push(acc);
      acc = 0;
      nbits = 0;
    }
  };
  let prev = 0;
  for (const v of sorted) {
    const d = v - prev;
    prev = v;
    for (let q = d >>> k; q > 0; q--) put(1);
    put(0);
    for (let b = k - 1; b >= 0; b--) put((d >>> b) & 1);
  }
  // Pad with ones: a unary run that never ends adds no value on reading.
  while (nbits !== 0) put(1);
  return Buffer.from(bytes).toString('base64');
}

/**
 * Current words of the genre the dictionary does not hold (it predates them): as words they
 * keep their characters from being read as broken ones. Only correct spellings belong here.
 */
const MODERN_WORDS =
  '线上 线下 微信 抖音 快手 网办 掌办 网格员 放管服 做实 做细 提质 增效 深学 细悟 笃行 融媒 融媒体 直播 短视频 公众号 小程序 视频号 二维码 扫码 云上 智慧 数字化 一网通办 接诉即办 赋能 闭环 清单化 台账 督办 网格化';

export function wordsSource(): string {
  const charFreq = new Map<string, number>();
  const words: [string, number][] = [];
  for (const line of jiebaDictLines()) {
    const [w, f] = line.split(' ');
    if (!w || !f || !/^[\u4e00-\u9fa5]+$/.test(w)) continue;
    const freq = Number(f);
    if (w.length === 1) charFreq.set(w, freq);
    else if (w.length <= 3) words.push([w, freq]);
  }
  // Words of today's official writing that the dictionary (compiled before them) lacks.
  for (const w of MODERN_WORDS.split(' ')) words.push([w, MIN_FREQ]);
  const two = [...new Set(words.filter(([w]) => w.length === 2).map(([w]) => word2Index(w)))].sort(
    (a, b) => a - b,
  );
  const three = [...new Set(words.filter(([w]) => w.length === 3).map(([w]) => word3Hash(w)))].sort(
    (a, b) => a - b,
  );
  const level1 = gb2312Level1();
  const common = [...charFreq]
    .filter(([c]) => level1.has(c))
    .sort((a, b) => b[1] - a[1])
    .slice(0, COMMON_CHARS);
  const commonSet = new Set(common.map(([c]) => c));
  const frequent = words
    .filter(
      ([w, f]) =>
        w.length === 2 && f >= MIN_FREQ && commonSet.has(w[0] as string) && commonSet.has(w[1] as string),
    )
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const veryFrequent = frequent.filter(([, f]) => f >= VERY_FREQ).length;
  const bySyllable = new Map<string, string>();
  for (const [c] of common) {
    const s = pinyin(c, { toneType: 'none', type: 'array' })[0] ?? '';
    bySyllable.set(s, (bySyllable.get(s) ?? '') + c);
  }
  const groups = [...bySyllable.values()].filter((g) => g.length > 1);
  // What a fuzzy pinyin input (a standard option, common where dialects merge them) also offers:
  // front and back nasals (fen/feng, jin/jing, an/ang) and flat and curled initials (z/zh, c/ch, s/sh).
  const fuzzyKey = (s: string) => s.replace(/^([zcs])h/, '$1').replace(/(?<=[aeiu]|^)ng$|(?<=[ei])ng$/, 'n');
  const byFuzzy = new Map<string, string>();
  for (const [c] of common) {
    const s = fuzzyKey(pinyin(c, { toneType: 'none', type: 'array' })[0] ?? '');
    byFuzzy.set(s, (byFuzzy.get(s) ?? '') + c);
  }
  const fuzzy = [...byFuzzy.values()].filter((g) => g.length > 1);
  return `// Generated by scripts/gen-words.ts from pinyin-pro and @node-rs/jieba's dictionary; do not edit.

/** The dictionary's ${two.length} two-character words, exactly: sorted pair indexes, Rice-coded gaps (k = ${WORDS2_RICE}), base64. */
export const WORDS2 =
  '${riceBase64(two, WORDS2_RICE)}';
export const WORDS2_COUNT = ${two.length};

/** Its ${three.length} three-character words as sorted ${WORDS3_BITS}-bit hashes, Rice-coded gaps (k = ${WORDS3_RICE}), base64. */
export const WORDS3 =
  '${riceBase64(three, WORDS3_RICE)}';
export const WORDS3_COUNT = ${three.length};

/** Two-character words of frequency >= ${MIN_FREQ} (both characters common), most frequent first. */
export const FREQUENT_WORDS =
  '${frequent.map(([w]) => w).join('')}';

/** How many of FREQUENT_WORDS (the first ones) have frequency >= ${VERY_FREQ}. */
export const VERY_FREQUENT = ${veryFrequent};

/** The ${COMMON_CHARS} most frequent characters grouped by toneless syllable, most frequent first. */
export const SYLLABLES =
  '${groups.join(' ')}';

/** The same characters grouped by fuzzy syllable (an/ang, en/eng, in/ing, z/zh, c/ch, s/sh merged). */
export const FUZZY_SYLLABLES =
  '${fuzzy.join(' ')}';
`;
}

const target = join(import.meta.dirname, '../core/analyzer/defects/words.generated.ts');
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(target, wordsSource());
  console.log(`written ${target}`);
}
