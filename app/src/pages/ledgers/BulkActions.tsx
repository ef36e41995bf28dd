import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, List, Tag, Typography } from 'antd';
import { type ActionDef, actionsFor, type LedgerKind } from '../../../../core/ledgers';
import type { Role } from '../../../../core/roles';
import { errorMessage } from '../../api/client';
import { type LedgerRecord, takeBulkAction } from '../../api/ledgers';

/** One selected record's outcome: 已办理, or the server's Chinese reason for refusing it. */
export interface BulkRowResult {
  id: string;
  number: string;
  ok: boolean;
  message?: string;
}

/** The kind's steps declared `bulk` that the role may take (结案, 标记为无效信息). */
export function bulkActionsOf(kind: LedgerKind, role: Role | undefined): ActionDef[] {
  return role ? kind.actions.filter((a) => a.bulk && a.roles.includes(role)) : [];
}

/** Selected records the workflow lets the step be taken on now (the server decides in the end). */
export function eligible(kind: LedgerKind, action: ActionDef, role: Role, rows: readonly LedgerRecord[]) {
  return rows.filter((r) => actionsFor(kind, r.state, role, r.data).some((a) => a.key === action.key));
}

interface BarProps {
  kind: LedgerKind;
  role: Role;
  selected: LedgerRecord[];
  onDone: (results: BulkRowResult[]) => void;
}

/**
 * Batch steps in a ledger list (issue 15 §6), through the server's bulk endpoint: each selected
 * record is its own transaction, so one refusal (a guard, a record changed meanwhile) leaves
 * the others done, and every row's result is listed.
 */
export function BulkActionBar({ kind, role, selected, onDone }: BarProps) {
  const { message, modal } = App.useApp();
  const actions = bulkActionsOf(kind, role);
  const run = useMutation({
    mutationFn: async (action: ActionDef) => {
      const r = await takeBulkAction(
        kind.kind,
        action.key,
        selected.map((s) => ({ id: s.id, version: s.version })),
      );
      const numbers = new Map(selected.map((s) => [s.id, s.number]));
      return r.results.map((x) => ({ ...x, number: numbers.get(x.id) ?? x.id }));
    },
    onSuccess: (results) => {
      const done = results.filter((r) => r.ok).length;
      if (done > 0) message.success(`已办理 ${done} 条`);
      onDone(results);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (selected.length === 0 || actions.length === 0) return null;
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="bulk-bar">
      <span>已选 {selected.length} 条：</span>
      {actions.map((a) => {
        const ok = eligible(kind, a, role, selected).length;
        return (
          <Button
            key={a.key}
            loading={run.isPending}
            disabled={ok === 0}
            title={ok === 0 ? `所选记录的状态都不能${a.label}` : undefined}
            onClick={() =>
              modal.confirm({
                title: `对选中的 ${selected.length} 条${kind.label}执行“${a.label}”？`,
                content:
                  a.confirm ??
                  (ok < selected.length
                    ? `其中 ${selected.length - ok} 条当前状态不能${a.label}，将列出原因。`
                    : '每条记录分别办理，未能办理的会列出原因。'),
                okText: a.label,
                cancelText: '取消',
                onOk: () => run.mutateAsync(a),
              })
            }
          >
            批量{a.label}（{ok}）
          </Button>
        );
      })}
    </Flex>
  );
}

/** The last batch's result, one line per record. */
export function BulkResultList({ results, onClose }: { results: BulkRowResult[]; onClose: () => void }) {
  const failed = results.filter((r) => !r.ok).length;
  return (
    <Alert
      type={failed > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 12 }}
      data-testid="bulk-result"
      title={`已办理 ${results.length - failed} 条${failed > 0 ? `，${failed} 条未办理` : ''}`}
      description={
        <List
          size="small"
          dataSource={results}
          renderItem={(r) => (
            <List.Item style={{ padding: '2px 0', justifyContent: 'flex-start', gap: 8 }}>
              <Typography.Text>{r.number}</Typography.Text>
              {r.ok ? <Tag color="success">已办理</Tag> : <Tag color="error">未办理</Tag>}
              {r.ok ? null : <Typography.Text type="secondary">{r.message}</Typography.Text>}
            </List.Item>
          )}
        />
      }
    />
  );
}
