import { PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { chineseDate } from '../../../../core/calendar';
import { findAction, type LedgerKind } from '../../../../core/ledgers';
import { attachmentUrl, type LedgerAttachment, type LedgerEventView } from '../../api/ledgers';
import { formatDateTime } from '../../lib/format';
import { fileSize, UploadButton } from './AttachmentsCard';
import { fieldText, type RefTitle, tableSummary, type VillageName } from './fieldText';

/** The payload of a step as "label：value" lines, in the order the action declares its fields. */
export function eventLines(
  kind: LedgerKind,
  e: LedgerEventView,
  villageName?: VillageName,
  refTitle?: RefTitle,
): string[] {
  const fields = findAction(kind, e.action)?.fields ?? [];
  const lines: string[] = [];
  for (const f of fields) {
    const v = e.payload[f.key];
    if (v === undefined || v === null || v === '') continue;
    const text = f.type === 'table' ? tableSummary(f, v) : fieldText(f, v, villageName, refTitle);
    lines.push(`${f.label}：${text}`);
  }
  return lines;
}

/** The files filed as evidence of each step, by event index. */
export function evidenceByStep(attachments: readonly LedgerAttachment[]): Map<number, LedgerAttachment[]> {
  const out = new Map<number, LedgerAttachment[]>();
  for (const a of attachments) {
    if (typeof a.event !== 'number') continue;
    const list = out.get(a.event) ?? [];
    list.push(a);
    out.set(a.event, list);
  }
  return out;
}

interface Props {
  kind: LedgerKind;
  recordId: string;
  events: readonly LedgerEventView[];
  attachments: readonly LedgerAttachment[];
  villageName: VillageName;
  refTitle?: RefTitle;
  /** May this user file evidence (the server checks again)? */
  canUpload: boolean;
  onChanged: () => void;
}

/** The record's workflow, oldest step first: what was done, on which day, by whom, with its evidence. */
export function EventTimeline({
  kind,
  recordId,
  events,
  attachments,
  villageName,
  refTitle,
  canUpload,
  onChanged,
}: Props) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无办理记录" />;
  const evidence = evidenceByStep(attachments);
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: e.warning ? 'orange' : 'blue',
        content: (
          <div data-testid="ledger-event">
            <Typography.Text strong>{e.label}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {chineseDate(e.on)}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Typography.Text>
            {eventLines(kind, e, villageName, refTitle).map((line) => (
              <div key={line} style={{ whiteSpace: 'pre-wrap' }}>
                {line}
              </div>
            ))}
            {e.warning ? (
              <div data-testid="event-warning">
                <Typography.Text type="warning">
                  <WarningOutlined /> 注意：{e.warning}
                </Typography.Text>
              </div>
            ) : null}
            {(evidence.get(i) ?? []).map((a) => (
              <div key={a.id} data-testid="step-evidence">
                <PaperClipOutlined />{' '}
                <a href={attachmentUrl(kind.kind, recordId, a.id)} download={a.name}>
                  {a.name}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {fileSize(a.size)}
                </Typography.Text>
              </div>
            ))}
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                录入于 {formatDateTime(e.at)}
              </Typography.Text>
              {canUpload ? (
                <UploadButton
                  kind={kind.kind}
                  recordId={recordId}
                  event={i}
                  label="上传证据"
                  onChanged={onChanged}
                />
              ) : null}
            </Flex>
          </div>
        ),
      }))}
    />
  );
}
