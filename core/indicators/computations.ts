import type { ComputationDef, Measure, PeriodRule, RecordFilter } from './types';

/**
 * How every catalog key is computed from the ledgers of a unit for a period. Plain data:
 * the server turns it into one aggregate query per kind, `evaluate.ts` applies it to records
 * in memory (tests cross-check the two), `describe.ts` writes it out in Chinese. Names of
 * kinds, fields, states and actions are checked against the declarations in
 * computations.test.ts, so a renamed field fails there rather than counting zero.
 */

const count = (ledger: string, rest: Omit<Measure, 'ledger' | 'aggregate'> = {}): Measure => ({
  ledger,
  aggregate: 'count',
  ...rest,
});
const sum = (
  ledger: string,
  fields: string[],
  rest: Omit<Measure, 'ledger' | 'aggregate' | 'fields'> = {},
) => ({
  ledger,
  aggregate: 'sum' as const,
  fields,
  ...rest,
});
const measure = (m: Measure): ComputationDef => ({ type: 'measure', ...m });
const rate = (numerator: string | Measure, denominator: string | Measure): ComputationDef => ({
  type: 'rate',
  numerator,
  denominator,
});
const within = (field: string): PeriodRule => ({ mode: 'within', field });

/** Those marked present on a study session's list (its typed 参加人次 when it lists nobody). */
const PRESENT = { table: 'participants', equals: { present: true } } as const;

/** Registers counted on a day rather than over the period. */
const OFFICER_IN_POST: PeriodRule = { mode: 'asOf', endFields: ['leftOn'] };
// certified from the certificate's issue date, read from the field itself: staff registered
// without a certificate (issue 13 §2) have none, so they count only in the rate's denominator
const OFFICER_CERTIFIED: PeriodRule = { mode: 'asOf', field: 'issuedOn', endFields: ['leftOn', 'expiresOn'] };
const ADVISOR_SERVING: PeriodRule = { mode: 'asOf', endFields: ['contractTo', 'endedOn'] };

/** Decided enforcement cases whose decision still stands. */
const DECISION_STANDS = ['decided', 'served', 'executed', 'closed'];
const LICENSING = ['license', 'license_denied'];
/** 诉讼 outcomes the township lost (supervision.ts LOST). */
const LOST = ['revoked', 'illegal', 'changed', 'performance'];
const PETITION_ACCEPTED = ['accepted', 'replied', 'review', 'reviewed', 'recheck', 'final'];
const PETITION_REPLIED = ['replied', 'review', 'reviewed', 'recheck', 'final'];
/** The steps that answer a petition's 告知 clock: 受理告知, 不予受理, 异议 (petition.ts). */
const PETITION_NOTICE_DATES = ['noticeOn', 'notAcceptedOn', 'objectedOn'];

/**
 * A 按期 rate over a clock: records done within it ÷ records whose clock is done or has
 * fallen due by the count day; dated by `periodField` (else the main date).
 */
function onTimeRate(
  ledger: string,
  keys: string[],
  dates: string[],
  verb: string,
  where: RecordFilter = {},
  periodField?: string,
): ComputationDef {
  const period = periodField ? { period: within(periodField) } : {};
  return rate(
    count(ledger, {
      where: { ...where, clock: { keys, test: 'on_time', dates } },
      ...period,
      label: `按期${verb}的记录`,
    }),
    count(ledger, {
      where: { ...where, clock: { keys, test: 'settled' } },
      ...period,
      label: `应${verb}的记录`,
    }),
  );
}

export const COMPUTATIONS: Readonly<Record<string, ComputationDef>> = {
  'leadership.meetings': measure(count('meeting')),
  'leadership.law_duty_reports': measure(count('duty_report')),
  'leadership.inspections': measure(
    count('inspection_of_law', { where: { in: { type: ['inspection', 'special'] } } }),
  ),

  'study.central_group_sessions': measure(
    count('study_session', { where: { equals: { type: 'central_group' } } }),
  ),
  'study.pre_meeting_sessions': measure(
    count('study_session', { where: { equals: { type: 'pre_meeting' } } }),
  ),
  'study.lectures': measure(count('study_session', { where: { equals: { type: 'lecture' } } })),
  'study.cadre_trainings': measure(count('study_session', { where: { equals: { type: 'training' } } })),
  'study.training_attendance': measure(
    sum('study_session', ['attendance'], {
      people: PRESENT,
      where: { in: { type: ['lecture', 'training'] } },
    }),
  ),
  // people on the record's list when it has one, else its typed totals (records from before the list)
  'study.exam_takers': measure(
    sum('exam', ['took'], { people: { table: 'participants', equals: { took: true } } }),
  ),
  'study.exam_passed': measure(
    sum('exam', ['passed'], { people: { table: 'participants', equals: { passed: true } } }),
  ),
  'study.exam_participation_rate': rate(
    'study.exam_takers',
    sum('exam', ['expected'], { people: { table: 'participants' }, label: '应参考人数' }),
  ),
  // sessions that say who should have come (a list, or 应参学人数); a 宪法宣誓 is no study
  'study.attendance_rate': rate(
    sum('study_session', ['attendance'], {
      people: PRESENT,
      where: { anyPresent: ['participants', 'expected'], notIn: { type: ['oath'] } },
      label: '实际参学人数',
    }),
    sum('study_session', ['expected'], {
      people: { table: 'participants' },
      where: { anyPresent: ['participants', 'expected'], notIn: { type: ['oath'] } },
      label: '应参学人数',
    }),
  ),
  'study.oath_takers': measure(
    sum('study_session', [], { people: { table: 'participants' }, where: { equals: { type: 'oath' } } }),
  ),
  'study.exam_pass_rate': rate('study.exam_passed', 'study.exam_takers'),
  'study.court_observations': measure(count('study_session', { where: { equals: { type: 'court' } } })),

  'publicity.events': measure(count('publicity_event')),
  'publicity.lectures': measure(count('publicity_event', { where: { in: { forms: ['lecture', 'case'] } } })),
  'publicity.materials': measure(sum('publicity_event', ['materials'])),
  'publicity.banners': measure(sum('publicity_event', ['banners'])),
  'publicity.audience': measure(sum('publicity_event', ['audience'])),
  'publicity.consultations': measure(sum('publicity_event', ['consultations'])),
  'publicity.online_posts': measure(sum('publicity_event', ['onlinePosts'])),
  'publicity.model_villages': measure(
    count('model_village', {
      where: { states: ['named', 'revoked'] },
      period: { mode: 'asOf', field: 'namedOn', endFields: ['revokedOn'] },
    }),
  ),

  'decision.major_decisions': measure(count('major_decision')),
  'decision.legality_reviews': {
    type: 'total',
    parts: [
      count('major_decision', {
        where: { states: ['reviewed', 'decided', 'reported', 'published', 'archived'] },
        period: within('reviewedOn'),
        label: '通过合法性审查的重大行政决策',
      }),
      count('normative_document', {
        where: { states: ['reviewed', 'deliberated', 'published', 'filed', 'settled'] },
        period: within('reviewedOn'),
        label: '通过合法性审核的行政规范性文件',
      }),
      count('contract_review', { label: '审查的合同' }),
    ],
  },
  'decision.contracts_reviewed': measure(count('contract_review')),
  'decision.filing_timely_rate': onTimeRate(
    'normative_document',
    ['filing'],
    ['filedOn'],
    '报备',
    {},
    'publishedOn',
  ),
  'decision.normative_documents': measure(count('normative_document')),
  'decision.advisor_coverage_rate': {
    type: 'coverage',
    measure: {
      ledger: 'legal_advisor',
      aggregate: 'distinct',
      fields: ['villages'],
      where: { in: { type: ['advisor', 'public_lawyer'] } },
      period: ADVISOR_SERVING,
      label: '在聘法律顾问服务的村（社区）',
    },
  },
  'decision.legal_advisors': measure(
    count('legal_advisor', {
      where: { in: { type: ['advisor', 'public_lawyer'] } },
      period: ADVISOR_SERVING,
    }),
  ),
  'decision.village_rules_reviewed': measure(
    count('village_rule', { where: { states: ['filed', 'repealed'] }, period: within('reviewedOn') }),
  ),

  'enforcement.certified_officers': measure(
    count('officer', { where: { states: ['active', 'left'] }, period: OFFICER_CERTIFIED }),
  ),
  'enforcement.certification_rate': rate(
    'enforcement.certified_officers',
    count('officer', { period: OFFICER_IN_POST, label: '在岗执法人员' }),
  ),
  'enforcement.trainings': measure(count('enforcement_training')),
  'enforcement.training_attendance': measure(sum('enforcement_training', ['attendance'])),
  'enforcement.inspections': measure(count('inspection')),
  'enforcement.cases': measure(count('enforcement_case', { where: { notIn: { decisionType: LICENSING } } })),
  'enforcement.file_reviews': measure(count('case_file_review')),
  'enforcement.publicity_timely_rate': onTimeRate(
    'enforcement_case',
    ['publicity', 'publicity_other'],
    ['publishedOn', 'withheldOn', 'revokedOn'],
    '公示',
    {},
    'decidedOn',
  ),
  'enforcement.legal_reviews': measure({
    ledger: 'enforcement_case',
    aggregate: 'events',
    action: 'review_pass',
  }),
  'enforcement.licenses': measure(count('enforcement_case', { where: { in: { decisionType: LICENSING } } })),
  'enforcement.fines': measure(
    sum('enforcement_case', ['fineAmount', 'confiscatedAmount'], {
      divisor: 10_000,
      where: { states: DECISION_STANDS },
      period: within('decidedOn'),
    }),
  ),

  'supervision.disclosures': measure(
    count('disclosure', { where: { states: ['published'] }, period: within('publishedOn') }),
  ),
  'supervision.disclosure_requests': measure(count('disclosure_request')),
  'supervision.npc_suggestions': measure(count('npc_suggestion')),
  'supervision.hotline_items': measure(count('hotline_item')),
  'supervision.hotline_closure_rate': rate(
    count('hotline_item', { where: { states: ['replied', 'closed'] }, label: '已答复或办结的热线诉求' }),
    'supervision.hotline_items',
  ),
  'supervision.npc_closure_rate': rate(
    count('npc_suggestion', { where: { states: ['replied', 'closed'] }, label: '已答复或办结的代表建议' }),
    'supervision.npc_suggestions',
  ),
  'supervision.reconsideration_cases': measure(
    count('litigation_case', { where: { equals: { type: 'reconsideration' } } }),
  ),
  'supervision.litigation_cases': measure(
    count('litigation_case', { where: { equals: { type: 'litigation' } } }),
  ),
  'supervision.litigation_lost': measure(
    count('litigation_case', { where: { equals: { type: 'litigation' }, in: { outcome: LOST } } }),
  ),
  'supervision.head_appearance_rate': rate(
    count('litigation_case', {
      where: { equals: { type: 'litigation' }, event: { action: 'hearing', equals: { headAppeared: true } } },
      label: '负责人出庭应诉的行政诉讼案件',
    }),
    count('litigation_case', {
      where: { equals: { type: 'litigation' }, event: { action: 'hearing' } },
      label: '开庭审理的行政诉讼案件',
    }),
  ),
  'supervision.reconsideration_correction_rate': rate(
    count('litigation_case', {
      where: { equals: { type: 'reconsideration' }, in: { outcome: LOST } },
      period: within('concludedOn'),
      label: '被撤销、确认违法、变更或责令履行的复议案件',
    }),
    count('litigation_case', {
      where: { equals: { type: 'reconsideration' }, present: ['outcome'] },
      period: within('concludedOn'),
      label: '审结的行政复议案件',
    }),
  ),
  'supervision.litigation_loss_rate': rate(
    count('litigation_case', {
      where: { equals: { type: 'litigation' }, in: { outcome: LOST } },
      period: within('concludedOn'),
      label: '败诉的行政诉讼案件',
    }),
    count('litigation_case', {
      where: { equals: { type: 'litigation' }, present: ['outcome'] },
      period: within('concludedOn'),
      label: '审结的行政诉讼案件',
    }),
  ),
  'supervision.disclosure_reply_timely_rate': onTimeRate(
    'disclosure_request',
    ['answer'],
    ['answeredOn'],
    '答复',
    { states: ['received', 'correcting', 'answered'] },
  ),
  'supervision.npc_timely_rate': onTimeRate('npc_suggestion', ['reply'], ['repliedOn'], '办复'),
  'supervision.judicial_recommendations': measure(
    count('litigation_case', {
      where: { in: { recommendationType: ['judicial', 'procuratorial'] } },
      period: within('recommendationOn'),
    }),
  ),

  'dispute.mediation_committees': measure(
    count('mediation_committee', { period: { mode: 'asOf', endFields: ['dissolvedOn'] } }),
  ),
  'dispute.handled': measure(count('dispute')),
  'dispute.resolved': measure(count('dispute', { where: { present: ['agreementOn'] } })),
  'dispute.success_rate': rate('dispute.resolved', 'dispute.handled'),
  'dispute.closure_rate': rate(
    count('dispute', { where: { states: ['closed', 'declined'] }, label: '已结案或不予受理的矛盾纠纷' }),
    'dispute.handled',
  ),
  'dispute.admin_mediations': measure(count('admin_mediation')),
  'dispute.admin_mediation_succeeded': measure(
    count('admin_mediation', { where: { states: ['succeeded'] } }),
  ),
  'dispute.admin_mediation_rate': rate(
    'dispute.admin_mediation_succeeded',
    count('admin_mediation', {
      where: { states: ['succeeded', 'terminated'] },
      label: '调解终结（成功或终止）的行政调解',
    }),
  ),
  'dispute.legal_aides_trained': measure(
    sum('study_session', ['attendance'], { people: PRESENT, where: { equals: { type: 'legal_aide' } } }),
  ),

  'dispute.legal_aides': measure(count('legal_aide', { period: { mode: 'asOf', endFields: ['leftOn'] } })),
  'dispute.legal_aide_trainings': measure(
    count('study_session', { where: { equals: { type: 'legal_aide' } } }),
  ),
  'dispute.risk_persons': measure(count('risk_assessment')),

  'petition.visit_batches': measure(count('petition', { where: { equals: { channel: 'visit' } } })),
  'petition.visitors': measure(sum('petition', ['people'], { where: { equals: { channel: 'visit' } } })),
  'petition.cases': measure(count('petition', { where: { states: PETITION_ACCEPTED } })),
  'petition.closed': measure(count('petition', { where: { states: PETITION_REPLIED } })),
  'petition.closure_rate': rate('petition.closed', 'petition.cases'),
  // 考核 rates from the clocks the ledgers already run: of the period's records whose deadline
  // has come (or that were done), the share done by it (issue 16 §2)
  'petition.timely_acceptance_rate': onTimeRate('petition', ['notice'], PETITION_NOTICE_DATES, '告知'),
  'petition.timely_closure_rate': onTimeRate('petition', ['handling'], ['servedOn'], '办结'),

  'service.windows': measure({ ledger: 'service_month', aggregate: 'max', fields: ['windows'] }),
  'service.matters_handled': measure(sum('service_month', ['matters'])),
  'service.satisfaction_rate': rate(
    sum('service_month', ['satisfied'], { label: '满意评价' }),
    sum('service_month', ['surveyed'], { label: '参与评价' }),
  ),
};

export function computationOf(key: string): ComputationDef | undefined {
  return COMPUTATIONS[key];
}

/** The measures a definition reads, each with a stable id (`key`, `key#num`, `key#part1`). */
export function measuresOf(key: string, def: ComputationDef): { id: string; measure: Measure }[] {
  switch (def.type) {
    case 'measure': {
      const { type: _t, ...m } = def;
      return [{ id: key, measure: m }];
    }
    case 'total':
      return def.parts.map((m, i) => ({ id: `${key}#part${i}`, measure: m }));
    case 'coverage':
      return [{ id: `${key}#num`, measure: def.measure }];
    case 'rate':
      return [
        ...(typeof def.numerator === 'string' ? [] : [{ id: `${key}#num`, measure: def.numerator }]),
        ...(typeof def.denominator === 'string' ? [] : [{ id: `${key}#den`, measure: def.denominator }]),
      ];
    case 'none':
      return [];
  }
}

/** Every measure of every key: what the server asks the database for. */
export function allMeasures(
  defs: Readonly<Record<string, ComputationDef>> = COMPUTATIONS,
): { id: string; measure: Measure }[] {
  return Object.entries(defs).flatMap(([key, def]) => measuresOf(key, def));
}

/**
 * Rates over a whole roster rather than over the cases that happened to arise: every village
 * (coverage) or every officer in post. Such a rate is complete however small the roster — three
 * villages all served is 100 %, not a sample too small to compare (issue 15 §16) — so a minimum
 * sample never applies to it.
 */
const ROSTER_RATES: ReadonlySet<string> = new Set(['enforcement.certification_rate']);

export function isCompleteCount(key: string): boolean {
  return COMPUTATIONS[key]?.type === 'coverage' || ROSTER_RATES.has(key);
}
