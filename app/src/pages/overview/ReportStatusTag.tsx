import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { chineseDate } from '../../../../core/calendar';
import { REPORT_STATUS_LABELS } from '../../../../core/report/workflow';
import type { OverviewTownship } from '../../api/indicators';

/** 未起草 / 草稿 … / 已报送 / 逾期 for one township's report on the year, linked when it exists. */
export function ReportStatusTag({ report, year }: { report: OverviewTownship['report']; year: number }) {
  const label = report.status ? REPORT_STATUS_LABELS[report.status] : '未起草';
  const done = report.status === 'reported' || report.status === 'published';
  const tip = report.due
    ? `${year}年度报告应于${chineseDate(report.due)}前报送县级${report.overdue ? '，已逾期' : ''}`
    : undefined;
  const tag = (
    <Tag color={report.overdue ? 'error' : done ? 'success' : report.status ? 'processing' : 'default'}>
      {report.overdue ? `逾期·${label}` : label}
    </Tag>
  );
  return (
    <Tooltip title={tip}>
      {report.id ? <Link to={`/reports/${report.id}`}>{tag}</Link> : <span>{tag}</span>}
    </Tooltip>
  );
}
