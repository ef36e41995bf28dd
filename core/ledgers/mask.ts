import { MASKERS } from './personal';
import { allFields } from './record';
import type { FieldDef, LedgerKind, PersonalFormat, RecordData } from './types';

/**
 * Which personal formats to hide. Staff see names (they work with the people), never ID
 * numbers, phones or addresses unless they ask to reveal them; the public sees none of it.
 */
export type MaskLevel = 'none' | 'staff' | 'public';

const HIDDEN: Record<MaskLevel, ReadonlySet<PersonalFormat>> = {
  none: new Set(),
  staff: new Set(['id_number', 'phone', 'address']),
  public: new Set(['id_number', 'phone', 'address', 'name']),
};

/** Whether an audience is shown a personal format masked (names: only the public). */
export const hides = (level: MaskLevel, format: PersonalFormat) => HIDDEN[level].has(format);

function maskValue(f: FieldDef, v: unknown, hidden: ReadonlySet<PersonalFormat>): unknown {
  if (f.type === 'table') {
    if (!Array.isArray(v)) return v;
    return v.map((row) => {
      const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
      for (const c of f.columns) out[c.key] = maskValue(c, out[c.key], hidden);
      return out;
    });
  }
  const personal = 'personal' in f ? f.personal : undefined;
  if (!personal || !hidden.has(personal) || typeof v !== 'string') return v;
  return MASKERS[personal](v);
}

/** A record's data with personal fields masked for the given audience (fields of its actions too). */
export function maskData(kind: LedgerKind, data: RecordData, level: MaskLevel): RecordData {
  if (level === 'none') return data;
  const hidden = HIDDEN[level];
  const out: RecordData = { ...data };
  for (const f of allFields(kind)) {
    if (f.key in out) out[f.key] = maskValue(f, out[f.key], hidden) as RecordData[string];
  }
  return out;
}
