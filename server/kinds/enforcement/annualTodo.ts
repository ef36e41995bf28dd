import { dutyReminder } from '../../../core/report/dutyReminder';
import type { KindTodo } from '../todos';
import { ANNUAL_DUE_SETTING } from './annualData';
import { TYPE } from './annualPublication';

/**
 * Last year's 行政执法总体情况 in 待办: each township in scope that has not published it, from
 * DUTY_ALERT_WORKING_DAYS working days before the county's day (`enforcement_case.annual_data_due`,
 * default 31 January) on, and overdue after it, until its leader publishes.
 */
export const enforcementAnnualTodo: KindTodo = async (_ctx, _scope, w) => {
  const year = Number(w.today.slice(0, 4)) - 1;
  const published = w.reports.filter((r) => r.type === TYPE);
  const { units: unitRows, settings } = w;
  const mmdd = settings[ANNUAL_DUE_SETTING] ?? 131;
  const due = `${year + 1}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
  const done = new Set(published.filter((r) => r.publishedAt).map((r) => r.unitId));
  return unitRows.flatMap((unit) => {
    if (unit.level !== 'township' || done.has(unit.id)) return [];
    const reminder = dutyReminder({
      label: '公开行政执法数据',
      due,
      today: w.today,
      until: w.until,
      alertUntil: w.alertUntil,
      workingDaysLeft: w.calendar.workingDaysBetween(w.today, due),
      where: '待乡镇领导核对后确认公开',
      explanation: `${year}年度行政执法总体情况应在县级设定之日前在行政执法公示页公开${mmdd === 131 ? '（默认1月31日，县级可在设置中调整）' : '（县级设置）'}。`,
    });
    if (!reminder) return [];
    return [
      {
        kind: TYPE,
        kindLabel: '行政执法数据',
        id: unit.id,
        number: `${year}年度`,
        title: `${unit.name}${year}年度行政执法总体情况`,
        unitName: unit.name,
        clock: 'publish',
        clockLabel: '公开执法数据',
        due,
        ...reminder,
        link: `/enforcement-annual?year=${year}`,
      },
    ];
  });
};
