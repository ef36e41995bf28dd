import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined, MinusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Skeleton, Tooltip, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { CATALOG, indicatorDef } from '../../../../core/indicators/catalog';
import { errorMessage } from '../../api/client';
import type { IndicatorValue } from '../../api/indicators';
import { changeOf, changeText, formatFigure, groupByArea } from './figures';
import styles from './KeyFigures.module.css';
import { keyFiguresQuery } from './queries';

const CATALOG_ORDER = new Map(CATALOG.map((d, i) => [d.key, i]));
const byCatalog = (a: string, b: string) =>
  (CATALOG_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (CATALOG_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER);

const ARROWS = {
  up: { icon: <ArrowUpOutlined />, color: '#3f8600' },
  down: { icon: <ArrowDownOutlined />, color: '#cf1322' },
  same: { icon: <MinusOutlined />, color: undefined },
} as const;

interface Colors {
  /** Secondary text, as Typography's `type="secondary"`. */
  muted: string;
  text: string;
}

/**
 * One figure. Some sixty are drawn at once, so they are plain elements coloured from the theme
 * rather than several antd components each (Typography, Col): that about halved their share of
 * the 工作台's first draw (~95 → ~40 ms of main-thread time, bench/dashboard-load.ts).
 */
function Figure({ k, v, year, colors }: { k: string; v: IndicatorValue; year: number; colors: Colors }) {
  const def = indicatorDef(k);
  const unit = v.unit || def?.unit || '';
  const change = changeOf(v.value, v.previous, unit === '%');
  const arrow = change ? ARROWS[change.direction] : null;
  // a rate's figure opens its numerator's rows; its denominator is one click away (issue 15 §15)
  const parts =
    v.numerator !== undefined && v.denominator !== undefined ? (
      <>
        （{v.numerator}/
        {v.denominatorRows ? (
          <Link
            to={v.denominatorRows}
            title={`查看计入分母的${v.denominator}条台账`}
            data-testid={`denominator-${k}`}
          >
            {v.denominator}
          </Link>
        ) : (
          v.denominator
        )}
        ）
      </>
    ) : null;
  return (
    <div data-testid={`figure-${k}`} className={styles.figure}>
      <span style={{ color: colors.muted, fontSize: 13 }}>
        {def?.name ?? k}
        {v.reason ? (
          <Tooltip title={v.reason}>
            <InfoCircleOutlined style={{ marginLeft: 4 }} aria-label={v.reason} />
          </Tooltip>
        ) : null}
      </span>
      <div className={styles.value}>
        {v.rows ? (
          <Link to={v.rows} title={`查看${year}年${def?.name ?? k}台账`}>
            {formatFigure(v.value, unit)}
          </Link>
        ) : (
          formatFigure(v.value, unit)
        )}
        {parts ? <span style={{ color: colors.muted, fontSize: 12 }}>{parts}</span> : null}
      </div>
      <span style={{ fontSize: 12, color: arrow ? (arrow.color ?? colors.text) : colors.muted }}>
        {change && arrow ? (
          <>
            {arrow.icon} {changeText(change)}
            {change.percent === null && change.points === null ? null : (
              <span style={{ color: colors.muted }}> （上年 {formatFigure(v.previous, unit)}）</span>
            )}
          </>
        ) : (
          `上年 ${formatFigure(v.previous, unit)}`
        )}
      </span>
    </div>
  );
}

/** 工作台 key figures: the unit's indicators for the year against last year, by area, each linked to its rows. */
export function KeyFigures({ unitId, year }: { unitId: string; year: number }) {
  const query = useQuery(keyFiguresQuery(unitId, year));
  const { token } = theme.useToken();
  const colors: Colors = { muted: token.colorTextDescription, text: token.colorText };
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
            <div className={styles.grid}>
              {g.keys.map((k) => {
                const v = values[k];
                return v ? <Figure key={k} k={k} v={v} year={year} colors={colors} /> : null;
              })}
            </div>
          </section>
        ))}
      </Flex>
    </Card>
  );
}
