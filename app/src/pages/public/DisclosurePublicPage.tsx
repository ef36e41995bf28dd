import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Result, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { chinaDayOfIso, chineseDate } from '../../../../core/calendar';
import { errorMessage, isApiError } from '../../api/client';
import {
  disclosureKeys,
  publicDisclosureDocxPath,
  publicDisclosureReports,
} from '../../api/disclosureReports';
import { PublicShell } from '../intake/PublicShell';

const TITLE = '政府信息公开工作年度报告';

/** The published 政府信息公开工作年度报告 of a county or township, for anyone. */
export function DisclosurePublicPage() {
  const { unitCode = '' } = useParams();
  const query = useQuery({
    queryKey: disclosureKeys.publicIndex(unitCode),
    queryFn: () => publicDisclosureReports(unitCode),
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
  const { unit, reports } = query.data;
  return (
    <PublicShell title={`${unit.name}${TITLE}`}>
      <Card>
        {reports.length === 0 ? (
          <Empty description="尚无已公开的报告" />
        ) : (
          <List
            dataSource={reports}
            renderItem={(r) => (
              <List.Item data-testid="public-disclosure-report">
                <a href={publicDisclosureDocxPath(r.id)}>
                  {r.unitName}
                  {r.year}年政府信息公开工作年度报告
                </a>
                <Typography.Text type="secondary">
                  {chinaDayOfIso(r.publishedAt)
                    ? `${chineseDate(chinaDayOfIso(r.publishedAt) ?? '')}公开`
                    : ''}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
    </PublicShell>
  );
}
