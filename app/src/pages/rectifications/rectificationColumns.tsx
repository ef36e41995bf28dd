import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { type Rectification, rectificationAttachmentUrl } from '../../api/rectifications';
import { formatDateTime } from '../../lib/format';
import { defectKindLabel } from '../../locales/zh-CN';
import { RectificationStatusTag } from './RectificationStatusTag';

export interface RectificationRowActions {
  /** Township staff: may answer open items. */
  canAnswer: boolean;
  /** Reviewers: may close or return answered items, and open the report. */
  canManage: boolean;
  /** Id of the row being closed, so only its button spins. */
  closingId: string | null;
  onAnswer: (r: Rectification) => void;
  onClose: (r: Rectification) => void;
  onReturn: (r: Rectification) => void;
  onHistory: (r: Rectification) => void;
}

const clamp = (text: string, rows = 2) => (
  <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows, tooltip: text }}>
    {text}
  </Typography.Paragraph>
);

export function rectificationColumns(a: RectificationRowActions): ColumnsType<Rectification> {
  return [
    {
      title: '状态',
      key: 'status',
      width: 100,
      render: (_, r) => <RectificationStatusTag status={r.status} overdue={r.overdue} />,
    },
    { title: '单位', dataIndex: ['unit', 'name'], width: 88, ellipsis: true },
    {
      title: '报告',
      key: 'review',
      width: 150,
      render: (_, r) => {
        const name = `${r.review.reportYear ? `${r.review.reportYear}年度 · ` : ''}${r.review.fileName}`;
        return a.canManage ? <Link to={`/review/${r.review.id}`}>{clamp(name)}</Link> : clamp(name);
      },
    },
    {
      title: '问题',
      key: 'defect',
      width: 180,
      render: (_, r) => (
        <>
          <Tag>{defectKindLabel(r.defect.kind)}</Tag>
          {clamp(r.defect.quote ? `“${r.defect.quote}”` : r.defect.message)}
        </>
      ),
    },
    {
      title: '整改要求',
      key: 'instruction',
      render: (_, r) => (
        <>
          {clamp(r.instruction, 3)}
          {r.returnReason && r.status === 'open' ? (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
              退回原因：{r.returnReason}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: '整改期限', dataIndex: 'deadline', width: 100 },
    {
      title: '反馈情况',
      key: 'answer',
      width: 170,
      render: (_, r) =>
        r.answer ? (
          <>
            {clamp(r.answer)}
            {r.attachments.map((f) => (
              <a
                key={f.id}
                href={rectificationAttachmentUrl(r.id, f.id)}
                download={f.name}
                data-testid="rectification-attachment"
                style={{ display: 'block', fontSize: 12 }}
              >
                <PaperClipOutlined /> {f.name}
              </a>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(r.answeredAt)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0} wrap>
          {a.canAnswer && r.status === 'open' ? (
            <Button type="link" size="small" onClick={() => a.onAnswer(r)}>
              反馈
            </Button>
          ) : null}
          {a.canManage && r.status === 'answered' ? (
            <>
              <Popconfirm
                title="确定销号？"
                description="销号后该整改事项即告办结。"
                onConfirm={() => a.onClose(r)}
              >
                <Button type="link" size="small" loading={a.closingId === r.id}>
                  销号
                </Button>
              </Popconfirm>
              <Button type="link" size="small" danger onClick={() => a.onReturn(r)}>
                退回
              </Button>
            </>
          ) : null}
          <Button type="link" size="small" onClick={() => a.onHistory(r)}>
            历史
          </Button>
        </Space>
      ),
    },
  ];
}
