import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * GB/T 9704-2012《党政机关公文格式》7.2.3: 发文字号 = 机关代字 + 年份 + 发文顺序号, the year in
 * 六角括号 〔〕 (e.g. 某政发〔2024〕3号).
 */
const WRONG_BRACKETS = /[[［【（(〖](?:19|20)\d{2}[\]］】）)〗]\s*\d{1,4}\s*号/g;
/** 〔…〕 with a year that is not four digits, or no serial number, or a number without 号. */
const GARBLED =
  /〔(?:(\d{1,3}|\d{5,})〕\d*号?|((?:19|20)\d{2})〕(?!\s*\d)|((?:19|20)\d{2})〕\s*\d{1,4}(?![\d号]))/g;
/**
 * One bracket lost: 某发〔20212号 (the 〕 dropped, year and serial number run together) or
 * 某发2021〕2号 (the 〔 dropped). The second form's look-behind (a Chinese character before the
 * year) is written after the year's first two digits, so the pattern starts with 〔, 1 or 2
 * and the engine skips every other position; a leading look-behind was tried at every one.
 */
const LOST_BRACKET = /〔(?:19|20)\d{2}\d{1,4}号|(?:19|20)(?<=[\u4e00-\u9fa5]\d\d)\d{2}〕\s*\d{1,4}号/g;
const CITED = /〔((?:19|20)\d{2})〕\s*\d{1,4}\s*号/g;
/**
 * Both brackets and 号 lost: a document's number in the parentheses after its title holds the
 * agency code run straight into year and serial number (《…通知》（青委法20239）). The code ends
 * in one of the characters agency codes end in (发, 办, 委, 法, 函 …); the year is its first four
 * digits.
 */
const NO_BRACKETS = /》（([\u4e00-\u9fa5]{2,10}?[发办委法函字文通规令呈])((?:19|20)\d{2})(\d{1,4})）/g;

/** Start of the issuing agency's code before a number (青政发〔…〕): up to ten Chinese characters back. */
function agencyStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < 10 && /[\u4e00-\u9fa5]/.test(text[s - 1] ?? '')) s--;
  // The verb that cites the number (按照青政发…, 落实镇办发…) is no part of the code.
  const lead = /^.*(?:按照|根据|依据|落实|执行|参照|印发|转发|对照|结合|贯彻)/.exec(text.slice(s, i));
  return lead && s + lead[0].length < i ? s + lead[0].length : s;
}

export function findDocNumberDefects(text: string, reportYear: number | null): NormDefect[] {
  const out: NormDefect[] = [];
  // Anchored on the bracket, then widened to the agency code: a pattern that starts with the
  // code's characters is tried at every Chinese character of the report.
  for (const m of text.matchAll(WRONG_BRACKETS)) {
    const b = m.index ?? 0;
    const i = agencyStart(text, b);
    if (i === b) continue;
    // Web copies often swap the brackets; a hint only.
    const found = text.slice(i, b + m[0].length);
    out.push(at('typo', i, b + m[0].length, DEFECT_MESSAGES.docNumberBrackets(found), 'low'));
  }
  for (const m of text.matchAll(GARBLED)) {
    const b = m.index ?? 0;
    const i = agencyStart(text, b);
    if (i === b) continue;
    const found = text.slice(i, b + m[0].length);
    out.push(at('typo', i, b + m[0].length, DEFECT_MESSAGES.docNumberGarbled(found), 'medium'));
  }
  for (const m of text.matchAll(LOST_BRACKET)) {
    const b = m.index ?? 0;
    const i = agencyStart(text, b);
    if (i === b) continue;
    const found = text.slice(i, b + m[0].length);
    const year = /(?:19|20)\d{2}/.exec(m[0])?.[0] ?? '';
    const serial = m[0].slice(m[0].indexOf(year) + year.length).replace(/[〕\s号]/g, '');
    const meant = `${text.slice(i, b)}〔${year}〕${serial}号`;
    out.push(at('typo', i, b + m[0].length, DEFECT_MESSAGES.docNumberLostBracket(found, meant), 'medium'));
  }
  if (text.includes('》（'))
    for (const m of text.matchAll(NO_BRACKETS)) {
      const i = (m.index ?? 0) + 2;
      const found = `${m[1]}${m[2]}${m[3]}`;
      const meant = `${m[1]}〔${m[2]}〕${m[3]}号`;
      out.push(at('typo', i, i + found.length, DEFECT_MESSAGES.docNumberNoBrackets(found, meant), 'medium'));
    }
  if (reportYear !== null) {
    for (const m of text.matchAll(CITED)) {
      const y = Number(m[1]);
      // A report is signed early in the next year, so a document of that year may be cited.
      if (y > reportYear + 1) {
        const i = m.index ?? 0;
        out.push(
          at('year_mismatch', i, i + m[0].length, DEFECT_MESSAGES.docNumberLater(y, reportYear), 'medium'),
        );
      }
    }
  }
  return out;
}
