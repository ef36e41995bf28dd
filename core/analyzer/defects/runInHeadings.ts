import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A numbered heading run straight into its body with no stop and no line break
 * (1.提升队伍素质青山镇认真组织…, （二）健全决策机制，提升履职水平着力健全…): the title ends, and
 * the body's first clause opens with the unit as its subject or with an adverb that opens a
 * clause, with nothing between them. A heading's own clauses are short; only the first
 * sentence of a paragraph that goes on well past a heading's length is read.
 */
const NUMBER =
  /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．](?!\d)|[一二三四五六七八九十]{1,3}、)/;
/** A sentence's end; the run-in sentence is the text before the first one. */
const SENTENCE_END = /[。；;！？!?\n]/;
/** Shortest first sentence that is read: a heading alone is rarely longer. */
const MIN_SENTENCE = 28;
const MIN_SUBJECT_SENTENCE = 16;
/** The opener is looked for this far into the paragraph, past the heading's first words. */
const OPENER_FROM = 6;
const OPENER_TO = 32;
/**
 * The last word of a heading's title (水平, 机制, 走深 …), then an adverb that wants a person or
 * a body as its subject (着力, 认真, 积极 …), so it cannot go on the title's noun: 水平不断提升 is a
 * sentence, 水平着力健全 is a title run into its body. Both lists are the genre's heading and
 * sentence vocabulary, not a report's wording.
 */
const TITLE_THEN_ADVERB =
  /(?:水平|能力|机制|体系|格局|氛围|意识|根基|基础|保障|实效|质效|效能|素养|走深|走实|见效|落地|落细)(?=着力|始终坚持|认真|积极|大力|充分发挥)/g;
/** The subject of a body's first clause: the unit itself, then its organs or an adverb. */
const SUBJECT_NEXT =
  /^(?:党委、|党委和|党委政府|党工委、|党工委和|认真|始终|高度重视|积极|严格|扎实|切实|着力)/;
const WE = /我(?:镇|乡|街道|区|县)|本(?:镇|乡|街道)/g;
const WE_AT = /^(?:我(?:镇|乡|街道|区|县)|本(?:镇|乡|街道))/;

export function findRunInHeadings(
  paras: readonly Paragraph[],
  bodyStart: number,
  unit: string | null,
): NormDefect[] {
  const out: NormDefect[] = [];
  const own = unit && unit.length >= 2 ? unit : null;
  for (const p of paras) {
    if (p.start < bodyStart) continue;
    const n = NUMBER.exec(p.text);
    if (!n) continue;
    const from = n[0].length;
    const stop = p.text.slice(from).search(SENTENCE_END);
    const sentence = stop < 0 ? p.text.slice(from) : p.text.slice(from, from + stop);
    // The unit as a clause's subject is sure enough to read a shorter or a last, cut-off paragraph.
    if (sentence.length < MIN_SUBJECT_SENTENCE) continue;
    const goesOn = sentence.length >= MIN_SENTENCE && p.text.length - from > sentence.length;
    const head = sentence.slice(0, OPENER_TO);
    let cut = -1;
    // The unit named as the subject of the body's first clause, right after the title's last word.
    const subjects: number[] = [];
    if (own) for (let i = head.indexOf(own); i >= 0; i = head.indexOf(own, i + 1)) subjects.push(i);
    for (const m of head.matchAll(WE)) subjects.push(m.index ?? 0);
    for (const i of subjects) {
      const w = own && head.startsWith(own, i) ? own : (WE_AT.exec(head.slice(i))?.[0] ?? '');
      if (i < OPENER_FROM || !/[\u4e00-\u9fa5]/.test(head[i - 1] ?? '')) continue;
      if (SUBJECT_NEXT.test(sentence.slice(i + w.length))) {
        cut = i;
        break;
      }
    }
    if (cut < 0 && goesOn)
      for (const m of head.matchAll(TITLE_THEN_ADVERB)) {
        const i = (m.index ?? 0) + m[0].length;
        if (i >= OPENER_FROM) {
          cut = i;
          break;
        }
      }
    if (cut < 0) continue;
    const s = p.start + from + Math.max(0, cut - 4);
    const e = p.start + from + Math.min(sentence.length, cut + 4);
    const title = sentence.slice(0, cut);
    out.push(at('typo', s, e, DEFECT_MESSAGES.runInHeading(title), 'medium'));
  }
  return out;
}
