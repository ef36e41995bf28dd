import type { LedgerSetting } from '../../../api/ledgers';

/** MMDD → month and day (301 → 3, 1). */
export function monthDayOf(mmdd: number): { month: number; day: number } {
  return { month: Math.floor(mmdd / 100), day: mmdd % 100 };
}

/** A setting's value as the admin reads it: 3月1日, 是/否, 10,000元, 3个工作日. */
export function settingValueText(s: Pick<LedgerSetting, 'input' | 'unit'>, value: number): string {
  if (s.input === 'monthDay') {
    const { month, day } = monthDayOf(value);
    return `${month}月${day}日`;
  }
  if (s.input === 'switch') return value === 1 ? '是' : '否';
  return `${value.toLocaleString('zh-CN')}${s.unit}`;
}

/** The range a value may take, in the same words. */
export function settingRangeText(s: Pick<LedgerSetting, 'input' | 'unit' | 'min' | 'max'>): string {
  if (s.input === 'switch') return '是或否';
  return `${settingValueText(s, s.min)}～${settingValueText(s, s.max)}`;
}

/** What saving did to the open deadlines. */
export function recomputedText(n: number): string {
  return `已重新计算${n}条记录的期限`;
}
