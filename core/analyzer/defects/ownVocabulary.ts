import { codeUnits } from '../codeUnits';
import { CONFUSABLE } from './confusables';
import { DICTIONARY_WORDS, HOMOPHONES } from './homophones.generated';
import { LEXICON } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { gatePairSlots, pairCandidates, pairSlot as walkSlot } from './pairCandidates';
import { isDictionaryWord } from './wordTypos';

/**
 * A two-character word decides nothing: a run of text crosses word boundaries (街道共作出
 * holds 共作, one confusable step from 工作). Only words of three or more characters are
 * trusted as the meant spelling.
 */
const MIN_WORD = 3;

/**
 * Every misspelling of a lexicon word reachable by one confusable character, mapped to the
 * word; a spelling that is itself a word, or that two words reach, is left out.
 */
interface Variant {
  right: string;
  /** position of the confusable character, or -1 for a character left out */
  k: number;
}

/**
 * Short forms of long terms in everyday use, which a dropped character must not be taken for
 * (执法全程记录 for 执法全过程记录, 规范文件 for 规范性文件).
 */
const SHORT_FORMS: ReadonlySet<string> = new Set(['执法全程记录', '规范文件']);
/** Terms of this length or more also yield their forms with one inner character left out. */
const MIN_GAP_WORD = 4;
const VARIANTS: ReadonlyMap<string, Variant> = (() => {
  const m = new Map<string, Variant | null>();
  // Built at load by every `fazhi analyze`: a character's alternatives are gathered once, not
  // once per word that holds it.
  const altsOf = new Map<string, string[]>();
  for (const w of LEXICON) {
    if (w.length < MIN_WORD) continue;
    for (let k = 0; k < w.length; k++) {
      const c = w[k] as string;
      // Similar shapes and near sounds by hand, and what a pinyin input offers for the syllable.
      let alts = altsOf.get(c);
      if (alts === undefined) {
        alts = [...new Set([...(CONFUSABLE.get(c) ?? []), ...(HOMOPHONES.get(c) ?? '')])];
        altsOf.set(c, alts);
      }
      for (const alt of alts) {
        const v = w.slice(0, k) + alt + w.slice(k + 1);
        if (LEXICON.has(v) || DICTIONARY_WORDS.has(v)) continue;
        m.set(v, m.has(v) && m.get(v)?.right !== w ? null : { right: w, k });
      }
    }
  }
  // One inner character left out of a term of four or more (发放宣资料, 主要负人): the first and
  // last stay, as a term met at its edge is another phrase (学习习近平 …).
  for (const w of LEXICON) {
    if (w.length < MIN_GAP_WORD) continue;
    for (let k = 1; k < w.length - 1; k++) {
      const v = w.slice(0, k) + w.slice(k + 1);
      if (LEXICON.has(v) || SHORT_FORMS.has(v) || (v.length <= 3 && isDictionaryWord(v))) continue;
      m.set(v, m.has(v) && m.get(v)?.right !== w ? null : { right: w, k: -1 });
    }
  }
  return new Map([...m].filter((e): e is [string, Variant] => e[1] !== null));
})();
/**
 * For each pair of first characters, the variant lengths that start with it, as a bit mask in
 * a hashed table. Most positions of a report hold no variant's first pair: one typed-array load
 * passes over them (profiled: a Map keyed by the pair, and slicing every length, were the
 * analyzer's costliest loop). Two pairs may share a slot; the Map lookup of the slice decides.
 */
// 2^14 slots of 16 bits (32 KB) stay in the first-level cache; a larger table was slower.
const PAIR_BITS = 14;
const PAIR_LENGTHS = new Uint16Array(1 << PAIR_BITS);
function pairSlot(c0: number, c1: number): number {
  return Math.imul(c0 ^ (c1 << 16), 0x9e3779b1) >>> (32 - PAIR_BITS);
}
for (const v of VARIANTS.keys()) {
  const slot = pairSlot(v.charCodeAt(0), v.charCodeAt(1));
  // A 16-bit mask holds lengths up to 15; the lexicon's longest entry has 8 characters.
  if (v.length > 15) throw new Error(`lexicon entry too long for the pair table: ${v}`);
  PAIR_LENGTHS[slot] = (PAIR_LENGTHS[slot] as number) | (1 << v.length);
}

/**
 * The first characters of the variants as a bit set (8 KB): more than half of a report's
 * characters start none, and one bit test turns them away before the pair table's hash.
 */
const FIRST_CHARS = new Uint32Array(0x10000 >>> 5);
for (const v of VARIANTS.keys()) {
  const c = v.charCodeAt(0);
  FIRST_CHARS[c >>> 5] = (FIRST_CHARS[c >>> 5] as number) | (1 << (c & 31));
}

/** The variants' first pairs by pairCandidates' slot, for the shared walk's gate. */
const WALK_SLOTS = new Uint32Array(0x10000 >>> 5);
for (const v of VARIANTS.keys()) {
  const s = walkSlot(v.charCodeAt(0), v.charCodeAt(1));
  WALK_SLOTS[s >>> 5] = (WALK_SLOTS[s >>> 5] as number) | (1 << (s & 31));
}
gatePairSlots(WALK_SLOTS);

/** Hash of u[i, i+len), as VARIANT_AT computes it for the variants. */
function hashAt(u: Uint16Array, i: number, len: number): number {
  let h = len;
  for (let k = 0; k < len; k++) h = (Math.imul(h, 31) + (u[i + k] as number)) | 0;
  return h;
}

/**
 * The variants' hashes as a 65,536-bit set (8 KB), filled with VARIANT_AT: most slices the pair
 * table lets through are no variant, and one bit test turns them away before the Map lookup of
 * their hash (profiled: that lookup was a third of this check's time).
 */
const VARIANT_HASH_BITS = new Uint32Array(0x10000 >>> 5);

/**
 * The variants by a hash of their characters: looking up a slice of the report by its string
 * hashed every fresh slice, the costliest step of this check (profiled on bench/analyzer-speed.ts).
 */
const VARIANT_AT: ReadonlyMap<number, readonly [string, Variant][]> = (() => {
  const m = new Map<number, [string, Variant][]>();
  for (const [v, found] of VARIANTS) {
    // hashAt over the string's code units, without a typed array per variant
    let h = v.length;
    for (let k = 0; k < v.length; k++) h = (Math.imul(h, 31) + v.charCodeAt(k)) | 0;
    const bucket = m.get(h);
    if (bucket === undefined) m.set(h, [[v, found]]);
    else bucket.push([v, found]);
    const b = hashBit(h);
    VARIANT_HASH_BITS[b >>> 5] = (VARIANT_HASH_BITS[b >>> 5] as number) | (1 << (b & 31));
  }
  return m;
})();

/** The bit of a variant hash in VARIANT_HASH_BITS. */
function hashBit(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The variant written at u[i, i+len), or undefined. */
function variantAt(u: Uint16Array, i: number, len: number): [string, Variant] | undefined {
  const h = hashAt(u, i, len);
  const b = hashBit(h);
  if (((VARIANT_HASH_BITS[b >>> 5] as number) & (1 << (b & 31))) === 0) return undefined;
  const bucket = VARIANT_AT.get(h);
  if (bucket === undefined) return undefined;
  for (const entry of bucket) {
    const v = entry[0];
    if (v.length !== len) continue;
    let k = 0;
    while (k < len && v.charCodeAt(k) === u[i + k]) k++;
    if (k === len) return entry;
  }
  return undefined;
}

/**
 * Fixed terms of the national documents (the 2021–2025 outline, the 普法 plans, the statutory
 * report outline) of five or more characters, or 法制审核 (重大执法决定法制审核, one of the three
 * enforcement systems). One confusable character off such a term is a typo even where the
 * report never writes the term correctly; 法治/法制 alone stay out, both being in use.
 */
export const STANDALONE: ReadonlySet<string> = new Set(
  [
    '法制审核 合法性审查 谁执法谁普法 尊法学法守法用法 执法全过程记录 行政执法公示 重大行政决策 规范性文件 公共法律服务 便民服务中心 法律明白人',
    // Fixed terms of the genre whose one-character variants are never another word (习近平法制思想,
    // 惯彻落实, 决策布署, 双随即, 矛盾纠份 …).
    '习近平法治思想 全面依法治国 理论学习中心组 党政主要负责人 第一责任人职责 综合行政执法 民主法治示范村 宪法宣传周 国家安全教育日 政务服务中心 人民调解员 调解委员会 法治政府建设 贯彻落实 决策部署 安排部署 研究部署 双随机 以案释法 矛盾纠纷 营商环境 行政复议 行政诉讼 法律援助 备案审查',
    // Words every report of the genre uses, each misspelt in published reports (公职任员, 坐谈会,
    // 依法行正): their one-character variants are no words either.
    '公职人员 座谈会 依法行政 出庭应诉 法律顾问 政务公开 人民调解委员会',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Wrong characters judged by the report's own vocabulary: a run that is one confusable
 * character (confusables.ts) away from a lexicon word (lexicon.ts) which the same report
 * writes correctly elsewhere. A writer who typed 办证大厅 once and 办政大厅 once most likely
 * meant the word both times; requiring the correct form in the same text keeps false alarms
 * rare. The variants are generated once, so a report is scanned in one pass.
 */
export function findOwnVocabularyTypos(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  // Inside 《…》 the report quotes another document's title, which its own vocabulary does not
  // govern (older titles say 法制 where later ones say 法治): a hint only.
  const titles = [...text.matchAll(/《[^》\n]*》/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inTitle = (i: number) => titles.some(([s, e]) => (s as number) < i && i < (e as number));
  const u = codeUnits(text);
  // Whether the report writes a word correctly, asked once per word: a correct term that is
  // itself a variant of a lexicon entry (法制审核制度) recurs, and each search reads the text.
  const writes = new Map<string, boolean>();
  const hasWord = (w: string): boolean => {
    let known = writes.get(w);
    if (known === undefined) {
      known = text.includes(w);
      writes.set(w, known);
    }
    return known;
  };
  // The positions whose pair some check looks for (pairCandidates.ts), every variant's first
  // pair among them; `next` is the first position not inside a variant found.
  const { at: cand, length } = pairCandidates(text);
  let next = from;
  for (let q = 0; q < length; q++) {
    const i = cand[q] as number;
    if (i < next) continue;
    const c = u[i] as number;
    if (((FIRST_CHARS[c >>> 5] as number) & (1 << (c & 31))) === 0) continue;
    let lengths = PAIR_LENGTHS[pairSlot(c, u[i + 1] as number)] as number;
    // Longest first, as a longer variant holds a shorter one.
    while (lengths !== 0) {
      const len = 31 - Math.clz32(lengths);
      lengths ^= 1 << len;
      const hit = variantAt(u, i, len);
      if (hit === undefined) continue;
      const [v, found] = hit;
      const standalone = STANDALONE.has(found.right);
      if (!standalone && !hasWord(found.right)) continue;
      const { right, k } = found;
      // The character may belong to the next or previous word instead (规范行政: 规范 + 行政).
      const j = i + k;
      if (
        (k === len - 1 && LEXICON.has(text.slice(j, j + 2))) ||
        (k === 0 && LEXICON.has(text.slice(j - 1, j + 1)))
      )
        continue;
      // A shorter run may be the start or end of other words (政务开 of 政务开放, 安全生 of 安全生态).
      if (
        k < 0 &&
        (isDictionaryWord(text.slice(i + len - 1, i + len + 1)) || isDictionaryWord(text.slice(i - 1, i + 1)))
      )
        continue;
      // Without the correct form in the same text the check is surer of the term than of the writer.
      const confidence = inTitle(i) ? 'low' : standalone && !hasWord(right) ? 'medium' : 'high';
      const message =
        k < 0
          ? DEFECT_MESSAGES.droppedChars(v, right)
          : hasWord(right)
            ? DEFECT_MESSAGES.ownVocabulary(v, right)
            : DEFECT_MESSAGES.fixedTerm(v, right);
      // A left-out character is a surer reading of a term than of the writer: never high.
      out.push(at('typo', i, i + len, message, k < 0 && confidence === 'high' ? 'medium' : confidence));
      next = i + len;
      break;
    }
  }
  return out;
}
