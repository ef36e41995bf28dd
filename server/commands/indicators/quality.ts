import { formatDay, parseDay } from '../../../core/calendar/dates';
import type { MeasureValue } from '../../../core/indicators';
import { LEDGER_KINDS, ledgerKind } from '../../../core/ledgers';
import type { QualityKind } from '../../repositories/indicatorsRepo';

/** Days after which a record still open counts as never closed. */
export const STALE_DAYS = 60;

export function daysBefore(day: string, n: number): string {
  return formatDay(parseDay(day) - n);
}

/** The kinds whose records feed indicators, with what their quality is judged by. */
export const QUALITY_KINDS: QualityKind[] = LEDGER_KINDS.filter((k) => k.feeds.length > 0).map((k) => ({
  kind: k.kind,
  required: k.fields.filter((f) => f.required).map((f) => f.key),
  open: k.actions.some((a) => a.to) ? k.states.filter((s) => !s.final).map((s) => s.key) : [],
}));

/** What may make the figures wrong: empty required fields, records never closed, late entry. */
export function qualityFindings(raw: ReadonlyMap<string, MeasureValue>) {
  return QUALITY_KINDS.flatMap(({ kind }) => {
    const label = ledgerKind(kind)?.label ?? kind;
    const n = (what: string) => Number(raw.get(`quality:${kind}:${what}`) ?? 0);
    return [
      { kind, what: 'missing' as const, message: `${label}：必填项为空的记录`, count: n('missing') },
      {
        kind,
        what: 'unclosed' as const,
        message: `${label}：登记已超过${STALE_DAYS}天仍未办结的记录`,
        count: n('unclosed'),
      },
      { kind, what: 'late' as const, message: `${label}：事件发生30天后才录入的记录`, count: n('late') },
    ].filter((f) => f.count > 0);
  });
}
