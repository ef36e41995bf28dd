import type { TableColumnsType } from 'antd';
import { Flex } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { FieldDef, LedgerKind } from '../../../../core/ledgers';
import type { LedgerRecord } from '../../api/ledgers';
import { ClockTag } from './ClockTag';
import { runningClocks } from './clockTag';
import { fieldText, type RefTitle, tableSummary, type VillageName } from './fieldText';
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
}

/** 编号 + 标题, the `list` fields, 状态 and the running 期限 — all read from the declaration. */
export function ledgerColumns({
  kind,
  state,
  villageName,
  refTitle,
  showUnit,
}: Options): TableColumnsType<LedgerRecord> {
  const dateKey = kind.list.dateField;
  const cols: TableColumnsType<LedgerRecord> = [
    {
      key: 'number',
      title: '编号',
      dataIndex: 'number',
      width: 150,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf(state, 'number', dateKey),
      render: (_, r) => <Link to={`/ledgers/${kind.kind}/${r.id}`}>{r.number}</Link>,
    },
    { key: 'title', title: '标题', dataIndex: 'title', ellipsis: true, width: 220 },
  ];
  for (const f of listFields(kind)) {
    cols.push({
      key: f.key,
      title: f.label,
      ellipsis: f.type === 'textarea',
      width: f.type === 'textarea' ? 240 : undefined,
      sorter: f.key === dateKey,
      sortOrder: f.key === dateKey ? sortOrderOf(state, dateKey, dateKey) : undefined,
      render: (_, r) =>
        f.type === 'table'
          ? tableSummary(f, r.data[f.key])
          : fieldText(f, r.data[f.key], villageName, refTitle),
    });
  }
  if (showUnit) cols.push({ key: 'unit', title: '单位', dataIndex: 'unitName', width: 120 });
  cols.push(
    {
      key: 'state',
      title: '状态',
      width: 110,
      render: (_, r) => <StateTag kind={kind} state={r.state} label={r.stateLabel} />,
    },
    {
      key: 'clocks',
      title: '期限',
      width: 220,
      render: (_, r) => {
        const running = runningClocks(r.clocks);
        return running.length > 0 ? (
          <Flex gap={4} wrap>
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
