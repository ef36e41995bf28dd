/**
 * Generates core/analyzer/defects/words.generated.ts, the data of the word-level typo check
 * (core/analyzer/defects/wordTypos.ts):
 * - WORD_BLOOM: a blocked Bloom filter (2^16 words of 32 bits, three bits per word, base64) of every two- and three-character
 *   word of @node-rs/jieba's dictionary — "is this pair of characters a word?" for coverage;
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

/** 2^16 words of 32 bits: 2^21 bits. */
export const BLOOM_WORD_BITS = 16;
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

/**
 * The same hash the check uses (wordTypos.ts bloomHas): one 32-bit word of the filter (the
 * hash's top bits) and three bits within it (its low 15 bits), so a probe is one memory read —
 * the filter is larger than a core's fast caches, and a read per bit was most of the check's time.
 */
export function bloomSlot(w: string): { word: number; mask: number } {
  let h = w.length;
  for (let k = 0; k < w.length; k++) h = Math.imul(h, 0x01000193) ^ w.charCodeAt(k);
  h = fmix(h);
  return {
    word: h >>> (32 - BLOOM_WORD_BITS),
    mask: ((1 << (h & 31)) | (1 << ((h >>> 5) & 31)) | (1 << ((h >>> 10) & 31))) >>> 0,
  };
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
  const filter = new Uint32Array(1 << BLOOM_WORD_BITS);
  for (const [w] of words) {
    const { word, mask } = bloomSlot(w);
    filter[word] = ((filter[word] as number) | mask) >>> 0;
  }
  // Little-endian bytes, as the check reads them back.
  const bits = new Uint8Array(filter.length * 4);
  for (let i = 0; i < filter.length; i++)
    for (let b = 0; b < 4; b++) bits[i * 4 + b] = ((filter[i] as number) >>> (8 * b)) & 0xff;
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

/** Blocked Bloom filter (2^${BLOOM_WORD_BITS} 32-bit words, little-endian, base64) of the dictionary's ${words.length} two- and three-character words. */
export const WORD_BLOOM =
  '${Buffer.from(bits).toString('base64')}';

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
