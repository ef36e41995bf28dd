import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import type { FieldDef, FieldIssue } from '../../../../core/ledgers';
import { errorMessage, isApiError } from '../../api/client';
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

/** Puts the issues on their fields; returns the messages no field of the form could show. */
export function applyIssues(
  form: FormInstance,
  issues: readonly FieldIssue[],
  fields: readonly FieldDef[],
): string[] {
  const known = new Set(fields.map((f) => f.key));
  const shown = issuesByPath(issues).filter((e) => known.has(String(e.name[0])));
  form.setFields(shown);
  return issues.filter((i) => !known.has(String(fieldPath(i.field)[0]))).map((i) => i.message);
}

/** A server error: on its field when the form has it, else through `notify`. */
export function showServerError(
  form: FormInstance,
  error: unknown,
  fields: readonly FieldDef[],
  notify: (text: string) => void,
): void {
  if (isApiError(error) && error.field) {
    const rest = applyIssues(form, [{ field: error.field, message: error.message }], fields);
    if (rest.length === 0) return;
  }
  notify(errorMessage(error));
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
