import type { TableColumnsType } from 'antd';
import { Flex, Tooltip } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { FieldDef, LedgerKind } from '../../../../core/ledgers';
import type { LedgerRecord } from '../../api/ledgers';
import { ClockTag } from './ClockTag';
import { runningClocks } from './clockTag';
import { fieldText, type RefTitle, tableSummary, type VillageName } from './fieldText';
import { FIXED_WIDTHS, fieldWidth } from './listColumns';
import type { ListState } from './listState';
import { StateTag } from './StateTag';

/** The declared fields a list shows (`list: true`), in declaration order. */
export function listFields(kind: LedgerKind): FieldDef[] {
  return kind.fields.filter((f) => f.list);
}

function sortOrderOf(s: ListState, key: string, defaultKey: string): AntSortOrder {
  const active = s.sort ?? defaultKey;
  if (active !== key) return null;
  return (s.order ?? 'desc') === 'asc' ? 'ascend' : 'descend';
}

interface Options {
  kind: LedgerKind;
  state: ListState;
  villageName: VillageName;
  /** Titles of referenced records (the list response's `refs`). */
  refTitle?: RefTitle;
  /** Show the township column (a county-level view spans several). */
  showUnit: boolean;
  /** The `list` fields to show, in the user's choice (listColumns.ts gives the default). */
  visible: readonly string[];
}

/** Long text on one line, the whole of it on hover (issue 15 §2). */
const clipped = (text: string) =>
  text ? (
    <Tooltip title={text} placement="topLeft">
      <span>{text}</span>
    </Tooltip>
  ) : (
    '—'
  );

/** 编号 + 标题, the `list` fields, 状态 and the running 期限 — all read from the declaration. */
export function ledgerColumns({
  kind,
  state,
  villageName,
  refTitle,
  showUnit,
  visible,
}: Options): TableColumnsType<LedgerRecord> {
  const shown = new Set(visible);
  const dateKey = kind.list.dateField;
  const cols: TableColumnsType<LedgerRecord> = [
    {
      key: 'number',
      title: '编号',
      dataIndex: 'number',
      width: FIXED_WIDTHS.number,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf(state, 'number', dateKey),
      render: (_, r) => <Link to={`/ledgers/${kind.kind}/${r.id}`}>{r.number}</Link>,
    },
    {
      key: 'title',
      title: '标题',
      dataIndex: 'title',
      ellipsis: { showTitle: false },
      width: FIXED_WIDTHS.title,
      render: (_, r) => clipped(r.title),
    },
  ];
  for (const f of listFields(kind)) {
    if (!shown.has(f.key)) continue;
    cols.push({
      key: f.key,
      title: f.label,
      ellipsis: { showTitle: false },
      width: fieldWidth(f),
      sorter: f.key === dateKey,
      sortOrder: f.key === dateKey ? sortOrderOf(state, dateKey, dateKey) : undefined,
      render: (_, r) =>
        clipped(
          f.type === 'table'
            ? tableSummary(f, r.data[f.key])
            : fieldText(f, r.data[f.key], villageName, refTitle),
        ),
    });
  }
  if (showUnit)
    cols.push({
      key: 'unit',
      title: '单位',
      dataIndex: 'unitName',
      width: FIXED_WIDTHS.unit,
      ellipsis: { showTitle: false },
      render: (_, r) => clipped(r.unitName),
    });
  // the two columns a clerk looks for stay in view however wide the rest is
  cols.push(
    {
      key: 'state',
      title: '状态',
      width: FIXED_WIDTHS.state,
      fixed: 'right',
      render: (_, r) => <StateTag kind={kind} state={r.state} label={r.stateLabel} />,
    },
    {
      key: 'clocks',
      title: '期限',
      width: FIXED_WIDTHS.clocks,
      fixed: 'right',
      render: (_, r) => {
        const running = runningClocks(r.clocks);
        return running.length > 0 ? (
          <Flex gap={4} wrap style={{ minWidth: 0 }}>
            {running.map((c) => (
              <ClockTag key={c.name} clock={c} />
            ))}
          </Flex>
        ) : (
          '—'
        );
      },
    },
  );
  return cols;
}
