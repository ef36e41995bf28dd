import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/types';
import { AuditTimeline } from './AuditTimeline';

const entry = (seq: number, action: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  seq,
  at: '2026-03-01T08:09:10+08:00',
  actor: { id: 'a', displayName: '系统管理员甲' },
  action,
  entity: 'user',
  entityId: 'u1',
  before: null,
  after: null,
  ...over,
});

describe('AuditTimeline', () => {
  it('shows an empty state without entries', () => {
    render(<AuditTimeline entries={[]} />);
    expect(screen.getByText('暂无留痕记录')).toBeTruthy();
  });

  it('labels actions, names the actor, and lists changes newest first', () => {
    render(
      <AuditTimeline
        entries={[
          entry(1, 'user.create', { after: { username: 'li', role: 'township_clerk' } }),
          entry(2, 'user.update', {
            before: { status: 'active', role: 'township_clerk' },
            after: { status: 'disabled', role: 'township_clerk' },
          }),
          entry(3, 'custom.thing', { actor: null }),
        ]}
      />,
    );
    const items = screen.getAllByTestId('audit-entry').map((el) => el.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('custom.thing');
    expect(items[0]).toContain('系统');
    expect(items[1]).toContain('修改用户');
    expect(items[1]).toContain('状态：正常 → 已停用');
    expect(items[1]).not.toContain('角色');
    expect(items[2]).toContain('创建用户');
    expect(items[2]).toContain('系统管理员甲');
    expect(items[2]).toContain('角色：乡镇经办人');
  });
});
