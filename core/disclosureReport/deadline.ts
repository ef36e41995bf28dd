import { chineseDate } from '../calendar/dates';

/**
 * When a township's 政府信息公开工作年度报告 on year Y must be published. 《政府信息公开条例》
 * 第四十九条 sets 1月31日 for 县级以上人民政府部门 and 3月31日 for 县级以上地方人民政府 (which
 * publish their own report, built from their townships' and departments' work); it names no
 * date for a 乡（镇）人民政府. The township's date is therefore UNCONFIRMED and a county setting,
 * `disclosure_report.due`, stored as MMDD (the last allowed day, inclusive).
 *
 * Default 131 (31 January): the departments' date, so the county government has February and
 * March to gather the townships' reports before its own 3月31日. Counties that collect them on
 * another date (some set mid-February) change it.
 */
export const DISCLOSURE_DUE_SETTING = {
  key: 'disclosure_report.due',
  label: '政府信息公开工作年度报告公开截止日（次年此日，含当日）',
  explain:
    '乡镇（街道）须在次年此日（含当日）前公开上一年度的政府信息公开工作年度报告；工作台和报告页据此提醒。',
  input: 'monthDay',
  unit: '',
  default: 131,
  min: 101,
  max: 331,
  source:
    '《政府信息公开条例》第四十九条对乡镇未规定日期（部门1月31日前，县级人民政府3月31日前）；默认1月31日，便于县级人民政府汇总，县级可改',
} as const;

export interface DisclosureDeadline {
  due: string;
  explanation: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day to publish the report on `year`; a setting that is no date falls back to the default. */
export function disclosureReportDeadline(year: number, mmdd?: number): DisclosureDeadline {
  let v = mmdd ?? DISCLOSURE_DUE_SETTING.default;
  const month = Math.floor(v / 100);
  const day = v % 100;
  const probe = new Date(Date.UTC(year + 1, month - 1, day));
  if (month < 1 || month > 3 || day < 1 || probe.getUTCMonth() !== month - 1)
    v = DISCLOSURE_DUE_SETTING.default;
  const due = `${year + 1}-${pad(Math.floor(v / 100))}-${pad(v % 100)}`;
  const set = v === DISCLOSURE_DUE_SETTING.default ? '（默认1月31日，县级可在设置中调整）' : '（县级设置）';
  return {
    due,
    explanation: `${year}年政府信息公开工作年度报告应在${chineseDate(due)}前（含当日）向社会公开${set}；《政府信息公开条例》第四十九条规定县级人民政府部门1月31日前、县级人民政府3月31日前公开。`,
  };
}
