import { describe, expect, it } from 'vitest';
import { auditDiff, formatAuditValue } from './auditDiff';

describe('auditDiff', () => {
  it('lists only the changed fields of an update, with labels', () => {
    const lines = auditDiff(
      { username: 'li', displayName: '李四', role: 'township_clerk', status: 'active' },
      { username: 'li', displayName: '李四', role: 'township_leader', status: 'disabled' },
    );
    expect(lines).toEqual([
      { field: 'role', label: '角色', before: '乡镇经办人', after: '乡镇领导' },
      { field: 'status', label: '状态', before: '正常', after: '已停用' },
    ]);
  });

  it('shows the fields a creation set, in reading order, without before values', () => {
    const lines = auditDiff(null, { status: 'active', phone: null, role: 'admin', username: 'li' });
    expect(lines).toEqual([
      { field: 'username', label: '用户名', after: 'li' },
      { field: 'role', label: '角色', after: '系统管理员' },
      { field: 'status', label: '状态', after: '正常' },
    ]);
  });

  it('shows a field cleared by an update', () => {
    expect(auditDiff({ phone: '138****5678' }, { phone: null })).toEqual([
      { field: 'phone', label: '手机号', before: '138****5678', after: '—' },
    ]);
  });

  it('keeps unknown fields under their key and resolves unit names', () => {
    const names: Record<string, string> = { u1: '青石镇' };
    const lines = auditDiff({ extra: 1, unitId: 'u0' }, { extra: 2, unitId: 'u1' }, (id) => names[id]);
    expect(lines).toEqual([
      { field: 'unitId', label: '单位', before: 'u0', after: '青石镇' },
      { field: 'extra', label: 'extra', before: '1', after: '2' },
    ]);
  });

  it('returns nothing when both snapshots are absent', () => {
    expect(auditDiff(null, null)).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('formats levels, booleans and objects', () => {
    expect(formatAuditValue('level', 'township')).toBe('乡镇（街道）');
    expect(formatAuditValue('x', true)).toBe('是');
    expect(formatAuditValue('x', { a: 1 })).toBe('{"a":1}');
  });
});

describe('rectification values', () => {
  it('labels rectification statuses and shows a finding by its message', () => {
    expect(formatAuditValue('status', 'answered')).toBe('已反馈');
    expect(formatAuditValue('defect', { kind: 'typo', quote: '治度', message: '“治度”应为“制度”' })).toBe(
      '“治度”应为“制度”',
    );
  });
});
