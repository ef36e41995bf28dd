import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * Wrong or lost words that only their collocation shows (issue 12 §3). Each pattern names a
 * word whose own grammar rules out what follows it:
 * - 履职 is a verb with its object inside (履行职责): it takes no second object, so 履职…职责 /
 *   责任 / 义务 in one clause is 履行 miswritten (切实履职推进法治建设第一责任人职责). 履职尽责,
 *   履职能力 and a 职责 after a comma are left alone.
 * - 提升/提高/增强 take a measure (满意度, 获得感, 幸福感, 知晓率), not the bare adjective: 提升了群众
 *   的满意。 lost 度. 赢得/得到群众的满意 are right and not matched.
 * - 严格 is no verb: 严格“第一议题”， with a quoted name and a stop right after lost its verb and
 *   noun (严格落实“第一议题”制度).
 */
const LUZHI_OBJECT = /履职(?!尽责|履责)[^，,。；;：:！？\n]{0,18}?(?:职责|责任|义务)/g;
const MEASURE_LOST =
  /(?:提升|提高|增强|增进)了?[^，,。；;、\n]{0,10}?(满意|获得|幸福|知晓)(?=[，,。；;、\n])/g;
// The clause-start test is made after a match: a pattern opening with a look-behind is tried at
// every character (100 µs a report against 7).
const BARE_YANGE = /严格“[^”\n]{1,12}”(?=[，,。；;])/g;
const CLAUSE_START = /[，,。；;：:\n]/;

/** What each measure word takes. */
const MEASURE: Readonly<Record<string, string>> = {
  满意: '满意度',
  获得: '获得感',
  幸福: '幸福感',
  知晓: '知晓率',
};

export function findCollocationDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(LUZHI_OBJECT)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + 2, DEFECT_MESSAGES.luzhiObject(), 'medium'));
  }
  for (const m of text.matchAll(MEASURE_LOST)) {
    const word = m[1] as string;
    const end = (m.index ?? 0) + m[0].length;
    // 满意 as a word of its own closing a longer noun (人民满意) is the outline's goal list.
    if (word === '满意' && text.slice(end - 4, end - 2) === '人民') continue;
    out.push(
      at('typo', end - word.length, end, DEFECT_MESSAGES.measureLost(word, MEASURE[word] ?? word), 'medium'),
    );
  }
  for (const m of text.matchAll(BARE_YANGE)) {
    const i = m.index ?? 0;
    if (i === 0 || !CLAUSE_START.test(text[i - 1] as string)) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.bareYange(m[0]), 'medium'));
  }
  return out;
}
