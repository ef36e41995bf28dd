import { expect, it } from 'vitest';
import { isOverdue, nextStatus } from './rectificationFlow';

it('walks open → answered → closed, or back to open', () => {
  expect(nextStatus('open', 'answer')).toEqual({ ok: true, to: 'answered' });
  expect(nextStatus('answered', 'close')).toEqual({ ok: true, to: 'closed' });
  expect(nextStatus('answered', 'return')).toEqual({ ok: true, to: 'open' });
});

it('refuses out-of-order steps with a Chinese reason', () => {
  expect(nextStatus('open', 'close')).toEqual({ ok: false, reason: '当前状态为「待整改」，不能销号' });
  expect(nextStatus('closed', 'answer')).toMatchObject({ ok: false });
});

it('counts an item overdue only after its deadline day while still open', () => {
  expect(isOverdue('open', '2026-12-01', '2026-12-01')).toBe(false);
  expect(isOverdue('open', '2026-12-01', '2026-12-02')).toBe(true);
  expect(isOverdue('answered', '2026-12-01', '2026-12-09')).toBe(false);
});
