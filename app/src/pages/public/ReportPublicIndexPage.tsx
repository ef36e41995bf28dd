import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { chinaDayOfIso, chineseDate } from '../../../../core/calendar';
import { errorMessage, isApiError } from '../../api/client';
import { getPublicReportIndex, publicReportPath, reportKeys } from '../../api/reports';
import { PublicShell } from '../intake/PublicShell';

const TITLE = '法治政府建设年度报告';

/** Published dates are China days. */
const dayOf = (iso: string | null) => {
  const day = chinaDayOfIso(iso);
  return day ? chineseDate(day) : '';
};

/** 年度报告公开: a county's or township's published annual reports, for anyone, on a phone. */
export function ReportPublicIndexPage() {
  const { unitCode = '' } = useParams();
  const query = useQuery({
    queryKey: reportKeys.publicIndex(unitCode),
    queryFn: () => getPublicReportIndex(unitCode),
    retry: (n, e) => !(isApiError(e) && e.status === 404) && n < 2,
  });

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
          title={isApiError(query.error) && query.error.status === 404 ? '未找到该单位' : '暂时无法打开'}
          subTitle={errorMessage(query.error)}
        />
      </PublicShell>
    );

  const { unit, reports, units } = query.data;
  const byUnitYear = new Map(reports.map((r) => [`${r.unitCode}:${r.year}`, r.id]));
  // a county lists its townships too; a township only itself
  const others = units.filter((u) => u.code !== unit.code);
  return (
    <PublicShell title={`${unit.name} · ${TITLE}`}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small" title="已公开的报告">
          <List
            dataSource={[...reports].sort(
              (a, b) => b.year - a.year || a.unitName.localeCompare(b.unitName, 'zh'),
            )}
            locale={{ emptyText: <Empty description="暂无已公开的年度报告" /> }}
            renderItem={(r) => (
              <List.Item data-testid="public-report" extra={<RightOutlined style={{ color: '#bfbfbf' }} />}>
                <Link to={publicReportPath(r.id)} style={{ display: 'block', flex: 1, minWidth: 0 }}>
                  <Typography.Text strong style={{ whiteSpace: 'normal' }}>
                    {r.unitName}
                    {r.year}年度法治政府建设情况报告
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.publishedAt ? `${dayOf(r.publishedAt)}公开` : ''}
                  </Typography.Text>
                </Link>
              </List.Item>
            )}
          />
        </Card>
        {others.length > 0 ? (
          <Card size="small" title="各单位公开情况">
            <List
              dataSource={others}
              renderItem={(u) => (
                <List.Item data-testid="public-unit">
                  <div style={{ width: '100%' }}>
                    <Link to={`/public/units/${encodeURIComponent(u.code)}/reports`}>
                      <Typography.Text strong>{u.name}</Typography.Text>
                    </Link>
                    <div style={{ marginTop: 4 }}>
                      {u.published.length === 0 ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          暂无已公开的报告
                        </Typography.Text>
                      ) : (
                        [...u.published]
                          .sort((a, b) => b.year - a.year)
                          .map((p) => {
                            const id = byUnitYear.get(`${u.code}:${p.year}`);
                            const tag = (
                              <Tag key={p.year} color="red" style={{ marginBottom: 4 }}>
                                {p.year}年度{p.publishedAt ? `（${dayOf(p.publishedAt)}公开）` : ''}
                              </Tag>
                            );
                            return id ? (
                              <Link key={p.year} to={publicReportPath(id)}>
                                {tag}
                              </Link>
                            ) : (
                              tag
                            );
                          })
                      )}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          依据《法治政府建设与责任落实督察工作规定》，各级政府应于每年4月1日前向社会公开上一年度法治政府建设情况报告。
        </Typography.Text>
      </Space>
    </PublicShell>
  );
}
