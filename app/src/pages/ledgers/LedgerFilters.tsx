import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { LedgerKind } from '../../../../core/ledgers';
import { filterableFields, type ListState, withFilters } from './listState';

interface Props {
  kind: LedgerKind;
  value: ListState;
  onChange: (next: ListState) => void;
  villages: { value: string; label: string }[];
}

const CLOCK_OPTIONS = [
  { value: 'overdue', label: '已逾期' },
  { value: 'due_soon', label: '临期' },
];

function yearOptions(thisYear: number) {
  return Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }));
}

/** Search, state, year, date range, deadline and the kind's own `filter: true` fields. */
export function LedgerFilters({ kind, value, onChange, villages }: Props) {
  const set = (change: Partial<ListState>) => onChange(withFilters(value, change));
  const dateLabel = kind.fields.find((f) => f.key === kind.list.dateField)?.label ?? '日期';
  return (
    <Space wrap size={12}>
      <Input.Search
        key={`${kind.kind}-${value.q ?? ''}`}
        allowClear
        placeholder="搜索关键词"
        aria-label="搜索"
        style={{ width: 220 }}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder="全部状态"
        aria-label="按状态筛选"
        style={{ width: 180 }}
        options={kind.states.map((s) => ({ value: s.key, label: s.label }))}
        value={value.states}
        onChange={(states) => set({ states })}
      />
      <Select<number>
        allowClear
        placeholder="全部年度"
        aria-label="按年度筛选"
        style={{ width: 120 }}
        options={yearOptions(new Date().getFullYear())}
        value={value.year}
        onChange={(year) => set({ year: year || undefined })}
      />
      <DatePicker.RangePicker
        aria-label={`按${dateLabel}筛选`}
        placeholder={[`${dateLabel}起`, '止']}
        style={{ width: 260 }}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      {kind.clocks.length > 0 ? (
        <Select
          allowClear
          placeholder="期限情况"
          aria-label="按期限筛选"
          style={{ width: 120 }}
          options={CLOCK_OPTIONS}
          value={value.clock}
          onChange={(clock) => set({ clock: clock || undefined })}
        />
      ) : null}
      {filterableFields(kind).map((f) => (
        <Select<string[]>
          key={f.key}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={`全部${f.label}`}
          aria-label={`按${f.label}筛选`}
          style={{ minWidth: 160 }}
          options={f.type === 'village' ? villages : [...f.options]}
          value={value.f[f.key] ?? []}
          onChange={(values) => {
            const next = { ...value.f };
            if (values.length > 0) next[f.key] = values;
            else delete next[f.key];
            set({ f: next });
          }}
        />
      ))}
    </Space>
  );
}
