import { Empty, Timeline, Typography } from 'antd';
import type { AuditEntry } from '../api/types';
import { auditDiff, type UnitNameLookup } from '../lib/auditDiff';
import { formatDateTime } from '../lib/format';
import { auditActionLabel } from '../locales/zh-CN';

const ACTION_COLORS: Record<string, string> = {
  'user.create': 'green',
  'unit.create': 'green',
  'auth.login_failed': 'red',
};

function DiffList({ entry, unitName }: { entry: AuditEntry; unitName?: UnitNameLookup }) {
  const lines = auditDiff(entry.before, entry.after, unitName);
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {lines.map((l) => (
        <li key={l.field}>
          <Typography.Text type="secondary">{l.label}：</Typography.Text>
          {l.before !== undefined ? (
            <>
              <Typography.Text delete={l.after !== undefined}>{l.before}</Typography.Text>
              {l.after !== undefined ? ' → ' : ''}
            </>
          ) : null}
          {l.after !== undefined ? <Typography.Text>{l.after}</Typography.Text> : null}
        </li>
      ))}
    </ul>
  );
}

/** A record's history, newest first; pure rendering so it can be shown anywhere entries are at hand. */
export function AuditTimeline({
  entries,
  unitName,
}: {
  entries: readonly AuditEntry[];
  unitName?: UnitNameLookup;
}) {
  if (entries.length === 0) return <Empty description="暂无留痕记录" />;
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      items={newestFirst.map((e) => ({
        key: e.seq,
        color: ACTION_COLORS[e.action] ?? 'blue',
        // time inside the content rather than as `title`: a title column would take half the drawer
        content: (
          <div data-testid="audit-entry">
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDateTime(e.at)}
            </Typography.Text>
            <Typography.Text strong>{auditActionLabel(e.action)}</Typography.Text>
            <Typography.Text type="secondary"> · {e.actor?.displayName ?? '系统'}</Typography.Text>
            <DiffList entry={e} unitName={unitName} />
          </div>
        ),
      }))}
    />
  );
}
