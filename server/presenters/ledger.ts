import {
  type ClockView,
  findAction,
  type LedgerKind,
  type MaskLevel,
  maskData,
  type RecordData,
  stateLabel,
} from '../../core/ledgers';
import type { StoredEvent } from '../commands/ledgers/ledgerContext';
import type { LedgerRowWithUnit } from '../repositories/ledgersRepo';

/** A record as every ledger route returns it; personal data masked here and nowhere else. */
export function presentRecord(
  kind: LedgerKind,
  r: LedgerRowWithUnit,
  clocks: ClockView[],
  mask: MaskLevel = 'staff',
) {
  const row = r.record;
  return {
    id: row.id,
    kind: row.kind,
    unitId: row.unitId,
    unitName: r.unitName,
    number: row.number,
    title: row.title,
    state: row.state,
    stateLabel: stateLabel(kind, row.state),
    version: row.version,
    data: maskData(kind, row.data as RecordData, mask),
    clocks,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentEvents(
  kind: LedgerKind,
  events: StoredEvent[],
  actorNames: Map<string, string>,
  mask: MaskLevel = 'staff',
) {
  return events.map((e) => ({
    action: e.action,
    label: findAction(kind, e.action)?.label ?? e.action,
    on: e.on,
    at: e.at,
    actorName: e.actorId ? (actorNames.get(e.actorId) ?? null) : null,
    payload: maskData(kind, e.payload, mask),
    warning: e.warning ?? null,
  }));
}

export function presentAttachment(a: {
  id: string;
  name: string;
  size: number;
  mime: string;
  sha256: string;
  event: number | null;
  createdAt: Date;
}) {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    mime: a.mime,
    sha256: a.sha256,
    /** Index of the workflow step this file is evidence of (null: the record as a whole). */
    event: a.event,
    createdAt: a.createdAt.toISOString(),
  };
}
