import { describe, expect, it } from 'vitest';
import { displayStatus } from './userStatus';

const now = new Date('2026-03-01T08:00:00Z');

describe('displayStatus', () => {
  it('is locked only while lockedUntil lies in the future', () => {
    expect(displayStatus({ status: 'active', lockedUntil: '2026-03-01T08:10:00Z' }, now)).toBe('locked');
    expect(displayStatus({ status: 'active', lockedUntil: '2026-03-01T07:50:00Z' }, now)).toBe('active');
    expect(displayStatus({ status: 'active', lockedUntil: null }, now)).toBe('active');
  });

  it('reports disabled even when also locked', () => {
    expect(displayStatus({ status: 'disabled', lockedUntil: '2026-03-01T09:00:00Z' }, now)).toBe('disabled');
  });
});
