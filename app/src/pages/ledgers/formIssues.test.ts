import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../../core/ledgers';
import { issueUpdate } from './formIssues';

const fields: FieldDef[] = [
  { key: 'source', label: '来源', type: 'text', required: true },
  {
    key: 'parties',
    label: '当事人',
    type: 'table',
    excelRows: 2,
    columns: [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'idNumber', label: '身份证号', type: 'text' },
    ],
  },
];

const key = (name: (string | number)[]) => JSON.stringify(name);

describe('issueUpdate (issue 15 §1)', () => {
  it('on submit shows every issue and clears the fields that have become valid', () => {
    const before = new Set([key(['source']), key(['parties', 0, 'name'])]);
    const u = issueUpdate(
      [{ field: 'parties[1].idNumber', message: '「身份证号」格式不正确' }],
      fields,
      before,
      'submit',
    );
    expect(u.set).toEqual([
      { name: ['parties', 1, 'idNumber'], errors: ['「身份证号」格式不正确'] },
      { name: ['source'], errors: [] },
      { name: ['parties', 0, 'name'], errors: [] },
    ]);
    expect([...u.shown]).toEqual([key(['parties', 1, 'idNumber'])]);
    expect(u.rest).toEqual([]);
  });

  it('while typing refreshes only the fields already in error, so untouched fields stay quiet', () => {
    const before = new Set([key(['source'])]);
    const u = issueUpdate(
      [
        { field: 'source', message: '「来源」不能为空' },
        { field: 'parties[0].name', message: '「姓名」不能为空' },
      ],
      fields,
      before,
      'change',
    );
    expect(u.set).toEqual([{ name: ['source'], errors: ['「来源」不能为空'] }]);
    expect([...u.shown]).toEqual([key(['source'])]);
    const filled = issueUpdate([], fields, u.shown, 'change');
    expect(filled.set).toEqual([{ name: ['source'], errors: [] }]);
    expect(filled.shown.size).toBe(0);
  });

  it('returns messages no field can show', () => {
    const u = issueUpdate([{ field: 'state', message: '状态不允许' }], fields, new Set(), 'submit');
    expect(u.rest).toEqual(['状态不允许']);
    expect(u.set).toEqual([]);
  });
});
