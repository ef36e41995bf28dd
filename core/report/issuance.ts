import { sameHandsRefusal } from '../policy/duties';
import type { ReportAction, ReportStatus } from './workflow';

/**
 * How the annual report is issued, recorded beside its text: who it goes to (主送), who gets a
 * copy (抄送), who signs it off (签发人), the meeting that reviewed it before it was sent, and
 * the 保密审查 before publication.
 *
 * 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号，2019-04-15施行）第二十五条 puts the
 * duty to report on 党委和政府 — a township's 党委 and 人民政府 report to the 党委 and 政府 one
 * level up and copy the office of the upper 党委's rule-of-law body (依法治县办). Review at a
 * 党委会 or 政府常务会议 before sending is how a body of that kind adopts a report; which of the
 * two is the township's choice. The 保密审查 before publication follows 《中华人民共和国政府
 * 信息公开条例》第十七条（2019-04-03修订，2019-05-15施行）: information is reviewed under the
 * secrecy law before it is made public.
 */

export const MEETING_BODIES = {
  party_committee: '党委会',
  executive_meeting: '政府常务会议',
} as const;
export type MeetingBody = keyof typeof MEETING_BODIES;

export const SECRECY_RESULTS = { passed: '通过，可以公开', failed: '未通过，不得公开' } as const;
export type SecrecyResult = keyof typeof SECRECY_RESULTS;

export interface ReportIssuance {
  /** 主送机关 */
  mainTo?: string;
  /** 抄送机关 */
  copyTo?: string;
  /** 签发人 (a name as printed on the document) */
  signer?: string;
  /** the review before sending: which meeting, on which day, and who recorded it when */
  meeting?: { body: MeetingBody; date: string; recordedBy: string; recordedAt: string };
  /** 保密审查 before publication: the reviewer named, the day, the result, who recorded it when */
  secrecy?: {
    reviewer: string;
    date: string;
    result: SecrecyResult;
    recordedBy: string;
    recordedAt: string;
  };
}

/** 主送 and 抄送 as 督察工作规定第二十五条 names them, in the county's own words. */
export function defaultIssuance(countyName: string): Pick<ReportIssuance, 'mainTo' | 'copyTo'> {
  const c = countyName.trim();
  const short = /[县区市旗]$/.exec(c)?.[0] ?? '县';
  return { mainTo: `${c}委、${c}人民政府`, copyTo: `${c}委依法治${short}办` };
}

/** What may be recorded in which state: the review and the secrecy check read the frozen text. */
export const ISSUANCE_EDITABLE: Record<'addressing' | 'meeting' | 'secrecy', readonly ReportStatus[]> = {
  /** 主送、抄送、签发人: until the report is sent */
  addressing: ['draft', 'submitted', 'approved'],
  /** the meeting reviews the approved text, before it is sent */
  meeting: ['approved'],
  /** the secrecy review reads what was sent, before it is published */
  secrecy: ['reported'],
};

const filled = (s: string | undefined) => (s ?? '').trim() !== '';

/**
 * The Chinese reason a step cannot be taken yet for want of an issuance record, else null.
 * `approverId` and `submittedBy` separate the hands: the person who submitted does not approve.
 */
export function issuanceRefusal(
  action: ReportAction,
  issuance: ReportIssuance,
  people: { actorId?: string; submittedBy?: string | null } = {},
): string | null {
  if (action === 'approve') return sameHandsRefusal(people.submittedBy, people.actorId, '报告');
  if (action === 'report') {
    if (!filled(issuance.mainTo)) return '报送前须填写主送机关';
    if (!filled(issuance.signer)) return '报送前须填写签发人';
    if (!issuance.meeting) {
      return '报送前须记录报告经党委会或政府常务会议审议的情况（会议和日期）（《法治政府建设与责任落实督察工作规定》第二十五条）';
    }
  }
  if (action === 'publish') {
    if (!issuance.secrecy) {
      return '公开发布前须完成保密审查并记录审查人、日期和结论（《中华人民共和国政府信息公开条例》第十七条）';
    }
    if (issuance.secrecy.result !== 'passed') return '保密审查未通过，不能公开发布';
  }
  return null;
}

/** Sending a report back to the township voids the review and the secrecy check of the old text. */
export function issuanceAfterSendBack(issuance: ReportIssuance): ReportIssuance {
  const { meeting: _meeting, secrecy: _secrecy, ...kept } = issuance;
  return kept;
}

/**
 * Whether a township's report is issued jointly by its 党委 and 人民政府 (1) or by the
 * government alone (0). 督察工作规定第二十五条 has 党委和政府 report, so joint is the default;
 * counties whose practice has the government report alone set 0.
 */
export const JOINT_ISSUE_SETTING = {
  key: 'annual_report.joint_issue',
  label: '乡镇党委和政府联合行文',
  explain:
    '选“是”时，年度报告以乡镇党委和人民政府名义联合行文，标题和落款同时署两个机关；选“否”时由人民政府行文。',
  input: 'switch',
  unit: '',
  default: 1,
  min: 0,
  max: 1,
  source:
    '《法治政府建设与责任落实督察工作规定》第二十五条：地方党委和政府向上一级党委和政府报告上一年度法治政府建设情况；默认联合行文，县级可改为由人民政府行文',
} as const;

export const jointIssueOf = (value: number | undefined): boolean =>
  (value ?? JOINT_ISSUE_SETTING.default) === 1;

/** Why a part of the issuance cannot be recorded in this state. */
export const REPORT_STATUS_WORDS: Record<keyof typeof ISSUANCE_EDITABLE, (s: ReportStatus) => string> = {
  addressing: () => '报告已报送，主送、抄送和签发人不能再修改',
  meeting: (s) =>
    s === 'draft' || s === 'submitted'
      ? '报告批准后才能记录党委会或政府常务会议的审议情况'
      : '报告已报送，不能再修改会议审议记录',
  secrecy: (s) =>
    s === 'published' ? '报告已公开，不能再修改保密审查记录' : '报告报送后、公开前进行保密审查',
};
