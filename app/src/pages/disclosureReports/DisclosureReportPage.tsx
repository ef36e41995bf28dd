import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { feeText } from '../../../../core/disclosureReport/compose';
import {
  ACTIVE_FIGURE_LABELS,
  ACTIVE_ROWS,
  REMEDY_COLUMNS,
  REMEDY_GROUPS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  remedyCell,
  requestCell,
} from '../../../../core/disclosureReport/template';
import { chineseDate } from '../../../../core/report/render';
import { REPORT_TRANSITIONS, type ReportAction } from '../../../../core/report/workflow';
import { errorMessage } from '../../api/client';
import {
  type DisclosureReportView,
  disclosureCell,
  disclosureDocxPath,
  disclosureKeys,
  disclosureReportAction,
  editDisclosureReport,
  getDisclosureReport,
  refreshDisclosureReport,
} from '../../api/disclosureReports';
import { STATUS_COLORS } from '../reports/reportOutline';

/** A count that opens the records it was made of. */
function CellLink({ value, onOpen, cell }: { value: number; onOpen: (cell: string) => void; cell: string }) {
  return (
    <Button type="link" size="small" data-testid={`cell-${cell}`} onClick={() => onOpen(cell)}>
      {value}
    </Button>
  );
}

function RecordsDrawer({ id, cell, onClose }: { id: string; cell: string | null; onClose: () => void }) {
  const q = useQuery({
    queryKey: disclosureKeys.cell(id, cell ?? ''),
    queryFn: () => disclosureCell(id, cell ?? ''),
    enabled: cell !== null,
  });
  return (
    <Drawer open={cell !== null} onClose={onClose} width={560} title={q.data?.name ?? '统计的记录'}>
      <Typography.Paragraph data-testid="cell-count">共 {q.data?.count ?? '…'} 条记录</Typography.Paragraph>
      <List
        loading={q.isLoading}
        dataSource={q.data?.records ?? []}
        renderItem={(r) => (
          <List.Item data-testid="cell-record">
            <Space direction="vertical" size={0}>
              <Link to={`/ledgers/${r.kind}/${r.id}`}>
                {r.number} {r.title}
              </Link>
              <Typography.Text type="secondary">
                {r.kindLabel} · {chineseDate(r.date)} · {r.state}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}

function RequestTable({ view, onOpen }: { view: DisclosureReportView; onOpen: (c: string) => void }) {
  const t = view.document.tables.requests;
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      data-testid="table-requests"
      scroll={{ x: 900 }}
      dataSource={REQUEST_ROWS.map((r) => ({ ...r }))}
      columns={[
        {
          title: '申请人情况',
          dataIndex: 'label',
          width: 320,
          render: (label: string, r) => <span style={{ paddingLeft: r.level * 16 }}>{label}</span>,
        },
        ...REQUEST_COLUMNS.map((c) => ({
          title: c.key === 'natural' || c.key === 'total' ? c.label : `法人或其他组织·${c.label}`,
          key: c.key,
          align: 'center' as const,
          render: (_: unknown, r: (typeof REQUEST_ROWS)[number]) =>
            r.key === 'results' ? null : (
              <CellLink
                cell={requestCell(r.key, c.key)}
                value={t[requestCell(r.key, c.key)] ?? 0}
                onOpen={onOpen}
              />
            ),
        })),
      ]}
    />
  );
}

function RemedyTable({ view, onOpen }: { view: DisclosureReportView; onOpen: (c: string) => void }) {
  const t = view.document.tables.remedies;
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      data-testid="table-remedies"
      dataSource={REMEDY_GROUPS.map((g) => ({ ...g }))}
      columns={[
        { title: '', dataIndex: 'label', width: 220 },
        ...REMEDY_COLUMNS.map((c) => ({
          title: c.label,
          key: c.key,
          align: 'center' as const,
          render: (_: unknown, g: (typeof REMEDY_GROUPS)[number]) => (
            <CellLink
              cell={remedyCell(g.key, c.key)}
              value={t[remedyCell(g.key, c.key)] ?? 0}
              onOpen={onOpen}
            />
          ),
        })),
      ]}
    />
  );
}

interface Draft {
  overview: string;
  problems: string;
  other: string;
  active: Record<string, number>;
}

/** One 政府信息公开工作年度报告: the six parts, tables that drill down, the workflow buttons. */
export function DisclosureReportPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const q = useQuery({ queryKey: disclosureKeys.detail(id), queryFn: () => getDisclosureReport(id) });
  const [cell, setCell] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [asking, setAsking] = useState<ReportAction | null>(null);
  const [form] = Form.useForm();
  const view = q.data;
  useEffect(() => {
    if (view) {
      const d = view.document;
      setDraft({ overview: d.overview, problems: d.problems, other: d.other, active: d.active });
    }
  }, [view]);
  const done = (r: DisclosureReportView) => {
    qc.setQueryData(disclosureKeys.detail(id), r);
    void qc.invalidateQueries({ queryKey: disclosureKeys.all });
  };
  const onError = (e: unknown) => message.error(errorMessage(e));
  const save = useMutation({
    mutationFn: () => editDisclosureReport(id, { version: view?.version ?? 0, ...(draft ?? {}) }),
    onSuccess: (r) => {
      done(r);
      message.success('已保存');
    },
    onError,
  });
  const refresh = useMutation({
    mutationFn: () => refreshDisclosureReport(id, view?.version ?? 0),
    onSuccess: (r) => {
      done(r);
      message.success('已按台账重新统计');
    },
    onError,
  });
  const act = useMutation({
    mutationFn: (p: {
      action: ReportAction;
      reason?: string;
      secrecy?: { reviewer: string; date: string; result: 'passed' };
    }) => disclosureReportAction(id, { version: view?.version ?? 0, ...p }),
    onSuccess: (r) => {
      done(r);
      setAsking(null);
      message.success(`报告已${r.statusLabel}`);
    },
    onError,
  });
  if (!view || !draft) return <Card loading />;
  const edit = view.editable;
  const doc = view.document;
  const text = (key: 'overview' | 'problems' | 'other', rows: number, testid: string) =>
    edit ? (
      <Input.TextArea
        data-testid={testid}
        autoSize={{ minRows: rows }}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    ) : (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {draft[key] || '（未填写）'}
      </Typography.Paragraph>
    );
  const start = (a: ReportAction) => {
    if (a === 'return' || a === 'publish') {
      form.resetFields();
      setAsking(a);
    } else act.mutate({ action: a });
  };
  return (
    <Card
      title={
        <Space>
          {doc.title}
          <Tag color={STATUS_COLORS[view.status]} data-testid="disclosure-status">
            {view.statusLabel}
          </Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <a href={disclosureDocxPath(id)}>下载 .docx</a>
          {edit ? (
            <>
              <Button onClick={() => refresh.mutate()} loading={refresh.isPending}>
                按台账重新统计
              </Button>
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="disclosure-save">
                保存
              </Button>
            </>
          ) : null}
          {view.actions.map((a) => (
            <Button key={a} type="primary" loading={act.isPending} onClick={() => start(a)}>
              {REPORT_TRANSITIONS[a].label}
            </Button>
          ))}
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Alert
          type={view.deadline.overdue ? 'error' : 'info'}
          showIcon
          message={`公开截止：${chineseDate(view.deadline.due)}${view.deadline.overdue ? '（已逾期）' : ''}`}
          description={view.deadline.explanation}
        />
        {view.returnReason && view.status === 'draft' ? (
          <Alert type="warning" showIcon message={`退回原因：${view.returnReason}`} />
        ) : null}
        {view.checks.map((c) => (
          <Alert
            key={`${c.code}-${c.cell ?? ''}-${c.message}`}
            data-testid="disclosure-check"
            type={c.severity === 'error' ? 'error' : 'warning'}
            showIcon
            message={c.message}
          />
        ))}
        <Typography.Title level={5}>一、总体情况</Typography.Title>
        {text('overview', 3, 'part-overview')}
        <Typography.Title level={5}>二、主动公开政府信息情况</Typography.Title>
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          dataSource={ACTIVE_ROWS.map((r) => ({ ...r }))}
          columns={[
            { title: '条目', dataIndex: 'item', width: 160 },
            { title: '信息内容', dataIndex: 'label', width: 160 },
            {
              title: '数量',
              key: 'figures',
              render: (_: unknown, r: (typeof ACTIVE_ROWS)[number]) => (
                <Space wrap>
                  {r.figures.map((f) => {
                    const key = `active.${r.key}.${f}`;
                    return (
                      <Space key={key} size={4}>
                        <span>{ACTIVE_FIGURE_LABELS[f]}</span>
                        {edit ? (
                          <InputNumber
                            min={0}
                            aria-label={`${r.label}${ACTIVE_FIGURE_LABELS[f]}`}
                            value={draft.active[key] ?? 0}
                            onChange={(v) =>
                              setDraft({ ...draft, active: { ...draft.active, [key]: Number(v ?? 0) } })
                            }
                          />
                        ) : (
                          <b>{draft.active[key] ?? 0}</b>
                        )}
                      </Space>
                    );
                  })}
                </Space>
              ),
            },
          ]}
        />
        <Typography.Title level={5}>三、收到和处理政府信息公开申请情况</Typography.Title>
        <RequestTable view={view} onOpen={setCell} />
        {doc.tables.assumed.length ? (
          <Typography.Text type="secondary">
            注：{doc.tables.assumed.length}件申请登记时尚无年报统计所需信息，按默认口径计入：
            {doc.tables.assumed.map((a) => `${a.number}（${a.why}）`).join('；')}
          </Typography.Text>
        ) : null}
        <Typography.Title level={5}>四、政府信息公开行政复议、行政诉讼情况</Typography.Title>
        <RemedyTable view={view} onOpen={setCell} />
        <Typography.Title level={5}>五、存在的主要问题及改进情况</Typography.Title>
        {text('problems', 3, 'part-problems')}
        <Typography.Title level={5}>六、其他需要报告的事项</Typography.Title>
        <Typography.Paragraph>
          {feeText({ ...doc.tables, trace: { requests: [], cases: [] } })}
        </Typography.Paragraph>
        {text('other', 2, 'part-other')}
      </Flex>
      <RecordsDrawer id={id} cell={cell} onClose={() => setCell(null)} />
      <Modal
        open={asking !== null}
        title={asking ? REPORT_TRANSITIONS[asking].label : ''}
        okText="确定"
        cancelText="取消"
        confirmLoading={act.isPending}
        onCancel={() => setAsking(null)}
        onOk={async () => {
          const v = await form.validateFields();
          if (asking === 'return') act.mutate({ action: 'return', reason: v.reason });
          else
            act.mutate({
              action: 'publish',
              secrecy: { reviewer: v.reviewer, date: v.date.format('YYYY-MM-DD'), result: 'passed' },
            });
        }}
      >
        <Form form={form} layout="vertical">
          {asking === 'return' ? (
            <Form.Item name="reason" label="退回原因" rules={[{ required: true, message: '请填写退回原因' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : (
            <>
              <Typography.Paragraph type="secondary">
                公开前须经保密审查（《政府信息公开条例》第十七条），请记录审查人和日期。
              </Typography.Paragraph>
              <Form.Item
                name="reviewer"
                label="保密审查人"
                rules={[{ required: true, message: '请填写保密审查人' }]}
              >
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name="date" label="审查日期" rules={[{ required: true, message: '请选择审查日期' }]}>
                <DatePicker />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
