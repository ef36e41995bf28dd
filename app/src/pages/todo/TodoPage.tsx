import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { chineseDate } from '../../../../core/calendar';
import { completeTodoList } from '../../../../core/ledgers';
import { errorMessage } from '../../api/client';
import { getTodo, type TodoItem as LedgerTodoItem } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { type BulkResult, runBulk } from './bulkRun';
import {
  type BulkOption,
  bulkOptions,
  isTodoTab,
  itemsOfTab,
  TODO_STATE_TAGS,
  TODO_TABS,
  type TodoTab,
} from './todoState';

/** A 待办 item; one that is not a ledger record carries the page it is worked on. */
type TodoItem = LedgerTodoItem;

const rowKey = (i: TodoItem) => `${i.kind}:${i.id}:${i.clock ?? i.state}`;

const COLUMNS: TableColumnsType<TodoItem> = [
  {
    key: 'state',
    title: '情况',
    width: 72,
    render: (_, i) => <Tag color={TODO_STATE_TAGS[i.state].color}>{TODO_STATE_TAGS[i.state].label}</Tag>,
  },
  { key: 'kind', title: '台账', dataIndex: 'kindLabel', width: 100, ellipsis: true },
  {
    key: 'number',
    title: '编号',
    width: 140,
    // an item that is not a ledger record (the annual report) says where it is worked on
    render: (_, i) => <Link to={i.link ?? `/ledgers/${i.kind}/${i.id}`}>{i.number}</Link>,
  },
  {
    key: 'title',
    title: '标题',
    dataIndex: 'title',
    ellipsis: { showTitle: false },
    width: 180,
    render: (_, i) => (
      <Tooltip title={i.title} placement="topLeft">
        <span>{i.title}</span>
      </Tooltip>
    ),
  },
  { key: 'unit', title: '单位', dataIndex: 'unitName', width: 90, ellipsis: true },
  {
    key: 'due',
    title: '期限',
    width: 170,
    ellipsis: true,
    render: (_, i) =>
      i.clockLabel ? (
        <span>
          {i.clockLabel}
          {i.due ? <Typography.Text type="secondary">（{chineseDate(i.due)}）</Typography.Text> : null}
        </span>
      ) : (
        '—'
      ),
  },
  {
    key: 'reason',
    title: '原因',
    // at 1366×768 the whole row fits (issue 15 §2): the reason on one line, in full on hover
    width: 250,
    ellipsis: { showTitle: false },
    render: (_, i) => (
      <Tooltip title={i.reason} placement="topLeft">
        <span data-testid="todo-reason">{i.reason}</span>
      </Tooltip>
    ),
  },
];

/** The columns' widths and the selection box: what the table needs, within 1040 px at 1366 wide. */
const TODO_TABLE_WIDTH = 32 + 72 + 100 + 140 + 180 + 90 + 170 + 250;

/** 待办: across every kind, what is overdue, due soon and waiting for the user's role. */
export function TodoPage() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { unitId } = useWorkingUnit();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('state');
  const tab: TodoTab = isTodoTab(tabParam) ? tabParam : 'all';
  const [days, setDays] = useState(3);
  const [selected, setSelected] = useState<TodoItem[]>([]);
  const [result, setResult] = useState<BulkResult | null>(null);

  const todo = useQuery({
    queryKey: queryKeys.todoList(unitId, days),
    queryFn: () => getTodo({ unit: unitId, days }),
    placeholderData: keepPreviousData,
  });
  // the labels and reasons a ledger item leaves to its kind's declaration, filled in
  const all = useMemo(() => (todo.data ? completeTodoList(todo.data).items : []), [todo.data]);
  const items = useMemo(() => itemsOfTab(all, tab), [all, tab]);
  const counts = todo.data?.counts;
  const options = useMemo(() => bulkOptions(selected), [selected]);

  const bulk = useMutation({
    mutationFn: runBulk,
    onSuccess: (r) => {
      setResult(r);
      setSelected([]);
      if (r.done > 0) message.success(`已办理 ${r.done} 条`);
    },
    onError: (e) => {
      message.error(errorMessage(e));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.todo });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledgers });
    },
  });

  const confirmBulk = (o: BulkOption) =>
    modal.confirm({
      title: `对选中的 ${o.items.length} 条${o.kindLabel}执行“${o.action.label}”？`,
      content: o.action.confirm ?? '状态不允许的记录会被跳过，并列出原因。',
      okText: o.action.label,
      onOk: () => bulk.mutateAsync(o),
    });

  const tabLabel = (t: TodoTab) =>
    t === 'all'
      ? `全部（${all.length}）`
      : t === 'overdue'
        ? `逾期（${counts?.overdue ?? 0}）`
        : t === 'due_soon'
          ? `${days}个工作日内到期（${counts?.dueSoon ?? 0}）`
          : t === 'alert'
            ? `提醒（${counts?.alerts ?? 0}）`
            : `待我处理（${counts?.waiting ?? 0}）`;

  return (
    <Card title="待办">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<TodoTab>
          value={tab}
          options={TODO_TABS.map((t) => ({
            value: t,
            label: tabLabel(t),
          }))}
          onChange={(t) => setSearchParams(t === 'all' ? {} : { state: t })}
        />
        <Space>
          <span>临期提醒：</span>
          <InputNumber
            aria-label="临期天数"
            min={1}
            max={30}
            value={days}
            onChange={(v) => setDays(v ?? 3)}
            suffix="个工作日内"
            style={{ width: 150 }}
          />
        </Space>
      </Flex>
      {selected.length > 0 ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <span>已选 {selected.length} 条：</span>
          {options.length === 0 ? (
            <Typography.Text type="secondary">所选记录没有可批量办理的操作</Typography.Text>
          ) : (
            options.map((o) => (
              <Button
                key={`${o.kind}:${o.action.key}`}
                loading={bulk.isPending}
                onClick={() => confirmBulk(o)}
              >
                {o.kindLabel}：{o.action.label}（{o.items.length}）
              </Button>
            ))
          )}
        </Flex>
      ) : null}
      {result && result.skipped.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setResult(null) }}
          style={{ marginBottom: 12 }}
          title={`已办理 ${result.done} 条，${result.skipped.length} 条未办理`}
          description={result.skipped.map((s) => `${s.number}：${s.reason}`).join('；')}
        />
      ) : null}
      <Table<TodoItem>
        rowKey={rowKey}
        size="middle"
        columns={COLUMNS}
        dataSource={items}
        loading={todo.isFetching}
        scroll={{ x: TODO_TABLE_WIDTH }}
        rowSelection={{
          selectedRowKeys: selected.map(rowKey),
          onChange: (_, rows) => setSelected(rows),
        }}
        locale={{ emptyText: todo.isError ? errorMessage(todo.error) : '暂无待办事项' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 项` }}
      />
    </Card>
  );
}
