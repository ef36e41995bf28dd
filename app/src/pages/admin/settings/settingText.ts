import type { LedgerSetting } from '../../../api/ledgers';

/** The setting's own name: its label without the kind the 台账 column already shows. */
export function settingLabel(s: Pick<LedgerSetting, 'label'>): string {
  const i = s.label.indexOf('·');
  return i >= 0 ? s.label.slice(i + 1) : s.label;
}

/** What saving did to the open deadlines. */
export function recomputedText(n: number): string {
  return `已重新计算${n}条记录的期限`;
}
