import { Button, Space, Tooltip } from 'antd';
import { findAction, type LedgerKind, planAction } from '../../../../core/ledgers';
import type { LedgerRecordDetail } from '../../api/ledgers';
import type { Role } from '../../api/types';
import { today } from './formIssues';

/**
 * Why a step without fields cannot be taken yet (结案前至少需要记录一次回访), from the same plan
 * the server runs; null when it can, or when only the step's form can tell.
 */
export function blockedReason(
  kind: LedgerKind,
  record: LedgerRecordDetail,
  key: string,
  role: Role,
): string | null {
  const def = findAction(kind, key);
  if (!def || (def.fields?.length ?? 0) > 0) return null;
  const plan = planAction(
    kind,
    {
      state: record.state,
      data: record.data,
      events: record.events.map((e) => ({ action: e.action, on: e.on, payload: e.payload })),
    },
    key,
    {},
    { role },
    { today: record.today ?? today() },
  );
  return plan.ok ? null : plan.reason;
}

/** The steps the server says this user may take now, as buttons. */
export function RecordActions({
  kind,
  record,
  role,
  onAction,
}: {
  kind: LedgerKind;
  record: LedgerRecordDetail;
  role: Role;
  onAction: (key: string) => void;
}) {
  return (
    <Space wrap>
      {record.actions.map((a, i) => {
        // the server judges with the record's today and calendar; older responses lack it
        const reason = a.blocked !== undefined ? a.blocked : blockedReason(kind, record, a.key, role);
        const danger = findAction(kind, a.key)?.confirm !== undefined;
        const button = (
          <Button
            key={a.key}
            type={i === 0 && !danger ? 'primary' : 'default'}
            danger={danger}
            disabled={reason !== null}
            onClick={() => onAction(a.key)}
          >
            {a.label}
          </Button>
        );
        return reason ? (
          <Tooltip key={a.key} title={reason}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
    </Space>
  );
}
