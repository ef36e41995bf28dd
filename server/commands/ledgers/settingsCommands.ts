import { AppError } from '../../../core/errors';
import { LEDGER_KINDS } from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { SUBMIT_BEFORE_SETTING } from '../../../core/report/deadlines';
import { JOINT_ISSUE_SETTING } from '../../../core/report/issuance';
import { appendAudit } from '../../repositories/auditRepo';
import { saveSetting, settingsFor } from '../../repositories/ledgerSettingsRepo';
import { getUnit } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';

/** Every clock length a county may set, from the declarations (UNCONFIRMED figures become settings). */
export function declaredSettings() {
  return LEDGER_KINDS.flatMap((k) => [
    ...k.clocks.flatMap((c) =>
      c.setting
        ? [
            {
              key: c.setting,
              kind: k.kind,
              label: `${k.label}·${c.label}`,
              unit: c.basis === 'working' ? '个工作日' : '日',
              default: c.days,
              min: 1,
              max: 365,
              source: c.source,
            },
          ]
        : [],
    ),
    ...(k.settings ?? []).map((d) => ({ ...d, kind: k.kind, label: `${k.label}·${d.label}` })),
  ]).concat([
    { ...SUBMIT_BEFORE_SETTING, kind: 'annual_report' },
    { ...JOINT_ISSUE_SETTING, kind: 'annual_report' },
  ]);
}

async function settingsUnit(ctx: CommandContext, unitId: string | undefined) {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'unit.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  return unit;
}

export async function settingsReader(ctx: CommandContext, unitId: string | undefined) {
  const unit = await settingsUnit(ctx, unitId);
  const values = await settingsFor(ctx.db, unit.path.split('/').filter(Boolean));
  return declaredSettings().map((s) => ({ ...s, value: values[s.key] ?? s.default }));
}

/** Sets a clock length for a unit and everything under it; open clocks are recomputed by the caller. */
export async function settingSaver(
  ctx: CommandContext,
  p: { unitId?: string | undefined; key: string; value: number },
) {
  const unit = await settingsUnit(ctx, p.unitId);
  if (!can(ctx.actor, 'ledger.settings', { path: unit.path })) throw new AppError('FORBIDDEN');
  const def = declaredSettings().find((s) => s.key === p.key);
  if (!def) throw new AppError('NOT_FOUND', { detail: `没有“${p.key}”这项设置` });
  if (p.value < def.min || p.value > def.max) {
    throw new AppError('VALIDATION', {
      field: 'value',
      detail: `“${def.label}”应在${def.min}～${def.max}${def.unit}之间`,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await saveSetting(tx, {
      unitId: unit.id,
      key: p.key,
      value: p.value,
      updatedBy: ctx.actor.id,
      updatedAt: ctx.now,
    });
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'ledger.setting',
      entity: 'ledger_setting',
      entityId: `${unit.id}:${p.key}`,
      after: { key: p.key, value: p.value },
      at: ctx.now,
    });
  });
}
