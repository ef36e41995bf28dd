import { CATALOG } from '../indicators/catalog';
import { AREAS } from '../indicators/types';
import type { ComposeInput, IndicatorFigure, LedgerHighlight } from './input';

/**
 * Inputs for the composer's tests: a fictional township (青石镇) with most figures non-zero
 * and consistent (rates are their parts as the server rounds them), and one with nothing.
 */

const rate = (n: number, d: number, previous: number | null = null): IndicatorFigure => ({
  value: Math.round((n / d) * 1000) / 10,
  numerator: n,
  denominator: d,
  previous,
});
const count = (value: number, previous: number | null = null): IndicatorFigure => ({ value, previous });

export const RICH_VALUES: Record<string, IndicatorFigure> = {
  'leadership.meetings': count(6, 4),
  'leadership.law_duty_reports': count(4, 4),
  'leadership.inspections': count(3, 2),
  'study.central_group_sessions': count(9, 8),
  'study.pre_meeting_sessions': count(24, 22),
  'study.lectures': count(3, 3),
  'study.cadre_trainings': count(5, 3),
  'study.training_attendance': count(420, 300),
  'study.exam_takers': count(85, 80),
  'study.exam_passed': count(82, 78),
  'study.exam_participation_rate': rate(85, 88),
  'study.exam_pass_rate': rate(82, 85),
  'study.court_observations': count(2, 1),
  'publicity.events': count(36, 28),
  'publicity.lectures': count(12, 10),
  'publicity.materials': count(12000, 9000),
  'publicity.banners': count(45, 40),
  'publicity.audience': count(8600, 7000),
  'publicity.consultations': count(320, 300),
  'publicity.online_posts': count(58, 40),
  'publicity.model_villages': count(3, 2),
  'decision.major_decisions': count(3, 2),
  'decision.legality_reviews': count(27, 20),
  'decision.contracts_reviewed': count(18, 15),
  'decision.normative_documents': count(2, 1),
  'decision.advisor_coverage_rate': rate(14, 14, 100),
  'decision.legal_advisors': count(2, 2),
  'decision.village_rules_reviewed': count(5, 3),
  'enforcement.certified_officers': count(14, 13),
  'enforcement.certification_rate': rate(14, 16, 86.7),
  'enforcement.trainings': count(4, 4),
  'enforcement.training_attendance': count(96, 90),
  'enforcement.inspections': count(48, 45),
  'enforcement.cases': count(15, 12),
  'enforcement.file_reviews': count(2, 4),
  'enforcement.legal_reviews': count(3, 2),
  'enforcement.licenses': count(6, 5),
  'enforcement.fines': count(3.6, 2.8),
  'supervision.disclosures': count(126, 110),
  'supervision.disclosure_requests': count(2, 1),
  'supervision.npc_suggestions': count(8, 6),
  'supervision.hotline_items': count(214, 190),
  'supervision.npc_closure_rate': rate(8, 8, 100),
  'supervision.hotline_closure_rate': rate(208, 214, 96),
  'supervision.reconsideration_cases': count(1, 0),
  'supervision.litigation_cases': count(2, 1),
  'supervision.litigation_lost': count(0, 0),
  'supervision.judicial_recommendations': count(1, 0),
  'dispute.mediation_committees': count(15, 15),
  'dispute.handled': count(128, 110),
  'dispute.resolved': count(120, 101),
  'dispute.success_rate': rate(120, 128, 91.8),
  'dispute.closure_rate': rate(123, 128, 95),
  'dispute.legal_aides_trained': count(150, 120),
  'dispute.legal_aides': count(45, 40),
  'dispute.legal_aide_trainings': count(2, 2),
  'dispute.risk_persons': count(12, 15),
  'petition.visit_batches': count(24, 30),
  'petition.visitors': count(56, 70),
  'petition.cases': count(30, 41),
  'petition.closed': count(29, 40),
  'petition.closure_rate': rate(29, 30, 97.6),
  'service.windows': count(8, 8),
  'service.matters_handled': count(5620, 5100),
  'service.satisfaction_rate': rate(992, 1000, 98.5),
  'study.attendance_rate': rate(230, 240, 93.3),
  'study.oath_takers': count(3, 2),
  'dispute.admin_mediations': count(12, 9),
  'dispute.admin_mediation_succeeded': count(10, 7),
  'dispute.admin_mediation_rate': rate(10, 11, 77.8),
  'petition.timely_acceptance_rate': rate(30, 30, 100),
  'petition.timely_closure_rate': rate(28, 29, 95),
  'supervision.head_appearance_rate': rate(2, 2, 100),
  'supervision.reconsideration_correction_rate': rate(0, 1),
  'supervision.litigation_loss_rate': rate(0, 2, 0),
  'supervision.disclosure_reply_timely_rate': rate(2, 2, 100),
  'supervision.npc_timely_rate': rate(7, 8, 100),
  'decision.filing_timely_rate': rate(2, 2, 50),
  'enforcement.publicity_timely_rate': rate(20, 21, 90),
};

const h = (
  query: string,
  kind: string,
  n: number,
  title: string,
  date: string,
  fields: Record<string, unknown> = {},
): LedgerHighlight => ({ query, kind, id: `${kind}-${n}`, title, date, fields });

export const RICH_HIGHLIGHTS: LedgerHighlight[] = [
  h('major_decisions', 'major_decision', 1, '青石镇集镇生活污水管网改造', '2025-09-12', {
    meetingName: '镇党委会',
  }),
  h('major_decisions', 'major_decision', 2, '青石镇农村人居环境整治实施方案', '2025-05-08', {
    meetingName: '镇政府常务会议',
  }),
  h('normative_documents', 'normative_document', 1, '青石镇村级财务管理办法', '2025-06-20', {
    docNumber: '青府发〔2025〕9号',
  }),
  h('normative_documents', 'normative_document', 2, '青石镇农村建房管理规定', '2025-03-15'),
  ...['neighbour', 'family', 'neighbour', 'land', 'family', 'neighbour', 'other'].map((t, i) =>
    h('mediated_disputes', 'dispute', i + 1, t, '2025-07-01', { type: t }),
  ),
  h('principal_meetings', 'meeting', 1, '法治政府建设工作部署会', '2025-03-02', {
    chair: '王立新',
    chairRole: 'secretary',
    type: 'deployment',
  }),
  h('principal_meetings', 'meeting', 2, '依法行政工作推进会', '2025-08-18', {
    chair: '陈明',
    chairRole: 'head',
    type: 'progress',
  }),
  h('lectures', 'study_session', 1, '民法典与基层治理', '2025-04-22', { lecturer: '县司法局干部周琳' }),
  h('central_group_study', 'study_session', 1, '学习宪法', '2025-12-04'),
  h('central_group_study', 'study_session', 2, '行政复议法修订要点', '2025-02-26'),
  h('duty_reports', 'duty_report', 1, '王立新', '2025-12-20', {
    post: '镇党委书记',
    occasion: 'annual',
    evaluation: 'excellent',
  }),
  h('duty_reports', 'duty_report', 2, '陈明', '2025-12-20', { post: '镇长', occasion: 'annual' }),
  h('duty_reports', 'duty_report', 3, '刘芳', '2025-07-10', { post: '副镇长', occasion: 'special' }),
  h('leadership_group', 'leadership_group', 1, '青石镇法治建设领导小组', '2025-02-10'),
];

export const RICH_INPUT: ComposeInput = {
  unit: { id: 'u-qingshi', name: '青石镇', level: 'township' },
  year: 2025,
  values: RICH_VALUES,
  highlights: RICH_HIGHLIGHTS,
  quality: [
    { kind: 'dispute', what: 'missing', message: '矛盾纠纷：必填项为空的记录', count: 3 },
    { kind: 'petition', what: 'unclosed', message: '信访事项：登记已超过60天仍未办结的记录', count: 2 },
  ],
  // a township that confirmed every ledger complete: it may say what did not happen
  confirmedAreas: AREAS,
  appearances: { hearings: 2, appeared: 2 },
  signDate: '2026-01-20',
};

/** Every catalog key at zero (rates unknown: nothing to divide), no highlights, no findings. */
export const EMPTY_INPUT: ComposeInput = {
  unit: { id: 'u-liuhu', name: '柳湖街道', level: 'township' },
  year: 2025,
  values: Object.fromEntries(
    CATALOG.map((d) => [
      d.key,
      d.unit === '%' ? { value: null, previous: null } : { value: 0, previous: null },
    ]),
  ),
  highlights: [],
  quality: [],
  signDate: '2026-01-15',
};
