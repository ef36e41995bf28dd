import { InputNumber, Select, Space, Switch } from 'antd';
import type { LedgerSetting } from '../../../api/ledgers';
import { monthDayOf } from './settingText';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
// days of each month in a leap year: a month-day setting is a date in every year, 2月29日 included
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Props {
  setting: LedgerSetting;
  value: number | null;
  onChange: (v: number | null) => void;
}

/** The input a setting reads as: a number with its unit, a 是/否 switch, or a month and a day. */
export function SettingInput({ setting: s, value, onChange }: Props) {
  if (s.input === 'switch') {
    return (
      <Switch
        aria-label={s.label}
        checkedChildren="是"
        unCheckedChildren="否"
        checked={value === 1}
        onChange={(on) => onChange(on ? 1 : 0)}
        style={{ marginInlineEnd: 12, alignSelf: 'center' }}
      />
    );
  }
  if (s.input === 'monthDay') {
    const { month, day } = monthDayOf(value ?? s.default);
    const days = Array.from({ length: DAYS_IN[month - 1] ?? 31 }, (_, i) => ({
      value: i + 1,
      label: `${i + 1}日`,
    }));
    const minMonth = Math.floor(s.min / 100);
    const maxMonth = Math.floor(s.max / 100);
    return (
      <Space.Compact>
        <Select
          aria-label={`${s.label}（月）`}
          value={month}
          style={{ width: 80 }}
          options={MONTHS.filter((m) => m.value >= minMonth && m.value <= maxMonth)}
          onChange={(m: number) => onChange(m * 100 + Math.min(day, DAYS_IN[m - 1] ?? 31))}
        />
        <Select
          aria-label={`${s.label}（日）`}
          value={day}
          style={{ width: 80 }}
          options={days}
          onChange={(d: number) => onChange(month * 100 + d)}
        />
      </Space.Compact>
    );
  }
  return (
    <InputNumber
      aria-label={s.label}
      min={s.min}
      max={s.max}
      precision={0}
      value={value}
      suffix={s.unit}
      style={{ width: 160 }}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
    />
  );
}
