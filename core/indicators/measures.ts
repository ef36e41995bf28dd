/**
 * Measure words (量词) reports use after a number, grouped by what they count. A key
 * accepts a group, so "6场次" and "6次" both read as sessions while "6件" never does.
 */

export const SESSIONS = ['次', '场', '场次', '期', '轮', '堂', '次数'] as const;
export const PEOPLE = ['人', '名', '位'] as const;
export const PERSON_TIMES = ['人次'] as const;
export const CASES = ['件', '起', '宗', '例', '项', '单'] as const;
export const COPIES = ['份', '册', '张', '本', '套', '袋'] as const;
export const POSTERS = ['条', '幅', '块', '张', '份', '处', '面'] as const;
export const ITEMS = ['条', '篇', '则', '期'] as const;
export const ORGANISATIONS = ['个', '家', '处'] as const;
export const BATCHES = ['批次', '批'] as const;
export const PERCENT = ['%'] as const;
export const MONEY = ['万元', '元'] as const;

/** Factor that turns a value written with `measure` into the catalog unit (元 → 万元). */
export function measureFactor(measure: string): number {
  return measure === '元' ? 1e-4 : 1;
}
