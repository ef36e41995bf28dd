import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { chinaDayOfIso } from '../../../../core/calendar';
import type { ReportCheck } from '../../../../core/report/checks/types';
import type { ReportParagraph } from '../../../../core/report/model';
import { chineseDate } from '../../../../core/report/render';
import type { ReportAction } from '../../../../core/report/workflow';
import { errorMessage, isApiError } from '../../api/client';
import {
  actOnReport,
  addParagraph,
  editParagraph,
  getReport,
  publicReportPath,
  type ReportView,
  recomposeReport,
  recordIssuance,
  refreshFigures,
  reportKeys,
} from '../../api/reports';
import { ConfirmationsPanel, IssuancePanel } from './IssuancePanel';
import { AddParagraphModal, type PendingAction, ReportActionModal } from './ReportModals';
import { ReportPanel } from './ReportPanel';
import { type Editing, ReportPaper } from './ReportPaper';
import { checkAnchor, type OutlineEntry, reportOutline, STATUS_COLORS } from './reportOutline';

type AddSlot = Extract<OutlineEntry, { type: 'add' }>;

/** Whoever changed the report meanwhile, or a step refused: both are worth a fresh look. */
const needsReload = (e: unknown) =>
  isApiError(e) && (e.code === 'STALE_VERSION' || e.code === 'ACTION_REFUSED' || e.status === 403);

/** 年度报告: the document as a page, edited in place while a draft; the workflow and checks beside it. */
export function ReportDetailPage() {
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<(Editing & { original: string }) | null>(null);
  const [adding, setAdding] = useState<AddSlot | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [focus, setFocus] = useState<string | null>(null);

  const report = useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: () => getReport(id),
    enabled: id !== '',
  });
  const view = report.data;

  const apply = (next: ReportView) => {
    queryClient.setQueryData(reportKeys.detail(id), next);
    void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['todo'] });
  };
  const fail = (e: unknown) => {
    if (needsReload(e)) {
      // the server's words (someone saved meanwhile, the step is no longer allowed); what was typed stays
      message.warning(errorMessage(e));
      void report.refetch();
    } else message.error(errorMessage(e));
  };

  const change = useMutation({
    mutationFn: (run: (version: number) => Promise<ReportView>) => run(view?.version ?? 0),
    onSuccess: apply,
    onError: fail,
  });

  useEffect(() => {
    if (!focus) return;
    const t = setTimeout(() => setFocus(null), 3000);
    return () => clearTimeout(t);
  }, [focus]);

  const outline = useMemo(() => (view ? reportOutline(view.document) : []), [view]);
  const marks = useMemo(() => {
    const m = new Map<string, 'error' | 'warning'>();
    for (const c of view?.checks ?? []) {
      if (!c.paragraphId) continue;
      if (c.severity === 'error' || !m.has(c.paragraphId)) m.set(c.paragraphId, c.severity);
    }
    return m;
  }, [view]);

  if (report.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (report.isError || !view)
    return (
      <Result
        status={isApiError(report.error) && report.error.status === 404 ? '404' : 'error'}
        title="无法打开年度报告"
        subTitle={errorMessage(report.error)}
        extra={<Link to="/reports">返回年度报告</Link>}
      />
    );

  const startEdit = (p: ReportParagraph, text: string) => {
    if (editing && editing.paragraphId !== p.id && editing.text !== editing.original) {
      message.warning('请先保存或取消正在修改的段落');
      return;
    }
    setEditing({ paragraphId: p.id, text, original: text });
  };

  const save = () => {
    if (!editing) return;
    const { paragraphId, text, original } = editing;
    if (text.trim() === original.trim()) {
      setEditing(null);
      return;
    }
    const run = () =>
      change
        .mutateAsync((version) => editParagraph(id, paragraphId, { version, text: text.trim() }))
        .then(() => {
          setEditing(null);
          message.success(text.trim() === '' ? '已删除该段' : '已保存');
        });
    if (text.trim() === '') {
      modal.confirm({
        title: '删除本段？',
        content: '段落内容已清空，保存后该段将从报告中删除。',
        okText: '删除',
        okButtonProps: { danger: true },
        onOk: () => run().catch(() => undefined),
      });
    } else void run().catch(() => undefined);
  };

  const act = (action: ReportAction, reason?: string) =>
    change
      .mutateAsync((version) => actOnReport(id, action, { version, ...(reason ? { reason } : {}) }))
      .then((next) => {
        setPending(null);
        message.success(`已${pending?.label ?? ''}，报告现为「${next.statusLabel}」`);
      });

  const refresh = () =>
    change
      .mutateAsync((version) => refreshFigures(id, version))
      .then((next) => message.success(next.stale.length === 0 ? '数字已按台账更新' : '已刷新'))
      .catch(() => undefined);

  const recompose = () =>
    modal.confirm({
      title: '按台账重新起草全文？',
      content: '现有全文（包括手工修改和添加的段落）将被替换为按当前台账数据重新生成的文本，此操作不能撤销。',
      okText: '重新起草',
      okButtonProps: { danger: true },
      onOk: () =>
        change
          .mutateAsync((version) => recomposeReport(id, version))
          .then(() => {
            setEditing(null);
            message.success('已按台账重新起草');
          })
          .catch(() => undefined),
    });

  const jump = (c: ReportCheck) => {
    const anchor = checkAnchor(c);
    if (!anchor) return;
    document.getElementById(anchor)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setFocus(anchor);
  };

  const approvedOn = chinaDayOfIso(view.approvedAt);
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Link to={`/reports?year=${view.year}`}>
          <ArrowLeftOutlined /> 年度报告
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {view.unit.name} {view.year}年度法治政府建设报告
        </Typography.Title>
        <Tag color={STATUS_COLORS[view.status]} data-testid="report-status">
          {view.statusLabel}
        </Tag>
        {view.status === 'published' ? (
          <a href={publicReportPath(view.id)} target="_blank" rel="noreferrer">
            查看公开页
          </a>
        ) : null}
      </Flex>
      {view.returnReason && view.status === 'draft' ? (
        <Alert
          type="warning"
          showIcon
          title="报告被退回修改"
          description={view.returnReason}
          data-testid="return-reason"
        />
      ) : null}
      {view.frozen ? (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={`报告已于${approvedOn ? chineseDate(approvedOn) : ''}批准，文本已冻结`}
          description="批准时的文本即为报送和公开的文本，数字不再随台账变化；如需修改，须由县级退回乡镇后重新起草审核。"
        />
      ) : !view.canEdit ? (
        <Alert type="info" showIcon title={`报告为「${view.statusLabel}」，当前不能修改`} />
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <div style={{ flex: '1 1 620px', minWidth: 0 }}>
          <ReportPaper
            title={view.rendered.title}
            signature={view.rendered.signature}
            outline={outline}
            stale={view.stale}
            canEdit={view.canEdit}
            editing={editing}
            saving={change.isPending}
            focus={focus}
            marks={marks}
            onEdit={startEdit}
            onEditText={(text) => setEditing((e) => (e ? { ...e, text } : e))}
            onSave={save}
            onCancel={() => setEditing(null)}
            onAdd={setAdding}
          />
        </div>
        <div
          style={{
            flex: '0 1 360px',
            minWidth: 300,
            position: 'sticky',
            top: 16,
            maxHeight: 'calc(100vh - 32px)',
            overflowY: 'auto',
          }}
        >
          <ReportPanel
            view={view}
            busy={change.isPending}
            onAction={(a) => setPending(a)}
            onRefresh={refresh}
            onRecompose={recompose}
            onCheck={jump}
          />
          <IssuancePanel
            view={view}
            busy={change.isPending}
            onRecord={(p) =>
              void change
                .mutateAsync((version) => recordIssuance(id, { ...p, version }))
                .then(() => message.success('已记录'))
                .catch(() => undefined)
            }
          />
          {view.canEdit ? (
            <ConfirmationsPanel
              unitId={view.unit.id}
              year={view.year}
              onChanged={() => message.success('已更新确认，重新起草全文后生效')}
            />
          ) : null}
        </div>
      </Flex>
      <ReportActionModal pending={pending} onCancel={() => setPending(null)} onConfirm={act} />
      <AddParagraphModal
        slot={adding}
        onCancel={() => setAdding(null)}
        onAdd={(p) =>
          change
            .mutateAsync((version) =>
              addParagraph(id, {
                version,
                part: adding?.part ?? 'other',
                ...(p.sectionId ? { sectionId: p.sectionId } : {}),
                text: p.text,
              }),
            )
            .then(() => {
              setAdding(null);
              message.success('已添加段落');
            })
        }
      />
    </Flex>
  );
}
