import crypto from 'node:crypto';
import { AppError } from '../../../core/errors';
import {
  applyStep,
  editableIn,
  type LedgerKind,
  maskData,
  planAction,
  type RecordData,
  type RefRecord,
  searchText,
  validateRecord,
  worksOn,
} from '../../../core/ledgers';
import { can } from '../../../core/policy';
import type { Db } from '../../db/client';
import type { ledgerRecords } from '../../db/schema';
import { appendAudit } from '../../repositories/auditRepo';
import { insertClockRows, replaceClocks } from '../../repositories/ledgerClocksRepo';
import {
  insertRecordRows,
  type LedgerRow,
  type LedgerRowWithUnit,
  nextSeq,
  refCandidates,
  updateRecordVersioned,
} from '../../repositories/ledgersRepo';
import { getUnit } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import {
  clockRows,
  eventsOf,
  type LedgerEnv,
  ledgerEnv,
  loadLedgerRecord,
  type StoredEvent,
  syncClocks,
  validationError,
  villagesOf,
} from './ledgerContext';

export const recordNumber = (kind: LedgerKind, year: number, seq: number) =>
  `${kind.numberPrefix}〔${year}〕${seq}号`;

/** The township a record is registered in: in the actor's scope, and a township. */
export async function targetTownship(ctx: CommandContext, unitId: string | undefined) {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'unit.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  if (unit.level !== 'township') {
    throw new AppError('VALIDATION', { field: 'unit', detail: '台账记录应登记在乡镇（街道），请先选择乡镇' });
  }
  return unit;
}

export interface Validators {
  today: string;
  villages: Set<string>;
  villageByName: Map<string, string>;
  refRecords: Map<string, RefRecord>;
}

/** Kinds a kind's ref fields (its own and its actions') point to. */
function referencedKinds(kind: LedgerKind): string[] {
  const fields = [...kind.fields, ...kind.actions.flatMap((a) => a.fields ?? [])];
  return [...new Set(fields.flatMap((f) => (f.type === 'ref' ? [f.kind] : [])))];
}

export async function validatorsFor(
  db: Db,
  townshipId: string,
  today: string,
  kind?: LedgerKind,
): Promise<Validators> {
  const [villages, refs] = await Promise.all([
    villagesOf(db, townshipId),
    kind ? refCandidates(db, townshipId, referencedKinds(kind)) : Promise.resolve([]),
  ]);
  return {
    today,
    villages: new Set(villages.map((v) => v.id)),
    villageByName: new Map(villages.map((v) => [v.name, v.id])),
    refRecords: new Map(refs.map((r) => [r.id, { ...r, data: r.data as RecordData }])),
  };
}

function mayEdit(ctx: CommandContext, kind: LedgerKind, path: string): void {
  if (!can(ctx.actor, 'ledger.work', { path }) || !kind.editors.includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', { detail: `您没有登记或修改“${kind.label}”的权限` });
  }
}

export interface NewRecord {
  values: RecordData;
  state: string;
  sourceKey?: string | null;
  receipt?: string | null;
  createdBy: string | null;
  /** Steps already taken (demo data); a new record normally has none. */
  events?: StoredEvent[];
}

/**
 * Inserts already-validated records of one township in one transaction (create, import,
 * intake), in chunks: a 10,000-row import is a few dozen statements, not tens of thousands.
 */
export async function insertRecords(
  tx: Db,
  kind: LedgerKind,
  unitId: string,
  records: NewRecord[],
  env: LedgerEnv,
  now: Date,
): Promise<LedgerRow[]> {
  const seqs = new Map<number, number>();
  const rows: (typeof ledgerRecords.$inferInsert)[] = [];
  for (const r of records) {
    const date = String(r.values[kind.list.dateField] ?? env.today);
    const year = Number(date.slice(0, 4));
    const seq = seqs.get(year) ?? (await nextSeq(tx, unitId, kind.kind, year));
    seqs.set(year, seq + 1);
    rows.push({
      unitId,
      id: crypto.randomUUID(),
      kind: kind.kind,
      year,
      seq,
      number: recordNumber(kind, year, seq),
      title: kind.list.title(r.values),
      state: r.state,
      eventDate: date,
      data: r.values,
      events: r.events ?? [],
      searchText: searchText(kind, r.values),
      sourceKey: r.sourceKey ?? null,
      receipt: r.receipt ?? null,
      createdBy: r.createdBy,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  }
  const out: LedgerRow[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = await insertRecordRows(tx, rows.slice(i, i + INSERT_CHUNK));
    await insertClockRows(
      tx,
      chunk.flatMap((row) => clockRows(kind, row, env)),
    );
    out.push(...chunk);
  }
  return out;
}

const INSERT_CHUNK = 500;

/** Registers one record typed by township staff. */
export async function ledgerCreator(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { unitId?: string | undefined; values: Record<string, unknown> },
): Promise<LedgerRowWithUnit> {
  if (!kind.editors.includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', { detail: `您没有登记“${kind.label}”的权限` });
  }
  const unit = await targetTownship(ctx, p.unitId);
  mayEdit(ctx, kind, unit.path);
  const env = await ledgerEnv(ctx.db, unit.path, ctx.now);
  const checked = validateRecord(kind, p.values, {
    ...(await validatorsFor(ctx.db, unit.id, env.today, kind)),
    settings: env.settings,
  });
  if (checked.issues.length > 0) throw validationError(checked.issues);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await insertRecords(
      tx,
      kind,
      unit.id,
      [{ values: checked.values, state: kind.initialState, createdBy: ctx.actor.id }],
      env,
      ctx.now,
    );
    if (!created) throw new Error('insert returned nothing');
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'ledger.create',
      entity: 'ledger_record',
      entityId: created.id,
      after: {
        kind: kind.kind,
        number: created.number,
        state: created.state,
        data: maskData(kind, checked.values, 'staff'),
      },
      at: ctx.now,
    });
    return created;
  });
  return { record: row, unitName: unit.name, unitPath: unit.path };
}

/** Edits registration fields while the state allows; a stale version changes nothing. */
export async function ledgerUpdater(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { id: string; version: number; values: Record<string, unknown> },
): Promise<LedgerRowWithUnit> {
  const found = await loadLedgerRecord(ctx, kind, p.id);
  mayEdit(ctx, kind, found.unitPath);
  const current = found.record;
  if (!editableIn(kind, current.state)) {
    throw new AppError('ACTION_REFUSED', {
      detail: `当前状态为“${kind.states.find((s) => s.key === current.state)?.label ?? current.state}”，登记信息已不能修改`,
    });
  }
  if (current.version !== p.version) throw new AppError('STALE_VERSION', { field: 'version' });
  const env = await ledgerEnv(ctx.db, found.unitPath, ctx.now);
  const before = current.data as RecordData;
  const checked = validateRecord(kind, p.values, {
    ...(await validatorsFor(ctx.db, current.unitId, env.today, kind)),
    settings: env.settings,
    partial: true,
    context: before,
  });
  if (checked.issues.length > 0) throw validationError(checked.issues);
  const data: RecordData = { ...before, ...checked.values };
  const changed = Object.keys(checked.values).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(data[k]),
  );
  return ctx.db.transaction(async (tx) => {
    const row = await updateRecordVersioned(tx, current.unitId, current.id, p.version, {
      data,
      title: kind.list.title(data),
      searchText: searchText(kind, data),
      eventDate: String(data[kind.list.dateField] ?? current.eventDate),
      updatedAt: ctx.now,
    });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await syncClocks(tx, kind, row, env);
    const pick = (d: RecordData) =>
      maskData(kind, Object.fromEntries(changed.map((k) => [k, d[k] ?? null])), 'staff');
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: 'ledger.update',
      entity: 'ledger_record',
      entityId: row.id,
      before: pick(before),
      after: pick(data),
      at: ctx.now,
    });
    return { ...found, record: row };
  });
}

/** Why a record in this state may not be deleted at all, or null; the detail shows it on the button. */
export function deleteRefusal(kind: LedgerKind, state: string): string | null {
  if (!kind.undeletable?.states.includes(state)) return null;
  const stateLabel = kind.states.find((s) => s.key === state)?.label ?? state;
  return `该${kind.label}当前状态为“${stateLabel}”，${kind.undeletable.reason}`;
}

/**
 * Soft delete: the record leaves lists and 待办 but stays in the database and the audit chain.
 * A record still in its registration state may go without a reason (a mistyped entry); past
 * registration work has been done on it, so the reason is required and kept in the audit entry.
 */
export async function ledgerDeleter(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { id: string; version: number; reason: string },
) {
  const found = await loadLedgerRecord(ctx, kind, p.id);
  mayEdit(ctx, kind, found.unitPath);
  const state = found.record.state;
  const stateLabel = kind.states.find((s) => s.key === state)?.label ?? state;
  const refused = deleteRefusal(kind, state);
  if (refused) throw new AppError('ACTION_REFUSED', { detail: refused });
  const reason = p.reason.trim();
  if (state !== kind.initialState && reason === '') {
    throw new AppError('VALIDATION', {
      field: 'reason',
      detail: `「删除理由」不能为空：记录已办理至“${stateLabel}”，删除须说明理由`,
    });
  }
  await ctx.db.transaction(async (tx) => {
    const row = await updateRecordVersioned(tx, found.record.unitId, p.id, p.version, {
      deletedAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await replaceClocks(tx, row.unitId, row.id, kind.kind, []); // a deleted record leaves 待办
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: 'ledger.delete',
      entity: 'ledger_record',
      entityId: row.id,
      before: { number: row.number, state: row.state },
      after: reason ? { reason } : null,
      at: ctx.now,
    });
  });
}

/** One workflow step: planned by core (state, role, fields, guard), applied and audited here. */
export async function ledgerActionTaker(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { id: string; action: string; version: number; values: Record<string, unknown> },
): Promise<LedgerRowWithUnit> {
  const found = await loadLedgerRecord(ctx, kind, p.id);
  if (!can(ctx.actor, 'ledger.work', { path: found.unitPath }) || !worksOn(kind, ctx.actor.role)) {
    throw new AppError('FORBIDDEN', { detail: `您没有办理“${kind.label}”的权限` });
  }
  const current = found.record;
  if (current.version !== p.version) throw new AppError('STALE_VERSION', { field: 'version' });
  const env = await ledgerEnv(ctx.db, found.unitPath, ctx.now);
  const events = eventsOf(current);
  const plan = planAction(
    kind,
    { state: current.state, data: current.data as RecordData, events },
    p.action,
    p.values,
    { role: ctx.actor.role, actorId: ctx.actor.id },
    {
      ...(await validatorsFor(ctx.db, current.unitId, env.today, kind)),
      calendar: env.calendar,
      settings: env.settings,
    },
  );
  if (!plan.ok) {
    if (plan.refusal === 'role') throw new AppError('FORBIDDEN', { field: 'action', detail: plan.reason });
    if (plan.issues.length > 0) throw validationError(plan.issues);
    throw new AppError('ACTION_REFUSED', { field: 'action', detail: plan.reason });
  }
  const stored: StoredEvent = { ...plan.event, at: ctx.now.toISOString(), warning: plan.warning };
  const next = applyStep({ state: current.state, data: current.data as RecordData, events }, plan, stored);
  return ctx.db.transaction(async (tx) => {
    const row = await updateRecordVersioned(tx, current.unitId, current.id, p.version, {
      ...next,
      title: kind.list.title(next.data),
      searchText: searchText(kind, next.data),
      updatedAt: ctx.now,
    });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await syncClocks(tx, kind, row, env);
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: `ledger.action.${p.action}`,
      entity: 'ledger_record',
      entityId: row.id,
      before: { state: current.state },
      after: {
        state: row.state,
        on: stored.on,
        payload: maskData(kind, plan.event.payload, 'staff'),
        ...(plan.warning ? { warning: plan.warning } : {}),
      },
      at: ctx.now,
    });
    return { ...found, record: row };
  });
}

/** Township staff asked to see a record's personal data: allowed for their own township, and audited. */
export async function ledgerRevealer(
  ctx: CommandContext,
  kind: LedgerKind,
  found: LedgerRowWithUnit,
): Promise<void> {
  if (!can(ctx.actor, 'ledger.reveal', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  await ctx.db.transaction(async (tx) => {
    await appendAudit(tx, {
      unitId: found.record.unitId,
      actorId: ctx.actor.id,
      action: 'ledger.reveal',
      entity: 'ledger_record',
      entityId: found.record.id,
      after: { kind: kind.kind, number: found.record.number },
      at: ctx.now,
    });
  });
}

export interface BulkOutcome {
  id: string;
  ok: boolean;
  message?: string;
}

/**
 * The same step on many records, only for actions declared `bulk` (no fields, no judgement).
 * Each record is its own transaction: one refusal (a guard, a stale version) leaves the others
 * done, and the answer says which.
 */
export async function ledgerBulkActionTaker(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { action: string; items: { id: string; version: number }[] },
): Promise<BulkOutcome[]> {
  const action = kind.actions.find((a) => a.key === p.action);
  if (!action?.roles.includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', { detail: `您没有办理“${action?.label ?? p.action}”的权限` });
  }
  if (!action.bulk) {
    throw new AppError('ACTION_REFUSED', {
      field: 'action',
      detail: `“${action?.label ?? p.action}”不能批量办理`,
    });
  }
  const out: BulkOutcome[] = [];
  for (const item of p.items) {
    try {
      await ledgerActionTaker(ctx, kind, {
        id: item.id,
        action: p.action,
        version: item.version,
        values: {},
      });
      out.push({ id: item.id, ok: true });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.push({ id: item.id, ok: false, message: e.message });
    }
  }
  return out;
}
