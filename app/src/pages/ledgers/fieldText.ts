import { chineseDate } from '../../../../core/calendar';
import type { FieldDef, FieldValue } from '../../../../core/ledgers';

/** Resolves a village id to its name (the record stores ids). */
export type VillageName = (id: string) => string | undefined;

/** Resolves a referenced record's id to its title (the response's `refs` map). */
export type RefTitle = (id: string) => string | undefined;

const EMPTY = '—';

function optionLabel(options: readonly { value: string; label: string }[], v: unknown): string {
  return options.find((o) => o.value === v)?.label ?? String(v);
}

/**
 * A field's value as text for lists, details and the timeline. Tables give their row count
 * here; the detail page lays their rows out in a table of its own.
 */
export function fieldText(
  field: FieldDef,
  value: FieldValue | undefined,
  villageName?: VillageName,
  refTitle?: RefTitle,
): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  switch (field.type) {
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? chineseDate(value)
        : String(value);
    case 'select':
      return optionLabel(field.options, value);
    case 'multiselect':
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => optionLabel(field.options, v)).join('、')
        : EMPTY;
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'integer':
      return `${typeof value === 'number' ? value.toLocaleString('zh-CN') : String(value)}${field.suffix ?? ''}`;
    case 'village': {
      // one id, or a list of ids for a `multiple` field (the villages a legal advisor serves)
      const ids = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
      return ids.length > 0 ? ids.map((id) => villageName?.(id) ?? '（未知村社区）').join('、') : EMPTY;
    }
    case 'table':
      return Array.isArray(value) ? `${value.length}条` : EMPTY;
    case 'ref': {
      // a record no longer listed is named as such, never by its id
      const ids = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
      return ids.length > 0 ? ids.map((id) => refTitle?.(id) ?? '（已删除的记录）').join('、') : EMPTY;
    }
    default:
      return String(value);
  }
}

/** A short text of a table value for list cells: the first column of each row (当事人: 张三、李四). */
export function tableSummary(field: FieldDef, value: FieldValue | undefined): string {
  if (field.type !== 'table' || !Array.isArray(value) || value.length === 0) return EMPTY;
  const first = field.columns[0];
  if (!first) return `${value.length}条`;
  const names = value.map((row) => fieldText(first, (row as Record<string, FieldValue>)[first.key]));
  return names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}条` : names.join('、');
}
