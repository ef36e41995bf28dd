import { Empty, Timeline, Typography } from 'antd';
import type { AuditEntry } from '../api/types';
import { auditDiff, type DiffLine, type UnitNameLookup } from '../lib/auditDiff';
import { formatDateTime } from '../lib/format';
import { auditActionLabel } from '../locales/zh-CN';

const ACTION_COLORS: Record<string, string> = {
  'user.create': 'green',
  'unit.create': 'green',
  'auth.login_failed': 'red',
};

/** How an entry reads: its action's label and the changed fields (a record kind may describe its own). */
export type DescribeEntry = (entry: AuditEntry) => { action: string; lines: DiffLine[] };

const describeGeneric =
  (unitName?: UnitNameLookup): DescribeEntry =>
  (e) => ({ action: auditActionLabel(e.action), lines: auditDiff(e.before, e.after, unitName) });

function DiffList({ lines }: { lines: DiffLine[] }) {
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
  describe,
}: {
  entries: readonly AuditEntry[];
  unitName?: UnitNameLookup;
  describe?: DescribeEntry;
}) {
  const view = describe ?? describeGeneric(unitName);
  if (entries.length === 0) return <Empty description="暂无留痕记录" />;
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      items={newestFirst.map((e) => {
        const { action, lines } = view(e);
        return {
          key: e.seq,
          color: ACTION_COLORS[e.action] ?? 'blue',
          // time inside the content rather than as `title`: a title column would take half the drawer
          content: (
            <div data-testid="audit-entry">
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
              <Typography.Text strong>{action}</Typography.Text>
              <Typography.Text type="secondary"> · {e.actor?.displayName ?? '系统'}</Typography.Text>
              <DiffList lines={lines} />
            </div>
          ),
        };
      })}
    />
  );
}
