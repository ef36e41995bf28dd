import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined, MinusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { CATALOG, indicatorDef } from '../../../../core/indicators';
import { errorMessage } from '../../api/client';
import { getUnitIndicators, type IndicatorValue } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { changeOf, changeText, formatFigure, groupByArea } from './figures';

const CATALOG_ORDER = new Map(CATALOG.map((d, i) => [d.key, i]));
const byCatalog = (a: string, b: string) =>
  (CATALOG_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (CATALOG_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER);

const ARROWS = {
  up: { icon: <ArrowUpOutlined />, color: '#3f8600' },
  down: { icon: <ArrowDownOutlined />, color: '#cf1322' },
  same: { icon: <MinusOutlined />, color: undefined },
} as const;

function Figure({ k, v, year }: { k: string; v: IndicatorValue; year: number }) {
  const def = indicatorDef(k);
  const unit = v.unit || def?.unit || '';
  const change = changeOf(v.value, v.previous, unit === '%');
  const arrow = change ? ARROWS[change.direction] : null;
  const parts =
    v.numerator !== undefined && v.denominator !== undefined ? `（${v.numerator}/${v.denominator}）` : '';
  return (
    <div data-testid={`figure-${k}`} style={{ padding: '8px 0' }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {def?.name ?? k}
        {v.reason ? (
          <Tooltip title={v.reason}>
            <InfoCircleOutlined style={{ marginLeft: 4 }} aria-label={v.reason} />
          </Tooltip>
        ) : null}
      </Typography.Text>
      <div style={{ fontSize: 22, lineHeight: 1.4 }}>
        {v.rows ? (
          <Link to={v.rows} title={`查看${year}年${def?.name ?? k}台账`}>
            {formatFigure(v.value, unit)}
          </Link>
        ) : (
          formatFigure(v.value, unit)
        )}
        {parts ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {parts}
          </Typography.Text>
        ) : null}
      </div>
      <Typography.Text style={{ fontSize: 12, color: arrow?.color }} type={arrow ? undefined : 'secondary'}>
        {change && arrow ? (
          <>
            {arrow.icon} {changeText(change)}
            {change.percent === null && change.points === null ? null : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                （上年 {formatFigure(v.previous, unit)}）
              </Typography.Text>
            )}
          </>
        ) : (
          `上年 ${formatFigure(v.previous, unit)}`
        )}
      </Typography.Text>
    </div>
  );
}

/** 工作台 key figures: the unit's indicators for the year against last year, by area, each linked to its rows. */
export function KeyFigures({ unitId, year }: { unitId: string; year: number }) {
  const query = useQuery({
    queryKey: queryKeys.unitIndicators(unitId, year),
    queryFn: () => getUnitIndicators(unitId, year),
  });
  if (query.isPending)
    return (
      <Card title="主要指标" style={{ marginBottom: 16 }}>
        {<Skeleton active />}
      </Card>
    );
  if (query.isError)
    return (
      <Card title="主要指标" style={{ marginBottom: 16 }}>
        <Alert type="warning" showIcon title="指标暂不可用" description={errorMessage(query.error)} />
      </Card>
    );
  const { values, period } = query.data;
  const keys = Object.keys(values).sort(byCatalog);
  const groups = groupByArea(keys, (k) => indicatorDef(k)?.area);
  return (
    <Card
      title="主要指标"
      style={{ marginBottom: 16 }}
      extra={
        <Typography.Text type="secondary">
          统计期间 {period.from} 至 {period.to}，与上年同期比较
        </Typography.Text>
      }
    >
      {groups.length === 0 ? <Empty description="暂无指标" /> : null}
      <Flex vertical gap={8}>
        {groups.map((g) => (
          <section key={g.area} aria-label={g.label}>
            <Typography.Title level={5} style={{ margin: '4px 0' }}>
              {g.label}
            </Typography.Title>
            <Row gutter={[16, 0]}>
              {g.keys.map((k) => {
                const v = values[k];
                return v ? (
                  <Col key={k} xs={12} md={8} xl={6}>
                    <Figure k={k} v={v} year={year} />
                  </Col>
                ) : null;
              })}
            </Row>
          </section>
        ))}
      </Flex>
    </Card>
  );
}
