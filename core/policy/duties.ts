/**
 * Separation of duties: whoever puts a report or a decision up for approval does not approve
 * it. A second pair of eyes is the point of the approval step; one person on both sides of it
 * would make the step a formality.
 */

/** What is being approved, for the wording of the refusal. */
export type ApprovalSubject = '报告' | '决策事项' | '规范性文件';

/**
 * A Chinese reason when the approver is the person who submitted, else null. An unknown
 * submitter (older records kept no submitter) is no ground to refuse.
 */
export function sameHandsRefusal(
  submittedBy: string | null | undefined,
  approverId: string | undefined,
  subject: ApprovalSubject,
): string | null {
  if (!submittedBy || !approverId || submittedBy !== approverId) return null;
  return `提交审批的人不能同时审批同一${subject}，请由其他有权限的人员审批`;
}
