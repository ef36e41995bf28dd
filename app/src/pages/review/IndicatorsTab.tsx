import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ExtractedIndicator } from '../../../../core/analyzer/types';
import { markId } from './reportMarks';
import { formatFigure, indicatorName } from './reviewFormat';

type Row = ExtractedIndicator & { index: number };

const columns: ColumnsType<Row> = [
  {
    title: '指标',
    key: 'name',
    width: 150,
    render: (_, r) => (
      <>
        <div>{indicatorName(r.key)}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.key}
        </Typography.Text>
      </>
    ),
  },
  { title: '数值', key: 'value', width: 96, render: (_, r) => formatFigure(r) },
  {
    title: '原文',
    dataIndex: 'quote',
    render: (q: string) => <Typography.Text type="secondary">{q}</Typography.Text>,
  },
];

interface Props {
  indicators: readonly ExtractedIndicator[];
  onJump: (id: string) => void;
}

/** 指标: every figure read from the report; a click shows it in the text. */
export function IndicatorsTab({ indicators, onJump }: Props) {
  return (
    <Table<Row>
      rowKey="index"
      size="small"
      columns={columns}
      dataSource={indicators.map((x, index) => ({ ...x, index }))}
      pagination={false}
      locale={{ emptyText: '未识别到指标数据' }}
      onRow={(r) => ({ onClick: () => onJump(markId.indicator(r.index)), style: { cursor: 'pointer' } })}
    />
  );
}
