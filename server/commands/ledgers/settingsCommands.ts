import { DISCLOSURE_DUE_SETTING } from '../../../core/disclosureReport/deadline';
import { AppError } from '../../../core/errors';
import { LEDGER_KINDS } from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { SUBMIT_BEFORE_SETTING } from '../../../core/report/deadlines';
import { JOINT_ISSUE_SETTING } from '../../../core/report/issuance';
import { appendAudit } from '../../repositories/auditRepo';
import { saveSetting, settingsFor } from '../../repositories/ledgerSettingsRepo';
import { getUnit } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { clockRecomputer } from './clockRecomputer';

/** Who a county's setting binds: saved on the county, read by each township under it. */
const SCOPE = '本县（市、区）及所属乡镇（街道）';

const clockExplain = (kindLabel: string, clockLabel: string, basis: 'calendar' | 'working') =>
  `${kindLabel}的“${clockLabel}”按${basis === 'working' ? '工作日' : '自然日'}计算：到期日、待办提醒和逾期统计据此得出；修改后正在计时的期限按新值重新计算。`;

/** Every figure a county may set, from the declarations (UNCONFIRMED figures become settings). */
export function declaredSettings() {
  return LEDGER_KINDS.flatMap((k) => [
    ...k.clocks.flatMap((c) =>
      c.setting
        ? [
            {
              key: c.setting,
              kind: k.kind,
              group: k.label,
              label: c.settingLabel ?? c.label,
              explain: clockExplain(k.label, c.settingLabel ?? c.label, c.basis),
              scope: SCOPE,
              input: 'number' as const,
              unit: c.basis === 'working' ? '个工作日' : '日',
              default: c.days,
              min: 1,
              max: 365,
              source: c.source,
            },
          ]
        : [],
    ),
    ...(k.settings ?? []).map((d) => ({
      ...d,
      input: d.input ?? ('number' as const),
      kind: k.kind,
      group: k.label,
      scope: SCOPE,
    })),
  ]).concat([
    { ...SUBMIT_BEFORE_SETTING, kind: 'annual_report', group: '年度报告', scope: SCOPE },
    { ...JOINT_ISSUE_SETTING, kind: 'annual_report', group: '年度报告', scope: SCOPE },
    { ...DISCLOSURE_DUE_SETTING, kind: 'disclosure_report', group: '政府信息公开年度报告', scope: SCOPE },
  ]);
}

/** A month-day setting is stored as MMDD: 229 and 431 are no dates. */
function isMonthDay(mmdd: number): boolean {
  const month = Math.floor(mmdd / 100);
  const day = mmdd % 100;
  const probe = new Date(Date.UTC(2024, month - 1, day)); // 2024: a leap year admits 2月29日
  return month >= 1 && month <= 12 && day >= 1 && probe.getUTCMonth() === month - 1;
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

/**
 * Sets a clock length for a unit and everything under it and recomputes the open clocks in the
 * same transaction, so the setting and 待办 change together or not at all. Returns how many
 * records were recomputed.
 */
export async function settingSaver(
  ctx: CommandContext,
  p: { unitId?: string | undefined; key: string; value: number },
) {
  const unit = await settingsUnit(ctx, p.unitId);
  if (!can(ctx.actor, 'ledger.settings', { path: unit.path })) throw new AppError('FORBIDDEN');
  const def = declaredSettings().find((s) => s.key === p.key);
  if (!def) throw new AppError('NOT_FOUND', { detail: `没有“${p.key}”这项设置` });
  const name = `${def.group}·${def.label}`;
  if (def.input === 'monthDay' && !isMonthDay(p.value)) {
    throw new AppError('VALIDATION', { field: 'value', detail: `“${name}”应为一个有效的月、日` });
  }
  if (p.value < def.min || p.value > def.max) {
    const range =
      def.input === 'monthDay'
        ? `${Math.floor(def.min / 100)}月${def.min % 100}日～${Math.floor(def.max / 100)}月${def.max % 100}日`
        : `${def.min}～${def.max}${def.unit}`;
    throw new AppError('VALIDATION', { field: 'value', detail: `“${name}”应在${range}之间` });
  }
  return ctx.db.transaction(async (tx) => {
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
    return clockRecomputer(tx, ctx.now);
  });
}
