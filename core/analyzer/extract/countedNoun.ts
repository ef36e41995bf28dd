import { OTHER_NOUNS } from '../../indicators/nouns';
import { COMPILED, HEAD_NOUNS } from './cueIndex';

/**
 * What a figure counts, read from the noun a report writes right after its measure word
 * (16个嘎查村, 1个便民服务中心, 12场法治讲座, 12名班子成员): the catalog declares per key the
 * nouns it counts (IndicatorDef.counts), and a figure followed by a noun of another thing or
 * other people is not the key's, whatever cue stands before it.
 */

/** How far after the figure its noun phrase is read. */
const PHRASE_LIMIT = 12;
/** How many words of a qualifier may stand before the head noun (便民服务中心). */
const HEAD_WITHIN = 6;
/** A phrase ends at punctuation, brackets, quotes, a space or a digit. */
const PHRASE_END = /[，。；、：:,;！？!?（）()“”"《》\s\d]/;
/**
 * Words before a noun that make the phrase a clause of its own (30余次深入各村开展, 5场进村入户):
 * the figure is followed by what it did or where, not by what it counts. After the head noun
 * they end its noun phrase (8名班子成员轮流接待…, 21名执法人员全部通过…).
 */
const VERB =
  /参加|参与|开展|组织|举办|召开|进行|完成|办理|受理|实现|覆盖|涉及|通过|深入|进|下|到|在|对|向|为|由|被|经|共|均|全部|累计|轮流|接待|先后|分别|持有|取得|获得/;
const OTHER = new Set<string>(OTHER_NOUNS);
const BY_KEY = new Map(COMPILED.map((c) => [c.def.key, c]));

/**
 * The measure words a noun is counted in, from the keys that count it (法律顾问: 名, 人, 位 …).
 * A noun after a figure whose measure word none of them takes is not what the figure counts but
 * the start of the next clause, run on with no comma (发放资料400余份法律顾问进村讲解: 份 counts
 * no 法律顾问).
 */
const MEASURES_OF_NOUN = new Map<string, Set<string>>();
for (const c of COMPILED)
  for (const noun of c.def.counts ?? []) {
    const set = MEASURES_OF_NOUN.get(noun) ?? new Set<string>();
    for (const m of c.def.measures) set.add(m);
    MEASURES_OF_NOUN.set(noun, set);
  }

/** The noun phrase right after `end` up to its first stop, at most PHRASE_LIMIT characters. */
function phraseAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + PHRASE_LIMIT);
  let cut = end;
  while (cut < to && !PHRASE_END.test(text.charAt(cut))) cut++;
  return text.slice(end, cut);
}

/**
 * The first head noun of the phrase and the noun phrase it heads: the phrase up to the first
 * verb after the head (班子成员会议, 村网格人民调解组), not the clause going on after it
 * (12名班子成员轮流接待来访群众, 31名执法人员全部通过考核), whose words say what the people
 * did. Null when the phrase names no thing known.
 */
export function nounAfter(
  text: string,
  end: number,
  measure?: string,
): { head: string; phrase: string } | null {
  const phrase = phraseAfter(text, end);
  if (phrase === '') return null;
  let head: string | null = null;
  let at = HEAD_WITHIN + 1;
  for (const noun of HEAD_NOUNS) {
    const i = phrase.indexOf(noun);
    // HEAD_NOUNS is longest first: an equal start keeps the longer noun (行政村 over 村). A noun
    // no key counts in the figure's measure word is none of its nouns (8名班子成员: 班 is a
    // class, counted in 期, so the head is 成员).
    if (i >= 0 && i < at && (measure === undefined || fitsMeasure(noun, measure))) {
      head = noun;
      at = i;
    }
  }
  if (head === null || VERB.test(phrase.slice(0, at))) return null;
  const rest = phrase.slice(at + head.length);
  const verb = rest.search(VERB);
  return { head, phrase: verb < 0 ? phrase : phrase.slice(0, at + head.length + verb) };
}

/** Whether some key counting `noun` takes `measure`; places and bodies no key counts fit any. */
function fitsMeasure(noun: string, measure: string): boolean {
  const fits = MEASURES_OF_NOUN.get(noun);
  return fits === undefined || fits.has(measure);
}

/**
 * Whether the noun after a figure says it counts another thing than the key does: a key that
 * declares its nouns takes only those (or its cues); any key leaves places and bodies no key
 * counts (OTHER_NOUNS) alone. A noun no key counts in the figure's measure word says nothing.
 */
export function countsAnotherThing(key: string, text: string, end: number, measure: string): boolean {
  const c = BY_KEY.get(key);
  const noun = c ? nounAfter(text, end, measure) : null;
  if (!c || !noun) return false;
  if (c.cueWords.some((w) => noun.phrase.includes(w))) return false;
  if (c.counts) return !c.counts.some((w) => noun.phrase.includes(w));
  return OTHER.has(noun.head);
}

/** HEAD_NOUNS of two or more characters by their last character, longest first: a figure's look-up tries a few. */
const BY_LAST_CHAR = new Map<string, string[]>();
for (const noun of HEAD_NOUNS) {
  if (noun.length < 2) continue;
  const last = noun.charAt(noun.length - 1);
  const list = BY_LAST_CHAR.get(last);
  if (list) list.push(noun);
  else BY_LAST_CHAR.set(last, [noun]);
}

/**
 * The longest catalog noun of two or more characters `local` ends with: the noun written right
 * before a figure, or ''. One character ends many compounds whose thing an earlier word names
 * (合同文书43份 counts contracts, not 书).
 */
export function nounBefore(local: string): string {
  for (const noun of BY_LAST_CHAR.get(local.charAt(local.length - 1)) ?? [])
    if (local.endsWith(noun)) return noun;
  return '';
}

/**
 * Whether the noun right before a figure (法律审查意见13件, 难点问题4项) says it counts another
 * thing than the key does, as the noun after it would: the key's cue ending at the figure names
 * the key's thing (重大行政决策合法性审查5件), a key that declares its nouns takes only those, and
 * any key leaves OTHER_NOUNS alone.
 */
export function countsAnotherThingBefore(key: string, local: string): boolean {
  const c = BY_KEY.get(key);
  const noun = c ? nounBefore(local) : '';
  if (!c || noun === '' || c.cueWords.some((w) => local.endsWith(w))) return false;
  if (c.counts) return !c.counts.some((w) => noun.includes(w) || w.includes(noun));
  return OTHER.has(noun);
}
