import type { Paragraph } from '../spans';
import { type Heading, SECTION_KEYS, type SectionKey } from '../types';

/**
 * The four statutory parts (domain rules §2) found by what headings say, not by their
 * exact wording: reports write 存在的不足 / 问题和原因 / 短板弱项 for the same part.
 */

const CUES: Record<SectionKey, RegExp> = {
  first_responsible_person: /第一责任人|主要负责人.{0,6}履[行职]|履行.{0,12}法治建设.{0,6}职责|述法/,
  shortcomings:
    /存在的?(主要)?(问题|不足|困难|短板|差距)|(问题|困难)(和|与|及)(不足|原因|短板|建议)|不足(之处)?(和|与|及)(原因|问题)|不足$|短板弱项|薄弱环节|差距和不足/,
  next_year_plan:
    /下一?(步|年|年度|阶段)|明年|今后|(工作|主要)(思路|打算|计划|安排|重点|目标)|(思路|打算|计划|安排)$|努力方向|工作谋划|展望/,
  measures_and_results:
    /举措|成效|措施|做法|工作开展情况|工作情况|开展情况|主要工作|取得的?成[效绩]|工作成果|进展情况|推进情况|落实情况/,
};

/** Which part a heading opens, most specific cue first. */
export function sectionOfHeading(text: string): SectionKey | undefined {
  const body = text.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.]?/, '');
  for (const key of [
    'first_responsible_person',
    'shortcomings',
    'next_year_plan',
    'measures_and_results',
  ] as const) {
    if (CUES[key].test(body)) return key;
  }
  return undefined;
}

export interface SectionRange {
  key: SectionKey;
  start: number;
  end: number;
}

/**
 * Marks headings with their part and returns the parts' ranges. Top-level headings that
 * name no part but come before the shortcomings are the measures part (reports often
 * title each measure instead of the whole part).
 */
export function findSections(
  headings: Heading[],
  paras: readonly Paragraph[],
  textLength: number,
  bodyStart: number,
): { present: Record<SectionKey, boolean>; ranges: SectionRange[] } {
  const present = Object.fromEntries(SECTION_KEYS.map((k) => [k, false])) as Record<SectionKey, boolean>;
  const ranges: SectionRange[] = [];
  const top = headings.filter((h) => h.level === 1);
  for (const h of headings) {
    const key = sectionOfHeading(h.text);
    // Below the top level only the responsible-person part is a part of its own.
    if (key && (h.level === 1 || key === 'first_responsible_person' || top.length === 0)) h.section = key;
  }
  let seenLater = false;
  for (const h of top) {
    if (h.section === 'shortcomings' || h.section === 'next_year_plan') seenLater = true;
    if (!h.section && !seenLater) h.section = 'measures_and_results';
  }
  const marked = headings.filter((h) => h.section !== undefined);
  for (const h of marked) {
    const next = headings.find((o) => o.start > h.start && o.level <= h.level);
    ranges.push({ key: h.section as SectionKey, start: h.start, end: next?.start ?? textLength });
    present[h.section as SectionKey] = true;
  }
  if (!present.first_responsible_person) {
    present.first_responsible_person = paras.some(
      (p) => /第一责任人/.test(p.text) && /履行|履职|职责/.test(p.text) && p.start >= bodyStart,
    );
  }
  if (!present.shortcomings)
    present.shortcomings = paras.some((p) => p.start >= bodyStart && deficiencyWords(p.text) >= 3);
  if (!present.measures_and_results && top.length === 0) {
    const bodyChars = paras.reduce((n, p) => n + (p.start >= bodyStart ? p.text.length : 0), 0);
    present.measures_and_results = bodyChars > 300;
  }
  return { present, ranges };
}

const DEFICIENCY =
  /不够|不足|有待|欠缺|缺乏|薄弱|不高|滞后|不强|淡薄|参差不齐|不到位|不完善|不健全|短板|差距|不及时|不规范|较慢|进程慢/g;

/** A paragraph naming several weaknesses is the shortcomings part even without its heading. */
function deficiencyWords(s: string): number {
  return new Set(s.match(DEFICIENCY) ?? []).size;
}

/** The part that contains `pos`, preferring the innermost marked heading. */
export function sectionAt(ranges: readonly SectionRange[], pos: number): SectionKey | undefined {
  let best: SectionRange | undefined;
  for (const r of ranges) if (r.start <= pos && pos < r.end && (!best || r.start >= best.start)) best = r;
  return best?.key;
}
