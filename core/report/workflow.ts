import type { Actor } from '../policy/actor';
import { issuanceRefusal, type ReportIssuance } from './issuance';

/**
 * 草稿 → 提交审核 → 批准 (frozen) → 报送 (the county sees it) → 公开 (the public page).
 * The township leader may send a submitted draft back; the county reviewer may send a
 * reported one back for correction, which unfreezes it as a new draft version. The person who
 * submitted does not approve; 报送 waits for the meeting's review and the 签发人, 公开 for the
 * 保密审查 (core/report/issuance.ts).
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'reported', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已批准',
  reported: '已报送',
  published: '已公开',
};

export const REPORT_ACTIONS = ['submit', 'return', 'approve', 'report', 'send_back', 'publish'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

interface Transition {
  from: readonly ReportStatus[];
  to: ReportStatus;
  label: string;
  roles: readonly Actor['role'][];
  /** a reason the user must write (sent back to the drafter) */
  reason?: boolean;
  /** blocking checks must be clear before the step */
  checked?: boolean;
}

export const REPORT_TRANSITIONS: Record<ReportAction, Transition> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    label: '提交审核',
    roles: ['township_clerk', 'township_leader'],
    checked: true,
  },
  return: { from: ['submitted'], to: 'draft', label: '退回修改', roles: ['township_leader'], reason: true },
  approve: {
    from: ['submitted'],
    to: 'approved',
    label: '批准',
    roles: ['township_leader'],
    checked: true,
  },
  report: {
    from: ['approved'],
    to: 'reported',
    label: '报送县级',
    roles: ['township_clerk', 'township_leader'],
  },
  send_back: {
    from: ['reported'],
    to: 'draft',
    label: '退回乡镇修改',
    roles: ['county_reviewer'],
    reason: true,
  },
  publish: { from: ['reported'], to: 'published', label: '公开发布', roles: ['township_leader'] },
};

/**
 * The 政府信息公开工作年度报告 takes the same steps without 报送县级: the township publishes it
 * itself once approved (条例第四十九条), after the secrecy review (第十七条). The county's
 * 政务公开 office reads the published reports, it does not receive a file.
 */
export type ReportFlow = 'annual' | 'disclosure_report';
const DISCLOSURE_TRANSITIONS: Partial<Record<ReportAction, Transition>> = {
  submit: REPORT_TRANSITIONS.submit,
  return: REPORT_TRANSITIONS.return,
  approve: REPORT_TRANSITIONS.approve,
  publish: { from: ['approved'], to: 'published', label: '公开发布', roles: ['township_leader'] },
};
const transitionsOf = (flow: ReportFlow = 'annual') =>
  flow === 'annual' ? REPORT_TRANSITIONS : DISCLOSURE_TRANSITIONS;

/** The text is frozen from approval on: figures no longer follow the ledgers. */
export function isFrozen(status: ReportStatus): boolean {
  return status === 'approved' || status === 'reported' || status === 'published';
}

export type TransitionRefusal = {
  ok: false;
  why: 'state' | 'role' | 'reason' | 'checks' | 'issuance';
  reason: string;
};

/** Whether the actor may take the step now, with a Chinese reason when not. */
export function planReportAction(
  status: ReportStatus,
  action: ReportAction,
  actor: Pick<Actor, 'role'> & { id?: string },
  opts: {
    reason?: string | undefined;
    blockingChecks?: number;
    /** the issuance records; steps that need one are refused when it is absent */
    issuance?: ReportIssuance;
    /** who submitted the report for approval (null for reports from before it was kept) */
    submittedBy?: string | null;
    flow?: ReportFlow;
  } = {},
): { ok: true; to: ReportStatus } | TransitionRefusal {
  const t = transitionsOf(opts.flow)[action];
  if (!t) {
    return { ok: false, why: 'state', reason: `该报告没有“${REPORT_TRANSITIONS[action].label}”这一步` };
  }
  if (!t.from.includes(status)) {
    return {
      ok: false,
      why: 'state',
      reason: `报告当前为「${REPORT_STATUS_LABELS[status]}」，不能${t.label}`,
    };
  }
  if (!t.roles.includes(actor.role)) {
    return { ok: false, why: 'role', reason: `只有${roleNames(t.roles)}可以${t.label}` };
  }
  if (t.reason && !opts.reason?.trim()) {
    return { ok: false, why: 'reason', reason: `请填写${t.label}的原因` };
  }
  const missing = issuanceRefusal(action, opts.issuance ?? {}, {
    ...(actor.id ? { actorId: actor.id } : {}),
    submittedBy: opts.submittedBy ?? null,
  });
  if (missing) return { ok: false, why: 'issuance', reason: missing };
  if (t.checked && (opts.blockingChecks ?? 0) > 0) {
    return {
      ok: false,
      why: 'checks',
      reason: `报告还有 ${opts.blockingChecks} 个必须修改的问题，改正后才能${t.label}`,
    };
  }
  return { ok: true, to: t.to };
}

const ROLE_NAMES: Record<string, string> = {
  township_clerk: '乡镇经办人',
  township_leader: '乡镇领导',
  county_reviewer: '县级审查员',
};

function roleNames(roles: readonly string[]): string {
  return roles.map((r) => ROLE_NAMES[r] ?? r).join('或');
}

/** Which steps the actor could take now (buttons to show). */
export function availableReportActions(
  status: ReportStatus,
  actor: Pick<Actor, 'role'>,
  flow: ReportFlow = 'annual',
): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => {
    const t = transitionsOf(flow)[a];
    return t?.from.includes(status) === true && t.roles.includes(actor.role);
  });
}

/** Only a draft is edited, and only by the township that writes it. */
export function canEditReport(status: ReportStatus, actor: Pick<Actor, 'role'>): boolean {
  return status === 'draft' && (actor.role === 'township_clerk' || actor.role === 'township_leader');
}
