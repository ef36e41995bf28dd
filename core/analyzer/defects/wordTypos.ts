import { codeUnits } from '../codeUnits';
import { charBits, hasCharBit, isIdeograph as isHan } from '../spans';
import { CONFUSABLE } from './confusables';
import { LEXICON, termEndsAt, termStartsAt } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { pairCandidates } from './pairCandidates';
import {
  FREQUENT_WORDS,
  FUZZY_SYLLABLES,
  SYLLABLES,
  VERY_FREQUENT,
  WORDS2,
  WORDS2_COUNT,
  WORDS3,
  WORDS3_COUNT,
} from './words.generated';

/**
 * Wrong characters found by a general method, not a list (issue 12 §3): a pair of characters
 * neither of which belongs to any dictionary word where it stands (the typo broke the word it
 * was part of: 营商环竟 leaves 环 and 竟 in no word), where replacing one of them by a character
 * of the same syllable (what a pinyin input offers) or of a similar shape (confusables.ts) gives
 * a common word. The report's own vocabulary is the strong evidence: a correction the report
 * writes elsewhere is high confidence; a very common word it never writes is medium only when
 * the span sits between clear word boundaries; anything else is low (a hint, not counted).
 *
 * Data: words.generated.ts (scripts/gen-words.ts) — the dictionary's two-character words (exact)
 * and three-character words (hashed), its frequent two-character words by rank, and syllable groups.
 */

/** Base64 to bytes by table (atob and a pass over its string took most of a module's load time). */
function base64Bytes(src: string): Uint8Array {
  const value = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) value[alphabet.charCodeAt(i)] = i;
  const bytes = new Uint8Array((src.length >>> 2) * 3);
  let o = 0;
  for (let i = 0; i + 3 < src.length; i += 4) {
    const n =
      ((value[src.charCodeAt(i)] as number) << 18) |
      ((value[src.charCodeAt(i + 1)] as number) << 12) |
      ((value[src.charCodeAt(i + 2)] as number) << 6) |
      (value[src.charCodeAt(i + 3)] as number);
    bytes[o++] = n >>> 16;
    bytes[o++] = (n >>> 8) & 0xff;
    bytes[o++] = n & 0xff;
  }
  return bytes;
}

/**
 * The sorted values of scripts/gen-words.ts riceBase64 (count of them, Rice parameter k ≤ 16):
 * a byte's run of ones by Math.clz32, the remainder from a three-byte window (a loop per bit
 * was most of the module's load time, paid by every `fazhi analyze`).
 */
function riceDecode(src: string, count: number, k: number): Uint32Array {
  const bytes = base64Bytes(src);
  const out = new Uint32Array(count);
  const low = (1 << k) - 1;
  let pos = 0;
  let v = 0;
  for (let n = 0; n < count; n++) {
    let q = 0;
    for (;;) {
      const off = pos & 7;
      const avail = 8 - off;
      const ones = Math.clz32(~(((bytes[pos >>> 3] as number) << (24 + off)) | 0));
      if (ones < avail) {
        q += ones;
        pos += ones + 1;
        break;
      }
      q += avail;
      pos += avail;
    }
    const at = pos >>> 3;
    const window =
      ((bytes[at] as number) << 16) |
      (((bytes[at + 1] as number) | 0) << 8) |
      ((bytes[at + 2] as number) | 0);
    const r = (window >>> (24 - k - (pos & 7))) & low;
    pos += k;
    v += q * (low + 1) + r;
    out[n] = v;
  }
  return out;
}

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The dictionary's two-character words in a table of 16-bit fingerprints (512 KB): 2^16 buckets
 * of four, a word's bucket and fingerprint from one hash of its two code units, a full bucket
 * spilling into the next (the table is less than half full, so a probe mostly reads one
 * bucket). A pair that is no word matches a stored fingerprint about once in 18,000 lookups (the
 * Bloom filter before it: 3.8 %). Probes cost about 10 ns against the Bloom filter's 5; an
 * exact hash table of 1 MB, a sorted array searched per first character, and this table at
 * 2^15 buckets (a longer spill per probe) cost 20–100 ns.
 */
const W2_BUCKET_BITS = 16;
const W2_SLOTS = new Uint16Array(4 << W2_BUCKET_BITS);
function word2Hash(c0: number, c1: number): number {
  return fmix(Math.imul((c0 << 16) | c1, 0x9e3779b1));
}
fillWord2Slots();
/**
 * Fills W2_SLOTS from WORDS2, in a function of its own, as the other tables' builders: a loop
 * in a module's top-level code runs in the interpreter (in dist/server/analyze.mjs the whole
 * bundle's top level is one function, too large to compile on stack), and every start-up of
 * `fazhi analyze` paid these loops so (about a fifth of the process's instructions).
 */
function fillWord2Slots(): void {
  const index = riceDecode(WORDS2, WORDS2_COUNT, 11);
  const mask = (1 << W2_BUCKET_BITS) - 1;
  for (let n = 0; n < index.length; n++) {
    const x = index[n] as number;
    const a = Math.floor(x / 20902);
    const h = word2Hash(0x4e00 + a, 0x4e00 + (x - a * 20902));
    const fp = (h & 0xffff) | 1;
    let b = h >>> (32 - W2_BUCKET_BITS);
    for (;;) {
      const s = b << 2;
      let k = 0;
      while (k < 4 && W2_SLOTS[s + k] !== 0) k++;
      if (k < 4) {
        W2_SLOTS[s + k] = fp;
        break;
      }
      b = (b + 1) & mask;
    }
  }
}
/** Whether the two characters c0 c1 are a dictionary word (to about one lookup in 5,000). */
/** W2_SLOTS as 32-bit words: a bucket is two reads (little-endian: slot 3 is word 1's top half). */
const W2_PAIRS = new Int32Array(W2_SLOTS.buffer);
function word2(c0: number, c1: number): boolean {
  return word2Mixed(Math.imul((c0 << 16) | c1, 0x9e3779b1));
}
/**
 * word2 from the pair's first multiply (`Math.imul((c0 << 16) | c1, 0x9e3779b1)`), which the
 * report's pair set (presentBit) takes its bit from too: the word pass hashes each pair once.
 */
function word2Mixed(mixed: number): boolean {
  const h = fmix(mixed);
  const fp = (h & 0xffff) | 1;
  const pattern = fp | (fp << 16);
  let b = h >>> (32 - W2_BUCKET_BITS);
  for (;;) {
    const w0 = W2_PAIRS[b << 1] as number;
    const w1 = W2_PAIRS[(b << 1) | 1] as number;
    // A half equal to the fingerprint leaves a zero half after the exclusive or (SWAR test).
    const x0 = w0 ^ pattern;
    const x1 = w1 ^ pattern;
    if ((((x0 - 0x00010001) & ~x0) | ((x1 - 0x00010001) & ~x1)) & 0x80008000) {
      // The test may fire on a borrow; the halves decide.
      if ((x0 & 0xffff) === 0 || x0 >>> 16 === 0 || (x1 & 0xffff) === 0 || x1 >>> 16 === 0) return true;
    }
    // A bucket with room took every word hashed to it or spilled past it.
    if (w1 >>> 16 === 0) return false;
    b = (b + 1) & ((1 << W2_BUCKET_BITS) - 1);
  }
}

/**
 * The three-character words' 25-bit hashes (scripts/gen-words.ts word3Hash), sorted, with the
 * start of each run of equal top 17 bits: a probe reads one or two values.
 */
const W3 = riceDecode(WORDS3, WORDS3_COUNT, 8);
const W3_START = runStarts(W3);
/** Where each run of W3's equal top 17 bits starts (a function: top-level loops run interpreted). */
function runStarts(sorted: Uint32Array): Uint32Array {
  const starts = new Uint32Array((1 << 17) + 1);
  let n = 0;
  for (let b = 0; b <= 1 << 17; b++) {
    while (n < sorted.length && (sorted[n] as number) >>> 8 < b) n++;
    starts[b] = n;
  }
  return starts;
}

/**
 * Whether u[i, i+len) is a dictionary word: exact for two characters, for three a hash set
 * (a non-word passes about 0.4 % of the time).
 */
function wordHas(u: Uint16Array, i: number, len: number): boolean {
  if (len === 2) return word2(u[i] as number, u[i + 1] as number);
  // The hash of scripts/gen-words.ts word3Hash written out for three characters.
  let h = Math.imul(Math.imul(3, 0x01000193) ^ (u[i] as number), 0x01000193) ^ (u[i + 1] as number);
  h = Math.imul(h, 0x01000193) ^ (u[i + 2] as number);
  const v = fmix(h) >>> 7;
  const b = v >>> 8;
  for (let n = W3_START[b] as number, end = W3_START[b + 1] as number; n < end; n++)
    if (W3[n] === v) return true;
  return false;
}

/** Characters of the same syllable kept as candidates per character, most frequent first. */
const PER_CHAR = 24;
const FUZZY_PER_CHAR = 6;
/**
 * Same-syllable and similar-shape characters of each character, by code unit, built straight
 * from the generated strings (Maps of string arrays took a visible part of start-up).
 */
const ALT_CODES: (Uint16Array | undefined)[] = new Array(0x10000);
/**
 * Fuzzy-syllable neighbours (风 for 分: fen/feng), a few per character: weaker evidence, so
 * they may only propose a frequent word, never a rare one the report happens to contain.
 */
const FUZZY_CODES: (Uint16Array | undefined)[] = new Array(0x10000);
{
  const groupsOf = (
    groups: string,
    perChar: number,
    into: (Uint16Array | undefined)[],
    except?: typeof ALT_CODES,
  ) => {
    let start = 0;
    while (start < groups.length) {
      let end = groups.indexOf(' ', start);
      if (end < 0) end = groups.length;
      const top = Math.min(end, start + perChar + 1);
      for (let i = start; i < end; i++) {
        const c = groups.charCodeAt(i);
        const skip = except?.[c];
        const alts: number[] = [];
        for (let j = start; j < top && alts.length < perChar; j++) {
          const d = groups.charCodeAt(j);
          if (d !== c && !skip?.includes(d)) alts.push(d);
        }
        into[c] = Uint16Array.from(alts);
      }
      start = end + 1;
    }
  };
  groupsOf(SYLLABLES, PER_CHAR, ALT_CODES);
  for (const [c, hand] of CONFUSABLE) {
    const code = c.charCodeAt(0);
    const alts = [...(ALT_CODES[code] ?? [])];
    for (const h of hand) if (!alts.includes(h.charCodeAt(0))) alts.push(h.charCodeAt(0));
    ALT_CODES[code] = Uint16Array.from(alts);
  }
  groupsOf(FUZZY_SYLLABLES, FUZZY_PER_CHAR, FUZZY_CODES, ALT_CODES);
}

/**
 * Frequent words by the pair's code units in an open-addressing table: a candidate pair tries up to 60
 * corrections, and a string and a Map lookup for each was most of this check's time.
 */
const RANK_BITS = 16;
const RANK_KEYS = new Int32Array(1 << RANK_BITS).fill(-1);
const RANK_VALS = new Int32Array(1 << RANK_BITS);
function rankSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - RANK_BITS);
}
function addRank(key: number, r: number): void {
  let s = rankSlot(key);
  while (RANK_KEYS[s] !== -1) {
    if (RANK_KEYS[s] === key) return;
    s = (s + 1) & ((1 << RANK_BITS) - 1);
  }
  RANK_KEYS[s] = key;
  RANK_VALS[s] = r;
}
fillRanks();
/**
 * Rank of each frequent two-character word (0 = most frequent); the genre's lexicon words rank
 * too. A function, as the other tables' builders: top-level loops run in the interpreter.
 */
function fillRanks(): void {
  for (let i = 0; i + 1 < FREQUENT_WORDS.length; i += 2)
    addRank((FREQUENT_WORDS.charCodeAt(i) << 16) | FREQUENT_WORDS.charCodeAt(i + 1), i >> 1);
  for (const w of LEXICON)
    if (w.length === 2) addRank((w.charCodeAt(0) << 16) | w.charCodeAt(1), VERY_FREQUENT);
}
/** Rank of the two-character word c0 c1, or -1. */
function rankOf(c0: number, c1: number): number {
  const key = (c0 << 16) | c1;
  let s = rankSlot(key);
  for (;;) {
    const k = RANK_KEYS[s] as number;
    if (k === key) return RANK_VALS[s] as number;
    if (k === -1) return -1;
    s = (s + 1) & ((1 << RANK_BITS) - 1);
  }
}
/**
 * Two-character verbs of recent official writing that the dictionary predates (建强队伍,
 * 抓实整改, 做细工作): each is one same-syllable step from a common word (坚强, 抓时 …), and a
 * report may write it once.
 */
const GENRE_VERBS: ReadonlySet<string> = new Set(
  '建强 做实 做细 抓实 压实 落细 提质 增效 提效 赋能 走深 走实 兜底 强基 固本 擦亮 筑牢 织密 织牢 提级 共治 智治 抓细 干实 严管 厚爱'.split(
    ' ',
  ),
);
/** Scratch for a rare candidate word's dictionary test. */
const pair = new Uint16Array(4);

// Bit sets (charBits), not byte tables: asked about the ideographs around each candidate pair,
// a byte table's 20 KB ideograph range apiece would crowd the caches the filter needs.
/**
 * Characters that stand as words of their own (numerals, measure words, particles,
 * prepositions): a pair holding one is usually two words (一是, 8个村, 不愿), not a broken one.
 */
const STANDALONE = charBits(
  '一二三四五六七八九十百千万两几个名次件项场人是的了不在和与及或也都又就而并把被将从向于以对为等其之所各每该本此这那有无未已再还更最很现',
);
/** Particles and conjunctions, which stand alone by nature. */
const PARTICLE = charBits('的了着过之所与和及或并而且把被将从对于以为');
/**
 * Verbs of one character that official prose uses alone before their object (作…部署/安排/说明):
 * the second copy in 工作作重点部署 is that verb, after a word that ends in it.
 */
const LONE_VERB = charBits('作');
/** A place name's last character: the pair before it is a name (文坪镇), not a word. */
const PLACE_END = charBits('镇乡村县区市省州街社组屯寨');
const CODE_OPEN = charBits('〔［[（(【');
const QUOTE_OPEN = charBits('“‘"「《');
const QUOTE_CLOSE = charBits('”’"」》');
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

let covered = new Uint8Array(1 << 15);

/**
 * The genre's own two-character words (lexicon.ts), by their code units: a correction that is
 * one of them is evidence even where the report does not write it (纠分 → 纠纷, 程许 → 程序),
 * since the lexicon holds the words of the statutory outline, not whatever a general dictionary
 * ranks frequent (更实 → 更是, 党日 → 当日 were its false corrections on real reports).
 */
const GENRE_PAIRS: ReadonlySet<number> = new Set(
  [...LEXICON].filter((w) => w.length === 2).map((w) => (w.charCodeAt(0) << 16) | w.charCodeAt(1)),
);

/** GENRE_PAIRS by presentBit, one bit each (a candidate's bit test before the Set). */
const GENRE_BITS = new Uint32Array(0x10000 >>> 5);
for (const key of GENRE_PAIRS) {
  const b = Math.imul(key, 0x9e3779b1) >>> 16;
  GENRE_BITS[b >>> 5] = (GENRE_BITS[b >>> 5] as number) | (1 << (b & 31));
}

interface Fix {
  right: string;
  /** the report writes the corrected word elsewhere */
  own: boolean;
  /** the corrected word is a word of the genre's lexicon */
  genre: boolean;
  rank: number;
  /** which character of the pair changes */
  k: number;
}

/**
 * The best one-character correction of the pair at i, or null. Only the character whose
 * partner is in no word may change: the partner is the orphan the correction gives a word
 * (分险: 险 is in no word, 风 makes 风险); an orphan next to a character taken by the next word
 * is that word's neighbour, not its typo (共作出: 作 belongs to 作出).
 */
function bestFix(u: Uint16Array, i: number, count: (w: string) => number): Fix | null {
  let best: Fix | null = null;
  for (let k = 0; k < 2; k++) {
    if (covered[i + 1 - k] === 1) continue;
    // A character standing as a word of its own (是 in 一是, 个 in 8个村) is no broken word's.
    if (hasCharBit(STANDALONE, u[i + k] as number)) continue;
    // Nor is a particle the orphan a correction gives a word (的新媒体: 的 needs no partner),
    // unless the word is one of the genre's (和协稳定: 和谐).
    const particle = hasCharBit(PARTICLE, u[i + 1 - k] as number);
    // Nor may a character that makes a word with its other neighbour (党委副书记: 委 is 党委's).
    // (A rare word there, 政大 in 办政大厅, is more likely chance than the writer's.)
    if (
      k === 0
        ? rankOf(u[i - 1] as number, u[i] as number) >= 0 || wordHas(u, i - 2, 3)
        : rankOf(u[i + 1] as number, u[i + 2] as number) >= 0 || wordHas(u, i + 1, 3)
    )
      continue;
    // Nor one that makes any dictionary word with its other neighbour when that neighbour is in
    // no other word: the correction would leave it orphaned in turn (经研判: 研 is 研判's, and 判
    // joins nothing else; 重大分险 keeps 分 free, 大 being 重大's too).
    if (
      k === 0
        ? word2(u[i - 1] as number, u[i] as number) &&
          !word2(u[i - 2] as number, u[i - 1] as number) &&
          !wordHas(u, i - 3, 3)
        : word2(u[i + 1] as number, u[i + 2] as number) &&
          !word2(u[i + 2] as number, u[i + 3] as number) &&
          !wordHas(u, i + 2, 3)
    )
      continue;
    const wrong = u[i + k] as number;
    const other = u[i + 1 - k] as number;
    for (let f = 0; f < 2; f++) {
      const alts = (f === 0 ? ALT_CODES : FUZZY_CODES)[wrong];
      if (alts === undefined) continue;
      for (let a = 0; a < alts.length; a++) {
        const alt = alts[a] as number;
        const c0 = k === 0 ? alt : other;
        const c1 = k === 0 ? other : alt;
        // Only a word the report writes, or a word of the genre, is a finding: one bit says the
        // report never writes it.
        const b = presentBit(c0, c1);
        // The genre's pairs behind a bit table of their own: most candidates are neither.
        const genre =
          f === 0 &&
          ((GENRE_BITS[b >>> 5] as number) & (1 << (b & 31))) !== 0 &&
          GENRE_PAIRS.has((c0 << 16) | c1);
        if (particle && !genre) continue;
        if (!genre && ((PRESENT[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
        let rank = rankOf(c0, c1);
        // A rare word counts only where the report itself writes it twice (once may be two words
        // meeting by chance: 为副 in 作为副组长), and only by an exact syllable. The dictionary
        // tests come first: the text is searched only for a word.
        if (rank < 0) {
          if (f !== 0) continue;
          pair[0] = c0;
          pair[1] = c1;
          if (!wordHas(pair, 0, 2)) continue;
        }
        const right = String.fromCharCode(c0, c1);
        if (rank < 0) {
          if (count(right) < 2) continue;
          rank = VERY_FREQUENT;
        }
        const own = count(right) > 0;
        if (!best || (own && !best.own) || (own === best.own && rank < best.rank))
          best = { right, own, genre, rank, k };
      }
    }
  }
  return best;
}

/** A Chinese character in no dictionary word that is no word of its own either. */
function orphan(u: Uint16Array, i: number): boolean {
  const c = u[i] as number;
  return i >= 0 && isHan(c) && covered[i] === 0 && !hasCharBit(STANDALONE, c);
}

/** The pairs of Chinese characters a report holds, as a 65,536-bit set (a search of the text spared). */
const PRESENT = new Uint32Array(0x10000 >>> 5);
function presentBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> 16;
}

/** The ideographs in no dictionary word, ascending (markWords fills it; grown as needed). */
let uncovered = new Int32Array(1 << 13);

/**
 * One pass for the dictionary's words: at each position the pair starting there (its bit in
 * PRESENT, and `covered` if it is a word), then the three-character word two positions back,
 * whose characters the pairs up to here have all been asked about, then that position itself,
 * final by then, listed in `uncovered` if no word holds it. The candidate pairs and the
 * inserted-character check read that list instead of walking the text again (three walks
 * before). Returns the list's length. A function that ends with its loop (codeUnits.ts).
 */
function markWords(u: Uint16Array, from: number, n: number, cov: Uint8Array, list: Int32Array): number {
  let m = 0;
  for (let j = from; j < n; j++) {
    const c0 = u[j] as number;
    const c1 = u[j + 1] as number;
    if (isHan(c0) && isHan(c1)) {
      const mixed = Math.imul((c0 << 16) | c1, 0x9e3779b1);
      const b = mixed >>> 16;
      PRESENT[b >>> 5] = (PRESENT[b >>> 5] as number) | (1 << (b & 31));
      if (word2Mixed(mixed)) {
        cov[j] = 1;
        cov[j + 1] = 1;
      }
    }
    const i = j - 2;
    if (i < from) continue;
    // A word only marks characters covered: where all three already are (two pair words side
    // by side, 法治 建设, cover 治建 too), its answer changes nothing and is not asked.
    if (
      (cov[i] === 0 || cov[i + 1] === 0 || cov[i + 2] === 0) &&
      isHan(u[i] as number) &&
      isHan(u[i + 1] as number) &&
      isHan(u[i + 2] as number) &&
      wordHas(u, i, 3)
    ) {
      cov[i] = 1;
      cov[i + 1] = 1;
      cov[i + 2] = 1;
    }
    if (cov[i] === 0 && isHan(u[i] as number)) list[m++] = i;
  }
  // The last two positions: no three-character word starts there (the text ends first).
  for (let i = Math.max(from, n - 2); i < n; i++) if (cov[i] === 0 && isHan(u[i] as number)) list[m++] = i;
  return m;
}

export function findWordTypos(text: string, from: number): NormDefect[] {
  const n = text.length;
  const u = codeUnits(text);
  if (covered.length < n + 3) {
    covered = new Uint8Array((n + 3) * 2);
  }
  covered.fill(0, 0, n + 3);
  PRESENT.fill(0);
  if (uncovered.length < n) uncovered = new Int32Array(n * 2);
  const list = uncovered;
  const m = markWords(u, from, n, covered, list);
  // How often the report writes a word, searched once per word (up to two: all the check asks).
  const counts = new Map<string, number>();
  const count = (w: string): number => {
    let c = counts.get(w);
    if (c === undefined) {
      const b = presentBit(w.charCodeAt(0), w.charCodeAt(1));
      // Most corrections tried are words the report never writes: one bit says so, no search.
      if (w.length === 2 && ((PRESENT[b >>> 5] as number) & (1 << (b & 31))) === 0) {
        counts.set(w, 0);
        return 0;
      }
      const first = text.indexOf(w);
      c = first < 0 ? 0 : text.indexOf(w, first + 1) < 0 ? 1 : 2;
      counts.set(w, c);
    }
    return c;
  };
  const out: NormDefect[] = [];
  // The candidate pairs, in text order: those holding an uncovered ideograph (a pair that is a
  // word has both its characters covered), the one ending at it and the one starting at it.
  // `next` is the first pair still to try; a finding skips the pair after it.
  let next = from;
  for (let k = 0; k < m; k++) {
    const p = list[k] as number;
    for (let i = Math.max(p - 1, next); i <= p && i + 1 < n; i++) {
      next = i + 1;
      const c0 = u[i] as number;
      const c1 = u[i + 1] as number;
      if (!isHan(c0) || !isHan(c1)) continue;
      // Neither character can change (both stand alone), or both partners are particles.
      if (hasCharBit(STANDALONE, c0) && hasCharBit(STANDALONE, c1)) continue;
      if (isDigit(u[i - 1] as number) || hasCharBit(PLACE_END, u[i + 2] as number)) continue;
      // A document's issuing code (府发办〔2024〕) or a coinage in quotation marks (“法智”).
      if (hasCharBit(CODE_OPEN, u[i + 2] as number) || hasCharBit(CODE_OPEN, u[i + 3] as number)) continue;
      if (hasCharBit(QUOTE_OPEN, u[i - 1] as number) && hasCharBit(QUOTE_CLOSE, u[i + 2] as number)) continue;
      // Three or more characters in no word in a row are a name (粤智助, a village), not a broken word.
      if (orphan(u, i - 1) || orphan(u, i + 2)) continue;
      const fix = bestFix(u, i, count);
      if (fix === null) continue;
      const wrong = text.slice(i, i + 2);
      // A pair the report writes twice is a word the dictionary lacks (微信, 放管服), not a slip.
      if (count(wrong) > 1) continue;
      // Nor is a verb of the genre newer than the dictionary (建强队伍, once: not 坚强).
      if (GENRE_VERBS.has(wrong)) continue;
      // Only a correction the report itself writes elsewhere is a finding: a general dictionary
      // compiled before the genre's newer words (线上, 做实) and blind to names proposes about five
      // corrections per 10,000 characters of clean real reports for words it merely lacks. A word
      // of the genre's lexicon is the other evidence (none on 54,000 characters of real reports),
      // shown at medium confidence.
      if (!fix.own && !fix.genre) continue;
      out.push(
        fix.own
          ? at('typo', i, i + 2, DEFECT_MESSAGES.ownVocabulary(wrong, fix.right), 'high')
          : at('typo', i, i + 2, DEFECT_MESSAGES.genreWord(wrong, fix.right), 'medium'),
      );
      next = i + 2;
      break;
    }
  }
  findInsertedHomophones(text, u, list, m, n, out);
  return out;
}

/** Words of one character that follow a noun (报告中, 会上, 期间): no slip when they echo the next word. */
const LOCATIVE = charBits('中上下内外里前后间时');

/** Each common character's toneless syllable as a group number (0: none), from SYLLABLES. */
const SYLLABLE_OF = syllableGroups(SYLLABLES);
function syllableGroups(groups: string): Uint16Array {
  const of = new Uint16Array(0x10000);
  let group = 1;
  for (let i = 0; i < groups.length; i++) {
    const c = groups.charCodeAt(i);
    if (c === 0x20) group++;
    else of[c] = group;
  }
  return of;
}

/**
 * A character typed in before a word by the same syllable (积极谈探索: tan typed twice, the input
 * method's 谈 kept before 探索): it belongs to no dictionary word, stands between a word ending
 * before it and a word starting after it, and sounds exactly like the first character of the
 * word after it. Leaving it out joins two words. Appended to
 * `out`, where no finding of the pair pass covers it (medium: the writer may mean a one-character word).
 */
function findInsertedHomophones(
  text: string,
  u: Uint16Array,
  list: Int32Array,
  m: number,
  n: number,
  out: NormDefect[],
): void {
  const found = out.length;
  // The ideographs in no word (markWords), from the third character on.
  for (let k = 0; k < m; k++) {
    const i = list[k] as number;
    if (i < 2) continue;
    if (i + 2 >= n) break;
    const x = u[i] as number;
    if (hasCharBit(STANDALONE, x) || hasCharBit(PARTICLE, x)) continue;
    const syl = SYLLABLE_OF[x] as number;
    if (syl === 0) continue;
    if (hasCharBit(LOCATIVE, x)) continue;
    // Only before the word it echoes: a one-character word after a word ending in its sound
    // (群众中, 导向相统一) is ordinary writing, and the input method's slip is typed first.
    const before = u[i - 1] as number;
    const after = u[i + 1] as number;
    if (SYLLABLE_OF[after] !== syl || after === x) continue;
    if (!isHan(before) || !isHan(after)) continue;
    const leftLen = wordAt(u, i - 3, 3, n) ? 3 : wordAt(u, i - 2, 2, n) ? 2 : 0;
    const rightLen = wordAt(u, i + 1, 3, n) ? 3 : wordAt(u, i + 1, 2, n) ? 2 : 0;
    if (leftLen === 0 || rightLen === 0) continue;
    let taken = false;
    for (let f = 0; f < found; f++) {
      const d = out[f] as NormDefect;
      if (d.span && d.span.start <= i && i < d.span.end) taken = true;
    }
    if (taken) continue;
    const start = i - leftLen;
    const end = i + 1 + rightLen;
    const wrong = text.slice(start, end);
    out.push(
      at(
        'typo',
        start,
        end,
        DEFECT_MESSAGES.extraChar(wrong, text.slice(start, i) + text.slice(i + 1, end)),
        'medium',
      ),
    );
  }
}

/** Whether u[i, i+len) is a dictionary word, with positions outside the text answering no. */
function wordAt(u: Uint16Array, i: number, len: number, n: number): boolean {
  if (i < 0 || i + len > n) return false;
  for (let k = i; k < i + len; k++) if (!isHan(u[k] as number)) return false;
  return wordHas(u, i, len);
}

/**
 * Reduplicated pairs of the genre the frequency list lacks (村村通, 户户通, 环环相扣, 节节攀升):
 * a pair AA is taken as a word when it is one of these or a frequent word (层层, 步步, 人人); the
 * Bloom filter is not asked, since its chance matches (治治) would hide real slips.
 */
const REDUPLICATED: ReadonlySet<string> = new Set(
  '村村 户户 年年 月月 周周 条条 级级 代代 环环 节节 稳稳 组组 项项 岗岗 门门 科科 片片 句句 字字 笔笔 桩桩 声声 款款'.split(
    ' ',
  ),
);
/** Whether a genre word (lexicon.ts: 会前学法, 常务会 …) starts at i, or ends at i when `end`. */
function lexiconAt(text: string, i: number, end: boolean): boolean {
  return end ? termEndsAt(text, i + 1, 2, 6) : termStartsAt(text, i, 2, 6);
}
/**
 * Characters that close the name of a meeting or a body (常务会, 司法所, 综治办): the first of a
 * pair of them may end a name the dictionary lacks (常务会会前学法, 党政办办理).
 */
const NAME_END = charBits('会办委组所站室局部队处科院厅');
/** Rank below which a pair AA is a word in its own right (步步 ranks 14,146, 开开 21,465). */
const REDUPLICATED_RANK = 16000;

/**
 * A character typed twice inside an ordinary word (依法法行政, 法治治建设, 定期研研究): exactly one
 * copy of A belongs to a word with its outer neighbour, while the other copy joins nothing and
 * its own outer neighbour starts or ends a word of its own. A word on both sides (工作作风,
 * 今年年初, 建设设施) is two words meeting; a pair that is a word (层层, 步步, 人人) or opens or
 * closes a three-character word is reduplication or a name, unless a three-character word
 * already ends at the first copy (进一步步加强: 进一步). AABB (实实在在) is left alone, and so is
 * a pair next to anything but ideographs (2024年年底 is a date).
 */
export function findDoubledCharacters(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  const n = text.length;
  // The copy the other per-character checks made of this text (codeUnits keeps it).
  const u = codeUnits(text);
  // Equal neighbours are found among the shared walk's positions (pairCandidates.ts lists every
  // ideograph met again on the next place; a doubled slip is an ideograph). The judgement is a
  // function of its own, so the loop compiles small (with the judgement inlined, it ran about
  // four times slower per character). `next` is the first position after a doubling found.
  const { at: cand, length } = pairCandidates(text);
  let next = Math.max(from, 1);
  for (let k = 0; k < length; k++) {
    const i = cand[k] as number;
    if (i < next) continue;
    if (i + 2 >= n) break;
    if (u[i] !== u[i + 1]) continue;
    if (!isDoubledSlip(text, u, n, i)) continue;
    out.push(at('typo', i - 1, i + 3, DEFECT_MESSAGES.repeatedWord(text[i] as string), 'medium'));
    next = i + 2;
  }
  return out;
}

/** Whether the equal characters at i and i + 1 are a slip (findDoubledCharacters). */
function isDoubledSlip(text: string, u: Uint16Array, n: number, i: number): boolean {
  const a = u[i] as number;
  if (!isHan(a) || hasCharBit(STANDALONE, a) || !isHan(u[i - 1] as number) || !isHan(u[i + 2] as number))
    return false;
  if (u[i - 2] === u[i - 1] || u[i + 2] === u[i + 3]) return false;
  // A name ending in a place character before its unit's word (北城街街道, 某村村委会, 某镇镇政府).
  if (hasCharBit(PLACE_END, a)) return false;
  // A word ending in a verb of one character, then that verb on its own with its object:
  // 把普法工作作重点部署 (工作 | 作 重点部署). The copy would be a slip only if it made no sense alone.
  if (hasCharBit(LONE_VERB, a) && wordAt(u, i - 1, 2, n) && !wordAt(u, i + 1, 2, n)) return false;
  const left3 = wordAt(u, i - 2, 3, n);
  // The dictionary predates some words of the genre (会前 of 常务会会前学法): the lexicon is asked too.
  const left = left3 || wordAt(u, i - 1, 2, n) || lexiconAt(text, i, true) || hasCharBit(NAME_END, a);
  const right = wordAt(u, i + 1, 2, n) || wordAt(u, i + 1, 3, n) || lexiconAt(text, i + 1, false);
  if (left === right) return false;
  const r = rankOf(a, a);
  const pairWord =
    (r >= 0 && r < REDUPLICATED_RANK) ||
    REDUPLICATED.has(text.slice(i, i + 2)) ||
    wordAt(u, i, 3, n) ||
    wordAt(u, i - 1, 3, n);
  if (pairWord && !(left3 && !right)) return false;
  // The copy that joins nothing must sit against a word of its own neighbour's: 依法法行政 (行政),
  // 定期研研究 (定期); else the run is a name or a coinage, not a slip.
  return left
    ? wordAt(u, i + 2, 2, n) || wordAt(u, i + 2, 3, n)
    : wordAt(u, i - 2, 2, n) || wordAt(u, i - 3, 3, n);
}

/** Whether a two- or three-character string is (most likely) a dictionary word; other lengths answer no. */
export function isDictionaryWord(w: string): boolean {
  if (w.length < 2 || w.length > 3) return false;
  const u = new Uint16Array(4);
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!isHan(c)) return false;
    u[k] = c;
  }
  return wordHas(u, 0, w.length);
}
