import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CopiedPassage } from '../../api/reviews';
import { COPY_KIND_LABELS } from '../../locales/zh-CN';
import { markId } from './reportMarks';

const KIND_COLORS: Record<CopiedPassage['kind'], string> = {
  cross_unit: 'orange',
  same_unit_previous_year: 'gold',
  same_unit: 'blue',
};

const quoteStyle = { margin: 0, fontSize: 13, lineHeight: 1.8, background: '#fff7e6', padding: '4px 8px' };

interface Props {
  copies: readonly CopiedPassage[];
  onJump: (id: string) => void;
}

/** 雷同: passages this report shares with others, side by side with where they also appear. */
export function CopiesTab({ copies, onJump }: Props) {
  if (copies.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现雷同段落" />;
  return (
    <Flex vertical gap={12}>
      {copies.map((c, i) => (
        <Card
          // biome-ignore lint/suspicious/noArrayIndexKey: passages have no id; their order is fixed per report
          key={i}
          size="small"
          data-testid="copy-item"
          title={
            <Flex gap={8} align="center">
              <Tag color={KIND_COLORS[c.kind] ?? 'orange'}>{COPY_KIND_LABELS[c.kind] ?? '雷同'}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                相同 {c.length} 字
              </Typography.Text>
            </Flex>
          }
        >
          <Row gutter={12}>
            <Col span={12}>
              <Typography.Text strong style={{ fontSize: 12 }}>
                本报告
              </Typography.Text>
              <Typography.Paragraph
                style={{ ...quoteStyle, cursor: 'pointer' }}
                onClick={() => onJump(markId.copy(i))}
                ellipsis={{ rows: 6, expandable: true, symbol: '展开' }}
              >
                {c.quote}
              </Typography.Paragraph>
            </Col>
            <Col span={12}>
              <Typography.Text strong style={{ fontSize: 12 }} ellipsis>
                <Link to={`/review/${c.otherId}`}>
                  {c.otherUnit ?? '未识别单位'}《{c.otherFile}》
                </Link>
              </Typography.Text>
              <Typography.Paragraph
                style={quoteStyle}
                ellipsis={{ rows: 6, expandable: true, symbol: '展开' }}
              >
                {c.otherQuote}
              </Typography.Paragraph>
            </Col>
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
