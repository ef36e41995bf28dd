import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { SECTION_KEYS, type SectionKey } from '../../../../core/analyzer/types';
import type { ReviewSummary } from '../../api/reviews';
import { COPIES_INCOMPLETE, defectKindLabel, SECTION_LABELS } from '../../locales/zh-CN';
import { defectKindCounts, defectTagColor, formatFigure, indicatorName, KEY_FIGURES } from './reviewFormat';
import { PresenceMark } from './SectionChecklist';

/** Column heads short enough for a narrow column; the full label is in the tooltip. */
const SECTION_SHORT: Record<SectionKey, string> = {
  measures_and_results: '举措成效',
  first_responsible_person: '第一责任人',
  shortcomings: '不足原因',
  next_year_plan: '下年安排',
};

const FIGURE_SHORT: Record<(typeof KEY_FIGURES)[number], string> = {
  'dispute.handled': '调处纠纷',
  'dispute.success_rate': '调解成功率',
  'petition.closure_rate': '信访办结率',
  'study.exam_pass_rate': '考试合格率',
  'publicity.events': '普法活动',
};

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function UnitCell({ r }: { r: ReviewSummary }) {
  // an unreadable file names no unit: its name and the reason are all there is to show
  const unit = r.error ? null : r.unit.matched ? (
    <Typography.Text strong>{r.unit.name}</Typography.Text>
  ) : (
    <>
      {r.reportUnit ? <Typography.Text>{r.reportUnit} </Typography.Text> : null}
      <Tag color="error">未匹配到本辖区单位</Tag>
    </>
  );
  return (
    <div style={{ minWidth: 0 }}>
      {unit ? <div>{unit}</div> : null}
      {r.duplicateOf ? (
        <Tooltip title={`与此前上传的《${r.duplicateOf.fileName}》内容完全相同`}>
          <Tag color="warning" data-testid="duplicate-tag">
            重复上传
          </Tag>
        </Tooltip>
      ) : null}
      <Typography.Text
        type={r.error ? undefined : 'secondary'}
        style={{ fontSize: r.error ? undefined : 12 }}
        ellipsis={{ tooltip: r.fileName }}
      >
        {r.fileName}
      </Typography.Text>
      {r.error ? (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
          {r.error}
        </Typography.Text>
      ) : null}
    </div>
  );
}

function DefectCell({ r }: { r: ReviewSummary }) {
  const counts = defectKindCounts(r.defectKinds);
  const tag = <Tag color={defectTagColor(r.defectKinds)}>{r.defectCount}</Tag>;
  if (counts.length === 0) return tag;
  return (
    <Tooltip
      title={counts.map(([k, n]) => (
        <div key={k}>
          {defectKindLabel(k)}：{n}
        </div>
      ))}
    >
      {tag}
    </Tooltip>
  );
}

export interface ReviewRowActions {
  onDelete: (r: ReviewSummary) => void;
  onReassign: (r: ReviewSummary) => void;
}

export function reviewColumns(a: ReviewRowActions): ColumnsType<ReviewSummary> {
  return [
    { title: '单位', key: 'unit', width: 180, fixed: 'left', render: (_, r) => <UnitCell r={r} /> },
    { title: '年度', dataIndex: 'reportYear', width: 56, render: (y: number | null) => y ?? dash },
    {
      title: '法定内容',
      children: SECTION_KEYS.map((k) => ({
        title: <Tooltip title={SECTION_LABELS[k]}>{SECTION_SHORT[k]}</Tooltip>,
        key: `section.${k}`,
        width: 56,
        align: 'center' as const,
        render: (_: unknown, r: ReviewSummary) =>
          r.sections ? <PresenceMark present={r.sections[k]} label={SECTION_LABELS[k]} /> : dash,
      })),
    },
    {
      title: '问题',
      key: 'defects',
      width: 64,
      align: 'center',
      render: (_, r) => (r.error ? dash : <DefectCell r={r} />),
    },
    {
      title: '雷同',
      key: 'copies',
      width: 64,
      align: 'center',
      render: (_, r) =>
        r.error ? (
          dash
        ) : r.copiesComplete ? (
          <Tag color={r.copyCount > 0 ? 'orange' : 'default'} data-testid="copy-count">
            {r.copyCount}
          </Tag>
        ) : (
          <Tooltip title={COPIES_INCOMPLETE}>
            <Tag color="red" data-testid="copy-count">
              {r.copyCount > 0 ? `${r.copyCount}+` : '未完成'}
            </Tag>
          </Tooltip>
        ),
    },
    {
      title: '主要指标',
      children: KEY_FIGURES.map((key) => ({
        title: <Tooltip title={indicatorName(key)}>{FIGURE_SHORT[key]}</Tooltip>,
        key: `figure.${key}`,
        width: 80,
        align: 'right' as const,
        render: (_: unknown, r: ReviewSummary) => {
          const f = r.indicators[key];
          return f ? formatFigure(f) : dash;
        },
      })),
    },
    {
      title: '操作',
      key: 'actions',
      width: 88,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0} direction="vertical">
          {r.error ? null : <Link to={`/review/${r.id}`}>查看</Link>}
          {r.error ? null : (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => a.onReassign(r)}>
              改派
            </Button>
          )}
          <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => a.onDelete(r)}>
            删除
          </Button>
        </Space>
      ),
    },
  ];
}
