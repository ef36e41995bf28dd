import { chineseDate } from '../../calendar';
import type { RefField, RefRecord } from '../types';
import { certifiedOn } from './officer';

/** The officers on an enforcement act: at least two (行政处罚法 第四十二条), picked from the register. */
export const officersField = (label = '执法人员'): RefField => ({
  key: 'officers',
  label,
  type: 'ref',
  kind: 'officer',
  multiple: true,
  required: true,
  minItems: 2,
  help: '至少两名持有有效执法证件的执法人员（行政处罚法第四十二条）',
});

/**
 * Refuses an act unless at least two of its officers held a valid certificate on its date —
 * naming those who did not, so the clerk knows whom to replace.
 */
export function twoCertifiedOfficers(officers: RefRecord[], day: unknown): string | null {
  if (typeof day !== 'string') return null;
  const invalid = officers.filter((o) => !certifiedOn(o.data, o.state, day));
  const valid = officers.length - invalid.length;
  if (valid >= 2) return null;
  const names = invalid.map((o) => o.title).join('、');
  return `执法时须有至少两名持有效执法证件的人员（行政处罚法第四十二条）；${chineseDate(day)}有效的仅${valid}人${
    names ? `，${names}的证件当日无效、已过期或已暂停` : ''
  }`;
}
