import { Empty, Timeline, Typography } from 'antd';
import { chineseDate } from '../../../../core/calendar';
import { findAction, type LedgerKind } from '../../../../core/ledgers';
import type { LedgerEventView } from '../../api/ledgers';
import { formatDateTime } from '../../lib/format';
import { fieldText, type VillageName } from './fieldText';

/** The payload of a step as "label：value" lines, in the order the action declares its fields. */
export function eventLines(kind: LedgerKind, e: LedgerEventView, villageName?: VillageName): string[] {
  const fields = findAction(kind, e.action)?.fields ?? [];
  const lines: string[] = [];
  for (const f of fields) {
    const v = e.payload[f.key];
    if (v === undefined || v === null || v === '') continue;
    lines.push(`${f.label}：${fieldText(f, v, villageName)}`);
  }
  return lines;
}

/** The record's workflow, oldest step first: what was done, on which day, by whom. */
export function EventTimeline({
  kind,
  events,
  villageName,
}: {
  kind: LedgerKind;
  events: readonly LedgerEventView[];
  villageName: VillageName;
}) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无办理记录" />;
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
            {eventLines(kind, e, villageName).map((line) => (
              <div key={line} style={{ whiteSpace: 'pre-wrap' }}>
                {line}
              </div>
            ))}
            {e.warning ? <Typography.Text type="warning">注意：{e.warning}</Typography.Text> : null}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                录入于 {formatDateTime(e.at)}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}
