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
