import { Alert, Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Rectification } from '../../api/rectifications';
import type { CopiedPassage } from '../../api/reviews';
import { COPIES_INCOMPLETE, COPY_KIND_LABELS, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { issuedForCopy } from './copyFinding';
import { markId } from './reportMarks';

const KIND_COLORS: Record<CopiedPassage['kind'], string> = {
  cross_unit: 'orange',
  self_repeat: 'purple',
  same_unit_previous_year: 'purple',
  same_unit: 'blue',
};

const quoteStyle = { margin: 0, fontSize: 13, lineHeight: 1.8, background: '#fff7e6', padding: '4px 8px' };

interface Props {
  copies: readonly CopiedPassage[];
  /** The copy search ran out of time for this report: the list may be short. */
  incomplete?: boolean;
  /** Items already issued for this report. */
  rectifications: readonly Rectification[];
  canIssue: boolean;
  onJump: (id: string) => void;
  /** 下发整改 for passage `index`: opens the rectification modal prefilled with it. */
  onIssue: (index: number) => void;
}

/**
 * 雷同: passages this report shares with others (any report the county has received),
 * side by side with where they also appear; 下发整改 turns one into a 整改 item.
 */
export function CopiesTab({ copies, incomplete, rectifications, canIssue, onJump, onIssue }: Props) {
  const warning = incomplete ? <Alert type="warning" showIcon title={COPIES_INCOMPLETE} /> : null;
  if (copies.length === 0)
    return warning ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现雷同段落" />;
  return (
    <Flex vertical gap={12}>
      {warning}
      {copies.map((c, i) => {
        const issued = issuedForCopy(c, rectifications);
        return (
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
            extra={
              <Flex gap={4} align="center">
                {issued ? (
                  <Tag color={issued.status === 'closed' ? 'default' : 'processing'}>
                    已下发 · {RECTIFICATION_STATUS_LABELS[issued.status]}
                  </Tag>
                ) : null}
                {canIssue ? (
                  <Button size="small" data-testid="copy-issue" onClick={() => onIssue(i)}>
                    下发整改
                  </Button>
                ) : null}
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
        );
      })}
    </Flex>
  );
}
