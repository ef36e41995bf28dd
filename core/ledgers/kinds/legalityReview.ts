import { type ApprovalSubject, sameHandsRefusal } from '../../policy/duties';
import type { GuardInput, SimpleField } from '../types';

/**
 * What every legality review records (重大行政决策 合法性审查, 规范性文件 合法性审核, 执法
 * 法制审核): who may give the opinion, its date and reviewer, and whether the latest opinion
 * passed. The statutes use 审查 or 审核; each kind passes its own word.
 */

/**
 * The township's legal advisor or its 司法所 (the justice office reviews the legality of the
 * township's documents and contracts) gives the opinion, or the leader where there is neither.
 */
export const REVIEWERS = ['legal_advisor', 'judicial_office', 'township_leader'] as const;

export const reviewedOnField = (noun: '审查' | '审核'): SimpleField => ({
  key: 'reviewedOn',
  label: `${noun}日期`,
  type: 'date',
  required: true,
  notBefore: 'reviewSubmittedOn',
});

export const reviewerField = (noun: '审查' | '审核', maxLength: number): SimpleField => ({
  key: 'reviewer',
  label: `${noun}人员`,
  type: 'text',
  required: true,
  maxLength,
});

/** Passed only if the latest opinion passed: a later return or failure un-passes an earlier pass. */
export function lastReviewPassed(events: GuardInput['events'], fail: string, pass = 'review_pass'): boolean {
  const last = [...events].reverse().find((e) => e.action === pass || e.action === fail);
  return last?.action === pass;
}

/**
 * The person who submitted the item for legality review does not give the opinion on it: the
 * latest 提交审查 step's actor against the reviewer now acting (core/policy/duties.ts).
 */
export function reviewerIsSubmitter(g: GuardInput, subject: ApprovalSubject): string | null {
  const submitted = [...g.events].reverse().find((e) => e.action === 'submit_review');
  return sameHandsRefusal(submitted?.actorId, g.actorId, subject);
}
