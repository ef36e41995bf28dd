import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A report speaks of its unit as 我镇, 我乡, 我县, 我街道 or 我们, never as a bare 我: a 我 that
 * opens a clause and runs straight into a verb or an adverb (2024年我深入贯彻…, ，我严格落实…)
 * lost the unit noun after it. 我 inside a word (自我, 爱我文坪, 我为群众办实事) is not at a
 * clause's start or is followed by none of these words.
 */
const VERB_AFTER =
  /深入|认真|坚持|积极|始终|严格|全面|切实|扎实|按照|围绕|紧紧|紧扣|高度|不断|进一步|持续|大力|着力|主动|结合|聚焦|通过|根据|依据|立足|全力|充分|牢固|狠抓|强化|加强|完善|健全|推进|推动|落实|开展|组织|召开|制定|建立/y;
/** A clause's start before 我: a mark, a line start, or a year (2024年, 2024年度, 2024年以来). */
const YEAR_BEFORE = /\d{4}年(?:度|以来)?$/;
/** Characters shown after 我 so a reader can find it. */
const SIDE = 4;

export function findLoneFirstPerson(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  // One search per 我 (most reports write it only as 我镇/我县), not a pattern over the text.
  for (let i = text.indexOf('我', from); i >= 0; i = text.indexOf('我', i + 1)) {
    const prev = text[i - 1];
    const opens =
      i === 0 ||
      prev === undefined ||
      '，。；：\n'.includes(prev) ||
      YEAR_BEFORE.test(text.slice(Math.max(0, i - 8), i));
    if (!opens) continue;
    VERB_AFTER.lastIndex = i + 1;
    if (!VERB_AFTER.test(text)) continue;
    const end = Math.min(text.length, i + 1 + SIDE);
    out.push(at('typo', i, end, DEFECT_MESSAGES.loneFirstPerson(text.slice(i, end)), 'medium'));
  }
  return out;
}
