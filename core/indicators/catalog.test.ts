import { describe, expect, it } from 'vitest';
import { CATALOG, indicatorDef, ratesWithParts } from './catalog';
import { COMPOUND_CUES } from './compounds';
import { PART_WHOLE } from './relations';
import { AREAS } from './types';

// The keys of indicators.md v2 and issue 16 (考核 rates, 行政调解, 参学率, 宪法宣誓), written out
// so a dropped or renamed key fails here.
const SPEC_KEYS = `leadership.meetings leadership.law_duty_reports leadership.inspections
study.central_group_sessions study.pre_meeting_sessions study.lectures study.cadre_trainings
study.training_attendance study.exam_takers study.exam_passed study.exam_participation_rate
study.exam_pass_rate study.court_observations publicity.events publicity.lectures publicity.materials
publicity.banners publicity.audience publicity.consultations publicity.online_posts
decision.major_decisions decision.legality_reviews decision.contracts_reviewed
decision.normative_documents decision.advisor_coverage_rate decision.legal_advisors
enforcement.certified_officers enforcement.certification_rate enforcement.trainings
enforcement.training_attendance enforcement.inspections enforcement.cases enforcement.file_reviews
enforcement.legal_reviews enforcement.licenses enforcement.fines supervision.disclosures
supervision.disclosure_requests supervision.npc_suggestions supervision.hotline_items
supervision.hotline_closure_rate supervision.npc_closure_rate supervision.reconsideration_cases
supervision.litigation_cases supervision.litigation_lost supervision.judicial_recommendations
dispute.mediation_committees dispute.handled dispute.resolved dispute.success_rate dispute.closure_rate
dispute.legal_aides_trained petition.visit_batches petition.visitors petition.cases petition.closed
petition.closure_rate service.windows service.matters_handled service.satisfaction_rate`.split(/\s+/);
/** Keys issue 16 adds beyond indicators.md v2, for ledgers v2 did not know. */
const ISSUE_16_KEYS = [
  'publicity.model_villages',
  'decision.village_rules_reviewed',
  'dispute.legal_aides',
  'dispute.legal_aide_trainings',
  'dispute.risk_persons',
  ...`study.attendance_rate study.oath_takers dispute.admin_mediations dispute.admin_mediation_succeeded
dispute.admin_mediation_rate petition.timely_acceptance_rate petition.timely_closure_rate
supervision.head_appearance_rate supervision.reconsideration_correction_rate
supervision.litigation_loss_rate supervision.disclosure_reply_timely_rate supervision.npc_timely_rate
decision.filing_timely_rate enforcement.publicity_timely_rate`.split(/\s+/),
];

describe('indicator catalog', () => {
  it('declares exactly the keys of the specification (and issue 16), once each', () => {
    const keys = CATALOG.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...SPEC_KEYS, ...ISSUE_16_KEYS].sort());
  });

  it('gives every key a Chinese name, an area and cues', () => {
    for (const d of CATALOG) {
      expect(d.name, d.key).toMatch(/[\u4e00-\u9fa5]/);
      expect(AREAS, d.key).toContain(d.area);
      expect(d.cues.length, d.key).toBeGreaterThan(0);
    }
  });

  it('accepts its own unit as a measure word (except 场/条 which share a group)', () => {
    for (const d of CATALOG) {
      if (d.unit === '万元' || d.unit === '%') expect(d.measures).toContain(d.unit);
      else
        expect(
          d.measures.some((m) => m === d.unit || m.startsWith(d.unit)),
          d.key,
        ).toBe(true);
    }
  });

  it('names existing keys in rates, companions, part-whole pairs and compounds', () => {
    const refs = [
      ...CATALOG.flatMap((d) => [d.rate?.numerator, d.rate?.denominator, ...(d.after ?? [])]),
      ...PART_WHOLE.flatMap((p) => [p.part, p.whole]),
      ...COMPOUND_CUES.flatMap((c) => c.keys),
    ].filter((k): k is string => k !== undefined);
    for (const k of refs) expect(indicatorDef(k), k).toBeDefined();
  });

  it('defines the statutory rates over their parts', () => {
    const rates = Object.fromEntries(ratesWithParts().map((d) => [d.key, d.rate]));
    expect(rates['dispute.success_rate']).toEqual({
      numerator: 'dispute.resolved',
      denominator: 'dispute.handled',
    });
    expect(rates['petition.closure_rate']).toEqual({
      numerator: 'petition.closed',
      denominator: 'petition.cases',
    });
    expect(rates['study.exam_pass_rate']).toEqual({
      numerator: 'study.exam_passed',
      denominator: 'study.exam_takers',
    });
  });

  it('declares standing every count the ledgers take on a day rather than over the period', () => {
    // the analyzer reads 现有/共有 … N名 as such a key's figure, never as an activity's
    const onADay = CATALOG.filter(
      (d) => d.computation?.type === 'measure' && d.computation.period?.mode === 'asOf',
    ).map((d) => d.key);
    expect(onADay.length).toBeGreaterThan(0);
    for (const key of onADay) expect(indicatorDef(key)?.standing, key).toBe(true);
  });

  it('says for every key how it is computed from the ledgers (or why it is not)', () => {
    expect(CATALOG.filter((d) => d.computation === undefined).map((d) => d.key)).toEqual([]);
  });
});
