import { ArrowLeftOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { Link, useParams } from 'react-router';
import { chinaDayOfIso, chineseDate } from '../../../../core/calendar';
import { errorMessage, isApiError } from '../../api/client';
import {
  getPublicReport,
  publicDocxUrl,
  publicHtmlUrl,
  publicIndexPath,
  publicPdfUrl,
  reportKeys,
} from '../../api/reports';
import { PdfDownloadButton } from '../../components/PdfDownloadButton';
import { PublicShell } from '../intake/PublicShell';

const TITLE = '法治政府建设年度报告';

const BODY: CSSProperties = {
  fontFamily: '"FangSong", "STFangsong", "仿宋", "Songti SC", serif',
  fontSize: 16,
  lineHeight: 1.9,
  color: '#1f1f1f',
  wordBreak: 'break-word',
};
const H1: CSSProperties = {
  fontFamily: '"方正小标宋简体", "STZhongsong", "SimSun", "Songti SC", serif',
  fontSize: 20,
  fontWeight: 600,
  textAlign: 'center',
  lineHeight: 1.6,
  margin: '8px 0 20px',
};
const PART: CSSProperties = {
  fontFamily: '"SimHei", "Heiti SC", sans-serif',
  fontSize: 16,
  margin: '12px 0 4px',
};
const SECTION: CSSProperties = { fontFamily: '"KaiTi", "STKaiti", serif', fontSize: 16, margin: '8px 0 4px' };
const PARA: CSSProperties = { textIndent: '2em', margin: '0 0 6px', textAlign: 'justify' };

/** Published dates are China days. */
const dayOf = (iso: string | null) => {
  const day = chinaDayOfIso(iso);
  return day ? chineseDate(day) : '';
};

/** One published annual report to read on a phone, with the Word file and a printable page. */
export function ReportPublicPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: reportKeys.publicReport(id),
    queryFn: () => getPublicReport(id),
    retry: (n, e) => !(isApiError(e) && e.status === 404) && n < 2,
  });

  if (query.isPending)
    return (
      <PublicShell title={TITLE}>
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </PublicShell>
    );
  if (query.isError)
    return (
      <PublicShell title={TITLE}>
        <Result
          status={isApiError(query.error) && query.error.status === 404 ? '404' : 'error'}
          title={
            isApiError(query.error) && query.error.status === 404 ? '该报告不存在或尚未公开' : '暂时无法打开'
          }
          subTitle={errorMessage(query.error)}
        />
      </PublicShell>
    );

  const r = query.data;
  const { rendered } = r;
  return (
    <PublicShell title={`${r.unit.name} · ${TITLE}`}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Link to={publicIndexPath(r.unit.code)}>
          <ArrowLeftOutlined /> 全部报告
        </Link>
        <Flex gap={8}>
          <Button size="small" icon={<FileWordOutlined />} href={publicDocxUrl(r.id)} download>
            下载 Word
          </Button>
          {r.pdf ? (
            <PdfDownloadButton
              size="small"
              url={publicPdfUrl(r.id)}
              fileName={`${r.unit.name}${r.year}年度报告.pdf`}
            />
          ) : null}
          <Button size="small" icon={<PrinterOutlined />} href={publicHtmlUrl(r.id)} target="_blank">
            打印版
          </Button>
        </Flex>
      </Flex>
      <Card size="small" styles={{ body: { padding: '20px 16px' } }}>
        <article style={BODY} data-testid="public-report-text">
          <h1 style={H1}>{rendered.title}</h1>
          {rendered.blocks.map((b, i) =>
            b.kind === 'heading' ? (
              b.level === 1 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings have no id; the blocks never reorder
                <h2 key={i} style={PART}>
                  {b.text}
                </h2>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <h3 key={i} style={SECTION}>
                  {b.text}
                </h3>
              )
            ) : (
              <p key={b.paragraphId} style={PARA}>
                {b.text}
              </p>
            ),
          )}
          <div style={{ textAlign: 'right', marginTop: 28 }} data-testid="public-report-signature">
            <div>{rendered.signature.unit}</div>
            <div>{chineseDate(rendered.signature.date)}</div>
          </div>
        </article>
      </Card>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
        {r.year}年度报告{r.publishedAt ? `，${dayOf(r.publishedAt)}公开` : ''}。
      </Typography.Paragraph>
    </PublicShell>
  );
}
