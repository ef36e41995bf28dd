import dayjs from 'dayjs';
import type { FieldDef, FieldIssue } from '../../../../core/ledgers';
import { isApiError } from '../../api/client';
import { fieldPath } from './fieldPath';

/** Today in the user's calendar, as the core checks want it. */
export const today = () => dayjs().format('YYYY-MM-DD');

/** Groups issues by form path, so two messages on one field both show. */
export function issuesByPath(
  issues: readonly FieldIssue[],
): { name: (string | number)[]; errors: string[] }[] {
  const map = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const i of issues) {
    const name = fieldPath(i.field);
    const key = JSON.stringify(name);
    const hit = map.get(key);
    if (hit) hit.errors.push(i.message);
    else map.set(key, { name, errors: [i.message] });
  }
  return [...map.values()];
}

/** The form errors to set after a check, and which fields show one afterwards. */
export interface IssueUpdate {
  /** every entry replaces a field's errors; an empty list clears one that is now valid */
  set: { name: (string | number)[]; errors: string[] }[];
  /** keys (JSON of the name path) of the fields that show an error after the update */
  shown: Set<string>;
  /** messages no field of the form can show */
  rest: string[];
}

/**
 * Works out the form errors after a check (issue 15 §1). antd keeps errors set by `setFields`
 * until they are set again — our fields have no antd rules, so typing never clears them — hence
 * every check also clears the fields that showed an error and have none now.
 * `submit` shows all issues; `change` (while the user types) only refreshes the fields already
 * showing an error, so a form half filled in is not covered in red before it is submitted.
 */
export function issueUpdate(
  issues: readonly FieldIssue[],
  fields: readonly FieldDef[],
  shownBefore: ReadonlySet<string>,
  mode: 'submit' | 'change',
): IssueUpdate {
  const known = new Set(fields.map((f) => f.key));
  const grouped = issuesByPath(issues).filter((e) => known.has(String(e.name[0])));
  const byKey = new Map(grouped.map((g) => [JSON.stringify(g.name), g]));
  const set: IssueUpdate['set'] = [];
  const shown = new Set<string>();
  for (const [key, g] of byKey) {
    if (mode === 'change' && !shownBefore.has(key)) continue;
    set.push(g);
    shown.add(key);
  }
  for (const key of shownBefore) {
    if (!byKey.has(key)) set.push({ name: JSON.parse(key) as (string | number)[], errors: [] });
  }
  const rest = issues.filter((i) => !known.has(String(fieldPath(i.field)[0]))).map((i) => i.message);
  return { set, shown, rest };
}

export const isStale = (e: unknown) => isApiError(e) && e.code === 'STALE_VERSION';
export const isRefused = (e: unknown) => isApiError(e) && e.code === 'ACTION_REFUSED';

/** Does the kind hold personal data (masked in responses)? */
export function hasPersonalFields(fields: readonly FieldDef[]): boolean {
  return fields.some(
    (f) =>
      (f.type === 'text' && f.personal) ||
      (f.type === 'table' && f.columns.some((c) => 'personal' in c && c.personal)),
  );
}
