import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  FileWordOutlined,
  RedoOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Space, Steps, Tag, Typography } from 'antd';
import { chinaDayOfIso } from '../../../../core/calendar';
import type { ReportCheck } from '../../../../core/report/checks/types';
import { chineseDate } from '../../../../core/report/render';
import type { ReportAction } from '../../../../core/report/workflow';
import { type ReportView, reportDocxUrl, reportPdfUrl } from '../../api/reports';
import { PdfDownloadButton } from '../../components/PdfDownloadButton';
import { checkAnchor, DEADLINE_TAGS, groupChecks, STATUS_COLORS, statusStep } from './reportOutline';

interface Props {
  view: ReportView;
  busy: boolean;
  onAction: (action: ReportView['actions'][number]) => void;
  onRefresh: () => void;
  onRecompose: () => void;
  onCheck: (check: ReportCheck) => void;
}

const day = (iso: string | null) => {
  const d = chinaDayOfIso(iso);
  return d ? chineseDate(d) : undefined;
};

/** The steps whose button should stand out: the ones that move the report forward. */
const FORWARD: readonly ReportAction[] = ['submit', 'approve', 'report', 'publish'];

function CheckEntry({
  check: c,
  tone,
  onCheck,
}: {
  check: ReportCheck;
  tone: 'error' | 'warning';
  onCheck: ((c: ReportCheck) => void) | undefined;
}) {
  const body = (
    <>
      <div>{c.message}</div>
      {c.quote ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: c.quote }}>
          “{c.quote}”
        </Typography.Text>
      ) : null}
    </>
  );
  const style = { borderLeft: `3px solid ${tone === 'error' ? '#ff4d4f' : '#faad14'}`, paddingLeft: 8 };
  if (!onCheck)
    return (
      <div data-testid="check-item" style={style}>
        {body}
      </div>
    );
  return (
    <button
      type="button"
      data-testid="check-item"
      data-paragraph-id={c.paragraphId}
      title="定位到报告中的位置"
      onClick={() => onCheck(c)}
      style={{
        ...style,
        display: 'block',
        width: '100%',
        textAlign: 'left',
        background: 'none',
        borderTop: 'none',
        borderRight: 'none',
        borderBottom: 'none',
        font: 'inherit',
        color: 'inherit',
        cursor: 'pointer',
      }}
    >
      {body}
    </button>
  );
}

function CheckList({
  title,
  checks,
  tone,
  onCheck,
}: {
  title: string;
  checks: ReportCheck[];
  tone: 'error' | 'warning';
  onCheck: (c: ReportCheck) => void;
}) {
  if (checks.length === 0) return null;
  return (
    <div data-testid={`checks-${tone}`}>
      <Typography.Text strong style={{ color: tone === 'error' ? '#cf1322' : '#d48806' }}>
        {tone === 'error' ? <CloseCircleOutlined /> : <WarningOutlined />} {title}（{checks.length}）
      </Typography.Text>
      <List
        size="small"
        split={false}
        dataSource={checks}
        renderItem={(c, i) => {
          const linked = checkAnchor(c) !== null;
          return (
            <List.Item
              key={`${c.code}:${c.paragraphId ?? ''}:${i}`}
              style={{ padding: '6px 0', display: 'block' }}
            >
              <CheckEntry check={c} tone={tone} onCheck={linked ? onCheck : undefined} />
            </List.Item>
          );
        }}
      />
    </div>
  );
}

/** Status, steps, deadlines, what the reader may do, and the checks. */
export function ReportPanel({ view, busy, onAction, onRefresh, onRecompose, onCheck }: Props) {
  const { errors, warnings } = groupChecks(view.checks);
  const current = statusStep(view.status);
  const dates = [view.updatedAt, view.submittedAt, view.approvedAt, view.reportedAt, view.publishedAt];
  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title="进度"
        extra={<Tag color={STATUS_COLORS[view.status]}>{view.statusLabel}</Tag>}
      >
        <Steps
          orientation="vertical"
          size="small"
          current={current}
          status={view.status === 'published' ? 'finish' : 'process'}
          items={['草稿', '待审核', '已批准', '已报送', '已公开'].map((title, i) => ({
            title,
            content: i <= current && i > 0 ? day(dates[i] ?? null) : undefined,
          }))}
        />
        {view.revision > 1 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            本报告曾退回修改后重新批准，已批准 {view.revision} 次。
          </Typography.Text>
        ) : null}
      </Card>

      <Card size="small" title="期限">
        <Flex vertical gap={8}>
          {view.deadlines.map((d) => (
            <div key={d.key} data-testid={`deadline-${d.key}`}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong>{d.label}</Typography.Text>
                <Tag color={DEADLINE_TAGS[d.state].color} style={{ marginInlineEnd: 0 }}>
                  {DEADLINE_TAGS[d.state].label}
                </Tag>
              </Flex>
              <Typography.Text type={d.state === 'overdue' ? 'danger' : undefined}>
                截止 {chineseDate(d.due)}
                {d.doneOn ? `，${chineseDate(d.doneOn)}完成` : ''}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
                {d.explanation}
              </Typography.Paragraph>
            </div>
          ))}
        </Flex>
      </Card>

      <Card size="small" title="操作">
        <Flex wrap gap={8}>
          {view.actions.map((a) => (
            <Button
              key={a.action}
              type={FORWARD.includes(a.action) ? 'primary' : 'default'}
              danger={a.reason}
              disabled={busy}
              onClick={() => onAction(a)}
            >
              {a.label}
            </Button>
          ))}
          {view.canEdit && view.stale.length > 0 ? (
            <Button icon={<SyncOutlined />} disabled={busy} onClick={onRefresh}>
              刷新数字
            </Button>
          ) : null}
          {view.canEdit ? (
            <Button icon={<RedoOutlined />} disabled={busy} onClick={onRecompose}>
              重新起草
            </Button>
          ) : null}
          <Button icon={<FileWordOutlined />} href={reportDocxUrl(view.id)} download>
            下载 Word
          </Button>
          {view.pdf ? <PdfDownloadButton url={reportPdfUrl(view.id)} fileName="年度报告.pdf" /> : null}
        </Flex>
        {view.canEdit && view.stale.length > 0 ? (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            有 {view.stale.length} 处数字与台账现值不一致（文中黄色标出），“刷新数字”按台账更新。
          </Typography.Paragraph>
        ) : null}
      </Card>

      <Card size="small" title="检查结果" data-testid="report-checks">
        {view.checks.length === 0 ? (
          <Alert type="success" showIcon icon={<CheckCircleOutlined />} title="未发现问题" />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size={8}>
            {errors.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                “必须修改”的问题改正后才能提交审核和批准；点击问题可定位到所在段落。
              </Typography.Text>
            ) : null}
            <CheckList title="必须修改" tone="error" checks={errors} onCheck={onCheck} />
            <CheckList title="建议修改" tone="warning" checks={warnings} onCheck={onCheck} />
          </Space>
        )}
      </Card>
    </Flex>
  );
}
