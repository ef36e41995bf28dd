import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ReviewDetail } from '../../api/reviews';
import { formatDateTime } from '../../lib/format';
import { MARK_LEGEND, markStyle } from './ReportText';

interface Props {
  review: ReviewDetail;
  onHistory: () => void;
}

/** The title bar of one reviewed report: whose it is, which file, and the highlight legend. */
export function ReviewHeader({ review: r, onHistory }: Props) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={16}>
        <Flex align="center" gap={12} style={{ minWidth: 0 }}>
          <Link to="/review" aria-label="返回报告审查">
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
            {r.unit.matched ? r.unit.name : (r.reportUnit ?? '未识别单位')}
            {r.reportYear ? ` ${r.reportYear}年度` : ''}法治政府建设报告
          </Typography.Title>
          {r.unit.matched ? null : <Tag color="error">未匹配到本辖区单位</Tag>}
          <Typography.Text
            type="secondary"
            style={{ minWidth: 0 }}
            ellipsis={{ tooltip: `${r.fileName} · 上传于 ${formatDateTime(r.createdAt)}` }}
          >
            {r.fileName}
          </Typography.Text>
        </Flex>
        <Space size={12} style={{ flex: 'none' }}>
          {MARK_LEGEND.map((l) => (
            <span key={l.kind} style={{ ...markStyle(l.kind), padding: '0 6px', cursor: 'default' }}>
              {l.label}
            </span>
          ))}
          <Button size="small" icon={<HistoryOutlined />} onClick={onHistory}>
            历史
          </Button>
        </Space>
      </Flex>
    </Card>
  );
}
