import { chinaDay } from '../../../core/calendar';
import type { EnforcementAnnual } from '../../../core/contract/publicEnforcement';
import { AppError } from '../../../core/errors';
import { DECISION_TYPES } from '../../../core/ledgers/kinds/enforcementGuards';
import { LITIGATION_OUTCOMES } from '../../../core/ledgers/kinds/supervision';
import type { Db } from '../../db/client';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import type { UnitRow } from '../../repositories/unitsRepo';
import { annualCaseFigures, annualInspections, annualReviewOutcomes } from './annualDataRepo';

/**
 * 行政执法总体情况 of a township for a year (issue 16 §2), for its public enforcement page:
 * cases by type and outcome, 许可, 检查, 强制, amounts decided and paid, hearings, 法制审核, and
 * reconsideration and litigation results, all counted from the ledgers. 国办发〔2018〕118号 asks
 * each organ to publish the previous year's enforcement data by 31 January; the search corpus
 * did not confirm that sentence, so the day is a county setting (default 0131) and the page
 * states it. The figures become public by a step, not by themselves: the township's leader
 * publishes them once the year has ended (annualPublication.ts), and the public page shows the
 * figures as published, so a later correction in a ledger does not change a published table
 * until the leader publishes again.
 */

export const ANNUAL_DUE_SETTING = 'enforcement_case.annual_data_due';
const LOST = new Set(['revoked', 'illegal', 'changed', 'performance']);

const label = (options: readonly { value: string; label: string }[], v: string) =>
  options.find((o) => o.value === v)?.label ?? v;

/** The year whose data a township publishes now: the one before today's (China) year, unless asked. */
export function annualYear(year: number | undefined, now: Date): number {
  const thisYear = Number(chinaDay(now).slice(0, 4));
  const y = year ?? thisYear - 1;
  if (y >= thisYear)
    throw new AppError('VALIDATION', { field: 'year', detail: `${y}年的行政执法数据在该年度结束后公开` });
  return y;
}

/** The last day to publish the year's data, by the county's setting (MMDD, default 0131). */
export async function annualDue(db: Db, unitPath: string, y: number): Promise<string> {
  const settings = await settingsFor(db, unitPath.split('/').filter(Boolean));
  const mmdd = settings[ANNUAL_DUE_SETTING] ?? 131;
  return `${y + 1}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
}

/** A township's figures for year `y` counted from its ledgers as they stand now. */
export async function annualFigures(db: Db, unit: UnitRow, y: number): Promise<EnforcementAnnual> {
  const from = `${y}-01-01`;
  const to = `${y}-12-31`;
  const [cases, inspections, reviews, due] = await Promise.all([
    annualCaseFigures(db, unit.id, from, to),
    annualInspections(db, unit.id, from, to),
    annualReviewOutcomes(db, unit.id, from, to),
    annualDue(db, unit.path, y),
  ]);
  const row = (l: string, value: number, u: string) => ({ label: l, value, unit: u });
  const penalties = [...cases.byType]
    .filter(([t]) => t !== 'license' && t !== 'license_denied')
    .sort(
      ([a], [b]) =>
        DECISION_TYPES.findIndex((o) => o.value === a) - DECISION_TYPES.findIndex((o) => o.value === b),
    )
    .map(([t, n]) => row(`作出决定：${label(DECISION_TYPES, t)}`, n, '件'));
  const review = (type: string) => reviews.filter((r) => r.type === type);
  const reviewRows = (type: string, name: string) => {
    const list = review(type);
    const total = list.reduce((s, r) => s + r.n, 0);
    const lost = list.filter((r) => LOST.has(r.outcome)).reduce((s, r) => s + r.n, 0);
    return [
      row(`${name}审结`, total, '件'),
      ...list
        .sort((a, b) => a.outcome.localeCompare(b.outcome))
        .map((r) => row(`${name}结果：${label(LITIGATION_OUTCOMES, r.outcome)}`, r.n, '件')),
      row(type === 'litigation' ? '行政诉讼败诉' : '行政复议被纠错', lost, '件'),
    ];
  };
  return {
    unit: { name: unit.name, code: unit.code },
    year: y,
    due,
    basis: `根据本${unit.name.endsWith('街道') ? '街道' : '乡镇'}执法案件、执法检查、复议诉讼台账统计`,
    sections: [
      {
        title: '行政处罚',
        rows: [
          row('立案', cases.filed, '件'),
          ...penalties,
          row('决定被撤销', cases.revoked, '件'),
          row('撤案', cases.dropped, '件'),
          row('移送司法机关', cases.transferred, '件'),
        ],
      },
      {
        title: '行政许可',
        rows: [
          row('准予行政许可', cases.byType.get('license') ?? 0, '件'),
          row('不予行政许可', cases.byType.get('license_denied') ?? 0, '件'),
        ],
      },
      { title: '行政检查', rows: [row('执法检查', inspections, '次')] },
      {
        title: '行政强制',
        rows: [
          row('查封、扣押', cases.seized, '件'),
          row('申请人民法院强制执行', cases.courtApplications, '件'),
        ],
      },
      {
        title: '罚没款',
        rows: [row('决定罚没款', cases.decidedAmount, '元'), row('实缴罚没款', cases.paidAmount, '元')],
      },
      {
        title: '听证与法制审核',
        rows: [
          row('举行听证', cases.hearings, '次'),
          row('重大执法决定法制审核通过', cases.legalReviews, '件'),
        ],
      },
      { title: '行政复议', rows: reviewRows('reconsideration', '行政复议') },
      { title: '行政诉讼', rows: reviewRows('litigation', '行政诉讼') },
    ],
  };
}
