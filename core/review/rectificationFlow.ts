/**
 * 整改销号: the county sends a finding to a township (open), the township
 * answers with what it changed (answered), and the county either closes it
 * (closed) or returns it for more work (open again).
 */
export const RECTIFICATION_STATUSES = ['open', 'answered', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  open: '待整改',
  answered: '已反馈',
  closed: '已销号',
};

export type RectificationAction = 'answer' | 'close' | 'return';

const TRANSITIONS: Record<
  RectificationAction,
  { from: RectificationStatus[]; to: RectificationStatus; label: string }
> = {
  answer: { from: ['open'], to: 'answered', label: '反馈整改情况' },
  close: { from: ['answered'], to: 'closed', label: '销号' },
  return: { from: ['answered'], to: 'open', label: '退回重新整改' },
};

/** The next status, or a Chinese reason why the action is not possible now. */
export function nextStatus(
  current: RectificationStatus,
  action: RectificationAction,
): { ok: true; to: RectificationStatus } | { ok: false; reason: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(current)) return { ok: true, to: t.to };
  return {
    ok: false,
    reason: `当前状态为「${RECTIFICATION_STATUS_LABELS[current]}」，不能${t.label}`,
  };
}

/** Overdue is derived, never stored: an item still open after its deadline day. */
export function isOverdue(status: RectificationStatus, deadline: string, today: string): boolean {
  return status === 'open' && today > deadline;
}
