import type { Identification } from '../identify/identify';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** Characters that may stand right before a year opening a clause (在2021年，自2021年，至2021年，). */
const BEFORE_YEAR = new Set([...'在于至到和及与从自止今是为的前后底初末同比较起迄即往历截、']);
/** A year with a comma after it opens a clause, so it must follow a mark, not a word. */
const GLUED_YEAR = /([\u4e00-\u9fa5]{2})((?:19|20)\d{2})年(度)?，/g;
/** A finished verb phrase running into a clause-opening preposition (高位推动按照…). */
const VERB_PREP = /(推动|部署|落实|推进|开展|加强|强化|统筹|保障|引领)(按照|根据|依据|围绕)/g;
/** A verb phrase running into a new subject: …安排部署县创建办按照… */
const NEW_SUBJECT =
  /(部署|安排|落实|推进|开展)((?:县|镇|乡|区|街道)[\u4e00-\u9fa5]{1,5}?(?:办|局|委|所|中心))(?=按照|根据|对|在|将|把|组织|召开|坚持|严格|认真|积极)/g;

/**
 * A count closing a clause that runs into the next clause's adverb (听取汇报4次先后召开…,
 * 发布信息64个有效回应…): the comma after the count was dropped. A count of times (次) never
 * opens a clause; a count of things may (其中8个有效运转), so one after 其中/中/有/共/达 is left.
 */
const COUNT_RUN_ON =
  /([\u4e00-\u9fa5]{2})(\d+(?:余|多)?(?:次|场次|遍|个|件|场|份|人次|名|项|条|起|家|户|篇|册|张|幅|处))(先后|同时|有效|切实|进一步|积极|及时|全力|持续|不断|扎实|累计|共计|圆满|顺利)/g;
const COUNT_SUBJECT_BEFORE = /(?:其中|[中有共计达])$/;

const REPEATED_SUBJECT =
  /(?<=^|[，。\n])([\u4e00-\u9fa5]{1,6}(?:镇|乡|街道|区|县)|我(?:镇|乡|街道|区|县))在[^。\n]{2,60}?下，(在[^。\n，]{2,40}?下，\1)/gm;
/**
 * The same after a single 在…下 clause (某镇在县委领导下，某镇坚持…): searched only in the
 * opening, where a report states its subject, because the pattern is costly over a whole text.
 */
const REPEATED_SUBJECT_ONE =
  /(?<=^|[，。\n])([\u4e00-\u9fa5]{1,6}(?:镇|乡|街道|区|县)|我(?:镇|乡|街道|区|县))在[^。\n，]{2,40}?下，(\1)(?=[\u4e00-\u9fa5])/gm;
const OPENING_CHARS = 400;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The meeting-names pattern of each place, compiled once: a new RegExp per analysis was compiled
 * again every time (profiled: this check's largest cost on short reports). Cleared when it
 * grows, so a server that reads many units keeps it small.
 */
const MEETINGS_OF = new Map<string, RegExp>();
function meetingsPattern(place: string): RegExp {
  let re = MEETINGS_OF.get(place);
  if (re === undefined) {
    if (MEETINGS_OF.size >= 256) MEETINGS_OF.clear();
    re = new RegExp(`会(${escapeRegExp(place)}(?:县|区|市|镇|乡|街道)?)`, 'g');
    MEETINGS_OF.set(place, re);
  }
  return re;
}

/** The unit's place name without its level (宝丰县 → 宝丰), or null when too short to trust. */
function placeOf(id: Identification): string | null {
  const name = id.unit?.name;
  if (!name) return null;
  const place = name.replace(/(街道|县|区|市|镇|乡|街)$/, '');
  return place.length >= 2 ? place : null;
}

/**
 * Sentences whose punctuation was lost (two clauses or two names run together) and sentences
 * that break off into the next: the marks of a garbled copy.
 */
export function findRunOnDefects(text: string, id: Identification): NormDefect[] {
  const out: NormDefect[] = [];
  const from = id.bodyStart;
  for (const m of text.matchAll(GLUED_YEAR)) {
    const i = m.index ?? 0;
    if (i < from || BEFORE_YEAR.has((m[1] as string)[1] as string)) continue;
    out.push(at('other', i, i + m[0].length - 1, DEFECT_MESSAGES.gluedYear(m[0].slice(0, -1)), 'medium'));
  }
  for (const m of text.matchAll(VERB_PREP)) {
    const i = m.index ?? 0;
    if (i < from) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.missingStop(m[0]), 'medium'));
  }
  for (const m of text.matchAll(NEW_SUBJECT)) {
    const i = m.index ?? 0;
    if (i < from) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.missingStop(m[0]), 'medium'));
  }
  if (/\d/.test(text))
    for (const m of text.matchAll(COUNT_RUN_ON)) {
      const i = m.index ?? 0;
      if (i < from) continue;
      const count = m[2] as string;
      if (!/[次遍]$/.test(count) && COUNT_SUBJECT_BEFORE.test(m[1] as string)) continue;
      const s = i + 2;
      out.push(
        at(
          'typo',
          s,
          s + count.length + 2,
          DEFECT_MESSAGES.missingStop(text.slice(s, s + count.length + 2)),
          'medium',
        ),
      );
    }
  const place = placeOf(id);
  if (place) {
    // Two meeting names with no 、 between them: …动员会宝丰县…推进会
    // matchAll scans a copy of the pattern, so the shared one keeps no lastIndex between texts.
    for (const m of text.matchAll(meetingsPattern(place))) {
      const i = m.index ?? 0;
      if (i < from || text[i - 1] === '委' || text[i - 1] === '社') continue;
      out.push(
        at(
          'typo',
          i - 2,
          i + m[0].length,
          DEFECT_MESSAGES.missingStop(text.slice(i - 2, i + m[0].length)),
          'medium',
        ),
      );
    }
  }
  // 某镇在…领导下，在…指导下，某镇坚持…: the subject written twice in one sentence.
  // The pattern needs 下，在 literally; most reports lack it, and the look-behind and lazy
  // scans cost more than the rest of this check together (profiled on bench/analyzer-speed.ts).
  const repeated = text.includes('下，在') ? text.matchAll(REPEATED_SUBJECT) : [];
  const opening = text.slice(0, from + OPENING_CHARS);
  const once = opening.includes('下，') ? opening.matchAll(REPEATED_SUBJECT_ONE) : [];
  for (const m of [...repeated, ...once]) {
    const i = (m.index ?? 0) + m[0].length - (m[2] as string).length;
    if (i < from) continue;
    out.push(
      at('other', i, i + (m[2] as string).length, DEFECT_MESSAGES.repeatedSubject(m[1] as string), 'medium'),
    );
  }
  return out;
}
