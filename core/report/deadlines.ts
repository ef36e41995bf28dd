import { chineseDate } from './render';

/** A deadline of the annual report: the last day it may be done on, and why. */
export interface ReportDeadline {
  key: 'submit' | 'publish';
  label: string;
  /** the last allowed day, YYYY-MM-DD */
  due: string;
  explanation: string;
}

/** "Before 1 March" as the county sets it: month and day of the first day that is too late. */
export interface SubmitBefore {
  month: number;
  day: number;
}

/** Local practice, not a national rule (domain-rules §2: UNCONFIRMED), hence a county setting. */
export const DEFAULT_SUBMIT_BEFORE: SubmitBefore = { month: 3, day: 1 };

function dayBefore(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The report on year Y goes to the county before the county's date and is published before
 * 1 April of Y+1 (督察工作规定 Art.24). Both are fixed dates: a holiday does not move them.
 */
export function reportDeadlines(
  year: number,
  submitBefore: SubmitBefore = DEFAULT_SUBMIT_BEFORE,
): ReportDeadline[] {
  const next = year + 1;
  const submitDue = dayBefore(next, submitBefore.month, submitBefore.day);
  const publishDue = dayBefore(next, 4, 1);
  return [
    {
      key: 'submit',
      label: '报送县级',
      due: submitDue,
      explanation: `${year}年度报告应在${chineseDate(submitDue)}前（含当日）报送县委、县政府并抄送依法治县办；日期由县级设置（默认3月1日前）。`,
    },
    {
      key: 'publish',
      label: '向社会公开',
      due: publishDue,
      explanation: `按《法治政府建设与责任落实督察工作规定》第二十四条，${year}年度报告应于${next}年4月1日前向社会公开，最后一日为${chineseDate(publishDue)}。`,
    },
  ];
}

/** The county setting for the submission date, stored as MMDD (301 = before 1 March). */
export const SUBMIT_BEFORE_SETTING = {
  key: 'annual_report.submit_before',
  label: '报送县级截止日（次年此日之前）',
  explain:
    '乡镇（街道）须在次年此日之前把上一年度的法治政府建设年度报告报送县委、县政府；工作台和年度报告页据此提醒。',
  input: 'monthDay',
  unit: '',
  default: 301,
  min: 101,
  max: 331,
  source:
    '国家未统一规定报送日期，由各地确定；默认次年3月1日前（公开须在4月1日前，见《法治政府建设与责任落实督察工作规定》第二十四条）',
} as const;

/** MMDD → month and day; a value that is no date falls back to the default. */
export function submitBeforeOf(mmdd: number | undefined): SubmitBefore {
  if (mmdd === undefined) return DEFAULT_SUBMIT_BEFORE;
  const month = Math.floor(mmdd / 100);
  const day = mmdd % 100;
  const probe = new Date(Date.UTC(2024, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1) return DEFAULT_SUBMIT_BEFORE;
  return { month, day };
}
