import { Space, Tag } from 'antd';
import type { RectificationStatus } from '../../api/rectifications';
import { RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';

const STATUS_COLORS: Record<RectificationStatus, string> = {
  open: 'processing',
  answered: 'warning',
  closed: 'success',
};

/** 待整改 / 已反馈 / 已销号, with a red 逾期 beside it when the deadline has passed while open. */
export function RectificationStatusTag({
  status,
  overdue,
}: {
  status: RectificationStatus;
  overdue: boolean;
}) {
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
        {RECTIFICATION_STATUS_LABELS[status]}
      </Tag>
      {overdue ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          逾期
        </Tag>
      ) : null}
    </Space>
  );
}
