import { useQueries } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { type FieldDef, ledgerKind, type RefRecord } from '../../../../core/ledgers';
import { type LedgerRecord, listRefCandidates } from '../../api/ledgers';

export interface RefOption {
  value: string;
  label: ReactNode;
  /** The record's title: shown on the chosen tag's tooltip and searched. */
  title: string;
  /** Title and state, for searching. */
  text: string;
}

export interface RefOptions {
  /** Choices for a ref field of this kind: the township's records, their state shown. */
  options: (kind: string) => RefOption[];
  /** The loaded records by id, for the same guards and checks the server runs. */
  records: ReadonlyMap<string, RefRecord>;
  /** A record's title, from the loaded options or the response's `refs` map. */
  title: (id: string) => string | undefined;
  loading: boolean;
}

/** The kinds ref fields among these point to. */
export function refKinds(fields: readonly FieldDef[]): string[] {
  return [...new Set(fields.flatMap((f) => (f.type === 'ref' ? [f.kind] : [])))];
}

/** Is a record in a state that makes it a doubtful choice (已调离, 暂停执法, 已取消)? */
function dimmed(r: Pick<LedgerRecord, 'kind' | 'state'>): boolean {
  const def = ledgerKind(r.kind)?.states.find((s) => s.key === r.state);
  return def?.final === true || def?.tone === 'warning';
}

export function refOption(r: LedgerRecord): RefOption {
  const multiState = (ledgerKind(r.kind)?.states.length ?? 0) > 1;
  const dim = dimmed(r);
  return {
    value: r.id,
    title: r.title,
    text: `${r.title} ${r.number} ${multiState ? r.stateLabel : ''}`,
    label: (
      <Typography.Text type={dim ? 'secondary' : undefined}>
        {r.title}
        {multiState ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            · {r.stateLabel}
          </Typography.Text>
        ) : null}
      </Typography.Text>
    ),
  };
}

/**
 * Records of the kinds these fields refer to, in one township (GET /api/ledgers/<kind>?unit=…),
 * as Select options and as the `refRecords` core's validation and plans take.
 */
export function useRefOptions(
  fields: readonly FieldDef[],
  unitId: string | undefined,
  known?: Readonly<Record<string, string>>,
): RefOptions {
  const kinds = refKinds(fields);
  const results = useQueries({
    queries: kinds.map((k) => ({
      queryKey: ['ledgers', k, 'ref-candidates', unitId ?? ''],
      queryFn: () => listRefCandidates(k, unitId ?? ''),
      enabled: unitId !== undefined && unitId !== '',
      staleTime: 30_000,
    })),
  });
  // at most a few hundred records: cheap enough to lay out on every render
  const byKind = new Map<string, LedgerRecord[]>();
  const records = new Map<string, RefRecord>();
  kinds.forEach((k, i) => {
    const items = results[i]?.data?.items ?? [];
    byKind.set(k, items);
    for (const r of items)
      records.set(r.id, { id: r.id, kind: r.kind, title: r.title, state: r.state, data: r.data });
  });
  return {
    options: (kind) => (byKind.get(kind) ?? []).map(refOption),
    records,
    title: (id) => records.get(id)?.title ?? known?.[id],
    loading: results.some((r) => r.isFetching),
  };
}
