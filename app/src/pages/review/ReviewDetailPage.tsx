import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Result, Row, Skeleton, Tabs } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { listRectifications } from '../../api/rectifications';
import { dismissDefect, getReview, restoreDefect } from '../../api/reviews';
import { AuditHistoryDrawer } from '../../components/AuditHistoryDrawer';
import { useAbility } from '../../hooks/useMe';
import { CopiesTab } from './CopiesTab';
import { copyFinding } from './copyFinding';
import { DefectsTab } from './DefectsTab';
import { IndicatorsTab } from './IndicatorsTab';
import { IssueRectificationModal, type IssueTarget } from './IssueRectificationModal';
import { flashMark, ReportText } from './ReportText';
import { ReviewHeader } from './ReviewHeader';
import { reportMarks } from './reportMarks';
import { StructureTab } from './StructureTab';

// header, page padding, the title card and card chrome: what is left is the text's own scroll area
const PANE_HEIGHT = 'calc(100vh - 240px)';

export function ReviewDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const canManage = useAbility('review.manage');
  const textRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState('structure');
  const [issuing, setIssuing] = useState<IssueTarget | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const review = useQuery({ queryKey: queryKeys.review(id), queryFn: () => getReview(id) });
  const issued = useQuery({
    queryKey: queryKeys.rectificationList({ reviewId: id }),
    queryFn: () => listRectifications({ reviewId: id }),
    enabled: canManage,
  });
  const queryClient = useQueryClient();
  const dismissal = useMutation({
    mutationFn: (p: { index: number; dismiss: boolean }) =>
      p.dismiss ? dismissDefect(id, p.index) : restoreDefect(id, p.index),
    onSuccess: (_, p) => {
      message.success(p.dismiss ? '已忽略该问题，可随时恢复' : '已恢复该问题');
      return queryClient.invalidateQueries({ queryKey: queryKeys.review(id) });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const result = review.data?.result ?? null;
  const marks = useMemo(() => (result ? reportMarks(result) : null), [result]);

  const jump = useCallback(
    (markId: string) => {
      const found = flashMark(textRef.current, markId);
      if (!found) message.info('该项未能在原文中定位');
      return found;
    },
    [message],
  );

  if (review.isPending) return <Skeleton active />;
  if (review.isError) {
    const missing = isApiError(review.error) && review.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '报告不存在或无权查看' : '无法加载报告'}
        subTitle={missing ? undefined : errorMessage(review.error)}
        extra={
          <Link to="/review">
            <Button icon={<ArrowLeftOutlined />}>返回报告审查</Button>
          </Link>
        }
      />
    );
  }
  const r = review.data;

  return (
    <div>
      <ReviewHeader review={r} onHistory={() => setHistoryOpen(true)} />
      {r.error || r.text === null || !result || !marks ? (
        <Alert type="error" showIcon title="文件未能读取" description={r.error ?? '该文件没有可审查的文本'} />
      ) : (
        <Row gutter={16}>
          <Col span={14}>
            <Card title="报告全文" size="small" styles={{ body: { padding: '8px 4px 8px 16px' } }}>
              <ReportText
                ref={textRef}
                text={r.text}
                spans={marks.spans}
                info={marks.info}
                style={{ height: PANE_HEIGHT, paddingRight: 12 }}
              />
            </Card>
          </Col>
          <Col span={10}>
            <Card size="small" styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                activeKey={tab}
                onChange={setTab}
                items={[
                  {
                    key: 'structure',
                    label: '结构',
                    children: <StructureTab result={result} onJump={jump} />,
                  },
                  {
                    key: 'indicators',
                    label: `指标（${result.indicators.length}）`,
                    children: <IndicatorsTab indicators={result.indicators} onJump={jump} />,
                  },
                  {
                    key: 'defects',
                    label: `问题（${result.defects.length}）`,
                    children: (
                      <DefectsTab
                        defects={result.defects}
                        rectifications={issued.data ?? []}
                        canIssue={canManage}
                        dismissed={r.dismissed ?? []}
                        busy={dismissal.isPending}
                        onJump={jump}
                        onIssue={(index) => {
                          const defect = result.defects[index];
                          if (defect) setIssuing({ source: 'defect', index, defect });
                        }}
                        onDismiss={(index) => dismissal.mutate({ index, dismiss: true })}
                        onRestore={(index) => dismissal.mutate({ index, dismiss: false })}
                      />
                    ),
                  },
                  {
                    key: 'copies',
                    label: `雷同（${result.copies.length}）`,
                    children: (
                      <CopiesTab
                        copies={result.copies}
                        incomplete={result.copiesIncomplete === true}
                        rectifications={issued.data ?? []}
                        canIssue={canManage}
                        onJump={jump}
                        onIssue={(index) => {
                          const copy = result.copies[index];
                          if (copy) setIssuing({ source: 'copy', index, defect: copyFinding(copy) });
                        }}
                      />
                    ),
                  },
                ].map((t) => ({
                  ...t,
                  children: (
                    <div style={{ height: `calc(${PANE_HEIGHT} - 20px)`, overflowY: 'auto' }}>
                      {t.children}
                    </div>
                  ),
                }))}
              />
            </Card>
          </Col>
        </Row>
      )}
      <IssueRectificationModal
        reviewId={r.id}
        unitName={r.unit.name}
        target={issuing}
        onClose={() => setIssuing(null)}
      />
      <AuditHistoryDrawer
        entity="report_review"
        entityId={historyOpen ? r.id : null}
        title={`历史记录：${r.fileName}`}
        onClose={() => setHistoryOpen(false)}
      />
    </div>
  );
}
