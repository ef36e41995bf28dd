import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import { AppError } from '../../../core/errors';
import { allFields, type LedgerKind, type PersonalFormat, stateLabel } from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { buildTemplate, type ExportRow, parseImport, writeExport } from '../../io/ledgerExcel';
import { appendAudit } from '../../repositories/auditRepo';
import {
  iterateRecords,
  type LedgerRowWithUnit,
  type ListFilter,
  recordTitles,
  sourceKeysTaken,
} from '../../repositories/ledgersRepo';
import { getUnit } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { insertRecords, targetTownship, validatorsFor } from './ledgerCommands';
import { clocksOf, eventsOf, type LedgerEnv, ledgerEnv, villagesOf } from './ledgerContext';

/** The template, with the village dropdown of the user's township (none for county users). */
export async function templateBuilder(ctx: CommandContext, kind: LedgerKind, unitId: string | undefined) {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'ledger.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  const villages = unit.level === 'township' ? await villagesOf(ctx.db, unit.id) : [];
  return buildTemplate(kind, { villages: villages.map((v) => v.name) });
}

/**
 * All or nothing: every row is checked first; one bad row and nothing is saved, with every
 * error listed by row and column. Rows already imported (same content key) are skipped, so
 * importing the same file twice adds nothing the second time.
 */
export async function ledgerImporter(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { unitId?: string | undefined; fileName: string; data: Uint8Array; truncated: boolean },
): Promise<{ imported: number; duplicates: number }> {
  const unit = await targetTownship(ctx, p.unitId);
  if (!can(ctx.actor, 'ledger.work', { path: unit.path }) || !kind.editors.includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', { detail: `您没有导入“${kind.label}”的权限` });
  }
  if (p.truncated) throw new AppError('FILE_TOO_LARGE', { field: 'file', detail: '导入文件不能超过 20 MB' });
  const env = await ledgerEnv(ctx.db, unit.path, ctx.now);
  const parsed = await parseImport(kind, p.data, await validatorsFor(ctx.db, unit.id, env.today, kind));
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new AppError('IMPORT_INVALID', {
      field: 'file',
      detail: `导入文件有错误，未导入任何数据${first ? `：${first.row ? `第 ${first.row} 行` : ''}${first.column ? `「${first.column}」` : ''}${first.message}` : ''}`,
      extra: { rows: parsed.errors },
    });
  }
  const taken = await sourceKeysTaken(
    ctx.db,
    unit.id,
    kind.kind,
    parsed.rows.map((r) => r.key),
  );
  const fresh = parsed.rows.filter((r) => {
    if (taken.has(r.key)) return false;
    taken.add(r.key); // the same row twice in one file counts once
    return true;
  });
  const sha256 = crypto.createHash('sha256').update(p.data).digest('hex');
  await ctx.db.transaction(async (tx) => {
    const rows = await insertRecords(
      tx,
      kind,
      unit.id,
      fresh.map((r) => ({
        values: r.values,
        state: kind.initialState,
        sourceKey: r.key,
        createdBy: ctx.actor.id,
      })),
      env,
      ctx.now,
    );
    // one audit record for the file: its hash and every record it created
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'ledger.import',
      entity: 'ledger_import',
      entityId: sha256,
      after: {
        kind: kind.kind,
        file: p.fileName,
        sha256,
        imported: rows.length,
        duplicates: parsed.rows.length - fresh.length,
        records: rows.map((r) => r.id),
      },
      at: ctx.now,
    });
  });
  return { imported: fresh.length, duplicates: parsed.rows.length - fresh.length };
}

const STAFF_HIDDEN: readonly PersonalFormat[] = ['id_number', 'phone', 'address'];
/** Rows whose ref titles are read in one query. */
const REF_BATCH = 500;

/**
 * Streams the filtered list as a workbook. Personal data is masked unless township staff ask
 * to reveal it, which is audited like revealing one record.
 */
export async function ledgerExporter(
  ctx: CommandContext,
  kind: LedgerKind,
  p: {
    filter: Omit<ListFilter, 'limit' | 'offset'>;
    env: LedgerEnv;
    unit: { id: string; path: string };
    reveal: boolean;
  },
  out: Writable,
): Promise<void> {
  if (p.reveal) {
    if (!can(ctx.actor, 'ledger.reveal', { path: p.unit.path })) throw new AppError('FORBIDDEN');
    await ctx.db.transaction((tx) =>
      appendAudit(tx, {
        unitId: p.unit.id,
        actorId: ctx.actor.id,
        action: 'ledger.export_reveal',
        entity: 'ledger_export',
        entityId: kind.kind,
        after: { kind: kind.kind, filter: { ...p.filter, unitIds: undefined } },
        at: ctx.now,
      }),
    );
  }
  const villageNames = new Map<string, string>();
  for (const id of p.filter.unitIds) {
    for (const v of await villagesOf(ctx.db, id)) villageNames.set(v.id, v.name);
  }
  // ref fields show the titles of the records they name (read a batch of rows at a time)
  const refKeys = allFields(kind).flatMap((f) => (f.type === 'ref' ? [f.key] : []));
  const refTitles = new Map<string, string>();
  async function titlesOf(batch: LedgerRowWithUnit[]): Promise<void> {
    const ids = new Set<string>();
    for (const r of batch)
      for (const key of refKeys) {
        const v = (r.record.data as Record<string, unknown>)[key];
        for (const id of Array.isArray(v) ? v : [v])
          if (typeof id === 'string' && !refTitles.has(id)) ids.add(id);
      }
    for (const [id, title] of Object.entries(await recordTitles(ctx.db, [...ids]))) refTitles.set(id, title);
  }
  const rowOf = (r: LedgerRowWithUnit): ExportRow => ({
    number: r.record.number,
    stateLabel: stateLabel(kind, r.record.state),
    unitName: r.unitName,
    data: r.record.data as ExportRow['data'],
    clocks: clocksOf(kind, r.record, p.env)
      .filter((c) => c.state !== 'done')
      .map((c) => ({ label: c.label, state: c.state, due: c.due })),
    events: eventsOf(r.record).map((e) => ({ action: e.action, on: e.on })),
  });
  async function* rows(): AsyncGenerator<ExportRow> {
    let batch: LedgerRowWithUnit[] = [];
    for await (const r of iterateRecords(ctx.db, { ...p.filter, limit: 0, offset: 0 })) {
      if (refKeys.length === 0) {
        yield rowOf(r);
        continue;
      }
      batch.push(r);
      if (batch.length < REF_BATCH) continue;
      await titlesOf(batch);
      for (const b of batch) yield rowOf(b);
      batch = [];
    }
    if (batch.length > 0) await titlesOf(batch);
    for (const b of batch) yield rowOf(b);
  }
  await writeExport(kind, rows(), out, { mask: p.reveal ? false : STAFF_HIDDEN, villageNames, refTitles });
}
