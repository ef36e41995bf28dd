import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * GB/T 9704-2012《党政机关公文格式》7.2.3: 发文字号 = 机关代字 + 年份 + 发文顺序号, the year in
 * 六角括号 〔〕 (e.g. 某政发〔2024〕3号).
 */
const WRONG_BRACKETS = /[\u4e00-\u9fa5]{1,10}([[［【（(〖])((?:19|20)\d{2})([\]］】）)〗])\s*\d{1,4}\s*号/g;
/** 〔…〕 with a year that is not four digits, or no serial number, or a number without 号. */
const GARBLED =
  /[\u4e00-\u9fa5]{1,10}〔(?:(\d{1,3}|\d{5,})〕\d*号?|((?:19|20)\d{2})〕(?!\s*\d)|((?:19|20)\d{2})〕\s*\d{1,4}(?![\d号]))/g;
const CITED = /〔((?:19|20)\d{2})〕\s*\d{1,4}\s*号/g;

export function findDocNumberDefects(text: string, reportYear: number | null): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(WRONG_BRACKETS)) {
    const i = m.index ?? 0;
    // Web copies often swap the brackets; a hint only.
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.docNumberBrackets(m[0]), 'low'));
  }
  for (const m of text.matchAll(GARBLED)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.docNumberGarbled(m[0]), 'medium'));
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
