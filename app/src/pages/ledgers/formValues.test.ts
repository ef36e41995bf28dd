import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../../core/ledgers';
import {
  changedValues,
  differingLabels,
  fromFormValues,
  mergeAfterConflict,
  toFormValues,
} from './formValues';

const FIELDS: FieldDef[] = [
  { key: 'on', label: '日期', type: 'date', required: true },
  { key: 'note', label: '说明', type: 'textarea' },
  { key: 'people', label: '人数', type: 'integer' },
  {
    key: 'parties',
    label: '当事人',
    type: 'table',
    excelRows: 2,
    columns: [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'bornOn', label: '出生日期', type: 'date' },
    ],
  },
];

describe('toFormValues / fromFormValues', () => {
  it('turns dates into Dayjs for the pickers and back into YYYY-MM-DD', () => {
    const form = toFormValues(FIELDS, {
      on: '2026-03-02',
      note: '邻里',
      parties: [{ name: '张三', bornOn: '1980-05-06' }],
    });
    expect(dayjs.isDayjs(form.on)).toBe(true);
    expect((form.on as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2026-03-02');
    const rows = form.parties as Record<string, unknown>[];
    expect((rows[0]?.bornOn as dayjs.Dayjs | undefined)?.format('YYYY-MM-DD')).toBe('1980-05-06');
    expect(fromFormValues(FIELDS, form)).toEqual({
      on: '2026-03-02',
      note: '邻里',
      parties: [{ name: '张三', bornOn: '1980-05-06' }],
    });
  });

  it('trims text and leaves out empty values and empty table rows', () => {
    expect(
      fromFormValues(FIELDS, {
        on: dayjs('2026-04-01'),
        note: '   ',
        people: 0,
        parties: [{ name: ' 李四 ' }, {}, { name: '' }],
      }),
    ).toEqual({ on: '2026-04-01', people: 0, parties: [{ name: '李四' }] });
  });
});

describe('changedValues', () => {
  it('sends only what changed, and null for a cleared field', () => {
    const before = { on: '2026-03-02', note: '旧', people: 3, parties: [{ name: '张三' }] };
    const after = { on: '2026-03-02', people: 4, parties: [{ name: '张三' }] };
    expect(changedValues(FIELDS, before, after)).toEqual({ note: null, people: 4 });
    expect(changedValues(FIELDS, before, before)).toEqual({});
  });

  it('names the fields someone else changed', () => {
    expect(differingLabels(FIELDS, { note: 'a', people: 1 }, { note: 'b', people: 1 })).toEqual(['说明']);
  });
});

describe('mergeAfterConflict', () => {
  it('keeps what the user changed and takes the rest from the latest version', () => {
    const base = { on: '2026-03-02', note: '旧说明', people: 3 };
    const latest = { on: '2026-03-02', note: '旧说明', people: 5 };
    const typed = { on: '2026-03-02', note: '我的说明', people: 3 };
    expect(mergeAfterConflict(FIELDS, base, latest, typed)).toEqual({
      on: '2026-03-02',
      note: '我的说明',
      people: 5,
    });
  });

  it('keeps a field the user cleared cleared', () => {
    expect(
      mergeAfterConflict(
        FIELDS,
        { on: '2026-03-02', note: 'x' },
        { on: '2026-03-03', note: 'x' },
        { on: '2026-03-02' },
      ),
    ).toEqual({
      on: '2026-03-03',
    });
  });
});
