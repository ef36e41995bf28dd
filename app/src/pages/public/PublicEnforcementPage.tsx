import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Pagination,
  Result,
  Select,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { chinaDay } from '../../../../core/calendar/dates';
import { errorMessage, isApiError } from '../../api/client';
import { PublicShell } from '../intake/PublicShell';
import { AnnualFigures } from './AnnualFigures';
import {
  chineseDay,
  formatFine,
  getEnforcementAnnual,
  getPublicEnforcement,
  isWithdrawn,
  PAGE_SIZE,
  type PublicEnforcementPage as PageData,
  type PublicDecision,
  readParams,
  type Tab,
  writeParams,
} from './publicEnforcement';

const TITLE = '行政执法公示';

function DecisionCard({ d }: { d: PublicDecision }) {
  if (isWithdrawn(d)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="withdrawal-notice"
        title={`撤回公示：${d.decisionNumber}`}
        description={
          <>
            <div>{d.withdrawNotice}</div>
            <Typography.Text type="secondary">撤回日期：{chineseDay(d.withdrawnOn)}</Typography.Text>
          </>
        }
      />
    );
  }
  const fine = formatFine(d.fineAmount);
  return (
    <Card size="small" data-testid="decision" title={d.caseName} styles={{ title: { whiteSpace: 'normal' } }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'no', label: '决定书文号', children: d.decisionNumber },
          {
            key: 'party',
            label: '当事人',
            children: <span data-testid="decision-party">{d.partyName}</span>,
          },
          { key: 'type', label: '决定类型', children: d.decisionType ?? '—' },
          ...(fine ? [{ key: 'fine', label: '罚款金额', children: fine }] : []),
          { key: 'decided', label: '决定日期', children: chineseDay(d.decidedOn) },
          { key: 'published', label: '公示日期', children: chineseDay(d.publishedOn) },
        ]}
      />
      {d.publicSummary ? (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>{d.publicSummary}</Typography.Paragraph>
      ) : null}
    </Card>
  );
}

function Decisions({
  data,
  q,
  page,
  loading,
  onSearch,
  onPage,
}: {
  data: PageData;
  q: string;
  page: number;
  loading: boolean;
  onSearch: (q: string) => void;
  onPage: (p: number) => void;
}) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        maxLength={50}
        enterButton="搜索"
        placeholder="案由、决定书文号或公示内容"
        aria-label="搜索执法决定"
        onSearch={(v) => onSearch(v.trim())}
        loading={loading}
      />
      <Typography.Text type="secondary">
        {q ? `“${q}”的搜索结果：` : '已公示的执法决定：'}共 {data.total} 件
      </Typography.Text>
      {data.decisions.length === 0 ? (
        <Empty description={q ? '没有找到相关的执法决定' : '暂无公示的执法决定'} />
      ) : (
        data.decisions.map((d) => (
          <DecisionCard key={`${isWithdrawn(d) ? 'w' : 'p'}:${d.decisionNumber}`} d={d} />
        ))
      )}
      {data.total > PAGE_SIZE ? (
        <Pagination
          simple
          align="center"
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          onChange={onPage}
        />
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        自然人当事人仅公示姓氏；身份证号码、联系电话、住址等个人信息不予公开。决定被撤销或变更的，原公示信息依法撤回。
      </Typography.Text>
    </Space>
  );
}

/** A year's 行政执法总体情况 as the township's leader published it (issue 16 §2); nothing until then. */
function AnnualCard({ unitCode }: { unitCode: string }) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useQuery({
    queryKey: ['public-enforcement-annual', unitCode, year],
    queryFn: () => getEnforcementAnnual(unitCode, year),
    retry: false,
  });
  if (!query.data) return null;
  const a = query.data;
  return (
    <Card
      size="small"
      title={`${a.year}年度行政执法总体情况`}
      data-testid="enforcement-annual"
      style={{ marginTop: 12 }}
      extra={
        a.years.length > 1 ? (
          <Select
            size="small"
            aria-label="年度"
            value={a.year}
            onChange={setYear}
            options={a.years.map((y) => ({ value: y, label: `${y}年度` }))}
          />
        ) : null
      }
    >
      <AnnualFigures sections={a.sections} column={1}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {a.basis}，{chineseDay(chinaDay(new Date(a.publishedAt)))}公开（应于{chineseDay(a.due)}前公开）。
        </Typography.Text>
      </AnnualFigures>
    </Card>
  );
}

/** 行政执法公示: a township's enforcement bodies, officers, matters and decisions, for anyone, on a phone. */
export function PublicEnforcementPage() {
  const { unitCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { tab, q, page } = readParams(params);
  const query = useQuery({
    queryKey: ['public-enforcement', unitCode, q, page],
    queryFn: () => getPublicEnforcement(unitCode, q, page),
    placeholderData: (previous) => previous,
    retry: (n, e) => !(isApiError(e) && e.status === 404) && n < 2,
  });
  const go = (next: Partial<{ tab: Tab; q: string; page: number }>) =>
    setParams(writeParams({ tab, q, page, ...next }));

  if (query.isPending)
    return (
      <PublicShell title={TITLE}>
        <Card>
          <Skeleton active />
        </Card>
      </PublicShell>
    );
  if (query.isError)
    return (
      <PublicShell title={TITLE}>
        <Result
          status={isApiError(query.error) && query.error.status === 404 ? '404' : 'error'}
          title={
            isApiError(query.error) && query.error.status === 404 ? '未找到该乡镇（街道）' : '暂时无法打开'
          }
          subTitle={errorMessage(query.error)}
        />
      </PublicShell>
    );

  const data = query.data;
  return (
    <PublicShell title={`${data.unit.name} · ${TITLE}`}>
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => go({ tab: k as Tab })}
          size="small"
          // four tabs fit a 375 px phone side by side (the default gutter pushes one out of view)
          tabBarGutter={12}
          items={[
            {
              key: 'bodies',
              label: '执法主体',
              children: (
                <List
                  dataSource={data.bodies}
                  renderItem={(b) => (
                    <List.Item>
                      <Typography.Text strong>{b.name}</Typography.Text>
                      <Tag>{b.role}</Tag>
                    </List.Item>
                  )}
                />
              ),
            },
            {
              key: 'officers',
              label: '执法人员',
              children: (
                <List
                  dataSource={data.officers}
                  locale={{ emptyText: '暂无执法人员信息' }}
                  renderItem={(o) => (
                    <List.Item>
                      <List.Item.Meta
                        title={o.name}
                        description={
                          <>
                            <div>执法证号：{o.certNumber}</div>
                            <div style={{ marginTop: 4 }}>
                              {o.fields.map((f) => (
                                <Tag key={f}>{f}</Tag>
                              ))}
                            </div>
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
            },
            {
              key: 'matters',
              label: '执法事项',
              children: (
                <List
                  dataSource={data.matters}
                  locale={{ emptyText: '暂无执法事项' }}
                  renderItem={(m) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <span style={{ whiteSpace: 'normal' }}>
                            {m.type ? <Tag color="blue">{m.type}</Tag> : null}
                            {m.name}
                          </span>
                        }
                        description={
                          <>
                            <div>实施机构：{m.department}</div>
                            <div>法律依据：{m.legalBasis}</div>
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
            },
            {
              key: 'decisions',
              label: '执法决定公示',
              children: (
                <Decisions
                  data={data}
                  q={q}
                  page={page}
                  loading={query.isFetching}
                  onSearch={(v) => go({ q: v, page: 1 })}
                  onPage={(p) => go({ page: p })}
                />
              ),
            },
          ]}
        />
      </Card>
      <AnnualCard unitCode={unitCode} />
    </PublicShell>
  );
}
