import { describe, expect, it } from 'vitest';
import { LEDGER_KINDS, ledgerKind } from '../ledgers/registry';
import { CATALOG, indicatorDef } from './catalog';
import { allMeasures, COMPUTATIONS, measuresOf } from './computations';
import { describeComputation, fieldOf, formulaOf } from './describe';
import { evaluate, type IndicatorRecord } from './evaluate';
import { PART_WHOLE, RATE_RANGE } from './relations';
import type { Measure } from './types';

const FED = new Set(LEDGER_KINDS.flatMap((k) => k.feeds));

describe('indicator computations', () => {
  it('define every key a ledger kind feeds, and only catalog keys', () => {
    for (const key of FED) expect(COMPUTATIONS[key]?.type, key).not.toBe('none');
    for (const key of Object.keys(COMPUTATIONS)) expect(indicatorDef(key), key).toBeDefined();
    for (const d of CATALOG) expect(COMPUTATIONS[d.key], d.key).toBeDefined();
  });

  it('read only kinds that declare they feed the key', () => {
    for (const [key, def] of Object.entries(COMPUTATIONS))
      for (const { measure } of measuresOf(key, def))
        expect(ledgerKind(measure.ledger)?.feeds, `${key} ← ${measure.ledger}`).toContain(key);
  });

  it('name declared fields, options, states and actions (a renamed declaration fails here)', () => {
    const check = (id: string, m: Measure) => {
      const kind = ledgerKind(m.ledger);
      expect(kind, id).toBeDefined();
      if (!kind) return;
      const field = (key: string, types: string[]) => {
        const f = fieldOf(kind, key);
        expect(f, `${id}: ${m.ledger}.${key}`).toBeDefined();
        expect(types, `${id}: ${m.ledger}.${key} is ${f?.type}`).toContain(f?.type);
        return f;
      };
      const options = (key: string, values: readonly (string | boolean)[]) => {
        const f = field(key, ['select', 'multiselect', 'boolean']);
        if (f?.type === 'boolean') return;
        const known = f && 'options' in f ? f.options.map((o) => o.value) : [];
        for (const v of values) expect(known, `${id}: ${key}=${v}`).toContain(v);
      };
      for (const s of m.where?.states ?? [])
        expect(
          kind.states.map((x) => x.key),
          `${id}: state ${s}`,
        ).toContain(s);
      for (const [f, v] of Object.entries(m.where?.equals ?? {})) options(f, [v]);
      for (const [f, vs] of Object.entries(m.where?.in ?? {})) options(f, vs);
      for (const [f, vs] of Object.entries(m.where?.notIn ?? {})) options(f, vs);
      for (const f of m.where?.present ?? []) field(f, ['date', 'text', 'textarea', 'select', 'integer']);
      for (const f of m.where?.anyPresent ?? [])
        field(f, ['date', 'text', 'textarea', 'select', 'integer', 'table']);
      if (m.people) {
        const t = field(m.people.table, ['table']);
        const columns = t?.type === 'table' ? t.columns.map((c) => c.key) : [];
        for (const c of Object.keys(m.people.equals ?? {}))
          expect(columns, `${id}: ${m.people.table}.${c}`).toContain(c);
      }
      const w = m.where;
      if (w?.event) {
        const action = kind.actions.find((a) => a.key === w.event?.action);
        expect(action, `${id}: action ${w.event.action}`).toBeDefined();
        for (const f of Object.keys(w.event.equals ?? {}))
          expect(
            action?.fields?.map((x) => x.key),
            `${id}: ${f}`,
          ).toContain(f);
      }
      if (w?.clock) {
        for (const c of w.clock.keys)
          expect(
            kind.clocks.map((x) => x.key),
            `${id}: clock ${c}`,
          ).toContain(c);
        for (const f of w.clock.dates ?? []) field(f, ['date']);
      }
      if (m.period?.field) field(m.period.field, ['date']);
      if (m.period?.mode === 'asOf') for (const f of m.period.endFields) field(f, ['date']);
      if (m.aggregate === 'sum' || m.aggregate === 'max')
        for (const f of m.fields ?? []) field(f, ['integer']);
      if (m.aggregate === 'distinct') for (const f of m.fields ?? []) field(f, ['village']);
      if (m.aggregate === 'events')
        expect(
          kind.actions.map((a) => a.key),
          id,
        ).toContain(m.action);
    };
    for (const { id, measure } of allMeasures()) check(id, measure);
  });

  it('keep the catalog rates over the same parts', () => {
    for (const d of CATALOG) {
      const def = COMPUTATIONS[d.key];
      if (!d.rate || def?.type !== 'rate') continue;
      if (d.rate.numerator) expect(def.numerator, d.key).toBe(d.rate.numerator);
      if (d.rate.denominator) expect(def.denominator, d.key).toBe(d.rate.denominator);
    }
    for (const d of CATALOG.filter((x) => x.unit === '%'))
      expect(['rate', 'coverage', 'none'], d.key).toContain(COMPUTATIONS[d.key]?.type);
  });

  it('write each formula out in Chinese words', () => {
    expect(formulaOf('dispute.resolved')).toBe('矛盾纠纷中登记日期在所选期间内、协议生效日期不为空的记录数');
    expect(formulaOf('dispute.handled')).toBe('矛盾纠纷中登记日期在所选期间内的记录数');
    expect(formulaOf('dispute.success_rate')).toBe('“调解成功”÷“排查调处矛盾纠纷”×100%');
    expect(formulaOf('petition.visitors')).toBe('信访事项中收到日期在所选期间内、信访形式为“来访”的人数之和');
    expect(formulaOf('enforcement.fines')).toBe(
      '执法案件中决定日期在所选期间内、状态为“已决定”或“已送达”或“已执行”或“结案归档”的罚款金额与没收金额之和（元折算为万元）',
    );
    expect(formulaOf('enforcement.certification_rate')).toContain(
      '在岗执法人员（执法人员中发证日期不晚于统计日',
    );
    expect(formulaOf('publicity.lectures')).toContain('形式含“法律知识讲座”或“以案释法”');
    expect(formulaOf('decision.advisor_coverage_rate')).toContain('÷本单位村（社区）总数×100%');
    expect(formulaOf('decision.legality_reviews')).toContain('，加上');
    for (const d of CATALOG) {
      const words = describeComputation(COMPUTATIONS[d.key] ?? { type: 'none', reason: '' });
      expect(words, d.key).toMatch(/[\u4e00-\u9fa5]/);
      expect(words, d.key).not.toMatch(/undefined|未知台账/);
    }
  });
});

// ---- hand-made records ---------------------------------------------------------------

let n = 0;
function rec(
  kind: string,
  eventDate: string,
  data: Record<string, unknown> = {},
  state = 'held',
  events: string[] = [],
) {
  n++;
  return { kind, state, eventDate, data, events: events.map((action) => ({ action, on: eventDate })) };
}

const P2026 = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' };

const RECORDS: IndicatorRecord[] = [
  // disputes: 4 in 2026 (2 agreed, 1 closed after agreement, 1 declined), 1 in 2025
  rec('dispute', '2026-02-01', { agreementOn: '2026-02-10' }, 'closed'),
  rec('dispute', '2026-03-01', { agreementOn: '2026-03-05' }, 'succeeded'),
  rec('dispute', '2026-04-01', {}, 'mediating'),
  rec('dispute', '2026-05-01', {}, 'declined'),
  rec('dispute', '2025-12-31', { agreementOn: '2026-01-02' }, 'closed'),
  // petitions: 3 accepted (2 replied or later), 1 not accepted; visits: 2 batches of 3 + 5 people
  rec('petition', '2026-01-05', { channel: 'visit', people: 3 }, 'replied'),
  rec('petition', '2026-02-05', { channel: 'visit', people: 5 }, 'final'),
  rec('petition', '2026-03-05', { channel: 'letter', people: 1 }, 'accepted'),
  rec('petition', '2026-03-06', { channel: 'letter', people: 1 }, 'not_accepted'),
  // exams: 40 expected, 38 took, 36 passed
  rec('exam', '2026-06-01', { expected: 30, took: 29, passed: 28 }),
  rec('exam', '2026-11-01', { expected: 10, took: 9, passed: 8 }),
  // enforcement: 2 penalty cases (one revoked), 1 licence; fines 12,000 + 3,000 元 stand
  rec(
    'enforcement_case',
    '2026-03-01',
    { decisionType: 'fine', decidedOn: '2026-04-01', fineAmount: 12000, confiscatedAmount: 3000 },
    'closed',
    ['review_pass'],
  ),
  rec(
    'enforcement_case',
    '2026-03-02',
    { decisionType: 'fine', decidedOn: '2026-04-02', fineAmount: 50000 },
    'revoked',
  ),
  rec('enforcement_case', '2026-03-03', { decisionType: 'license', decidedOn: '2026-03-04' }, 'decided'),
  // officers: 5 in post at year end, 2 with a valid certificate (one expired, one suspended, one
  // never certified); 1 left in June
  rec(
    'officer',
    '2020-01-01',
    { certNumber: 'Z1', issuedOn: '2020-01-01', expiresOn: '2027-01-01' },
    'active',
  ),
  rec(
    'officer',
    '2020-01-01',
    { certNumber: 'Z2', issuedOn: '2020-01-01', expiresOn: '2026-06-30' },
    'active',
  ),
  rec(
    'officer',
    '2021-01-01',
    { certNumber: 'Z3', issuedOn: '2021-01-01', expiresOn: '2028-01-01' },
    'suspended',
  ),
  rec(
    'officer',
    '2019-01-01',
    { certNumber: 'Z4', issuedOn: '2019-01-01', expiresOn: '2028-01-01', leftOn: '2026-06-01' },
    'left',
  ),
  rec(
    'officer',
    '2026-05-01',
    { certNumber: 'Z5', issuedOn: '2026-05-01', expiresOn: '2031-05-01' },
    'active',
  ),
  // registered in March 2026 without a certificate: counts in the denominator only (issue 13 §2)
  rec('officer', '2026-03-01', {}, 'active'),
  // litigation: 2 lawsuits (1 lost), 1 reconsideration
  rec('litigation_case', '2026-02-01', { type: 'litigation', outcome: 'revoked' }, 'closed'),
  rec('litigation_case', '2026-02-02', { type: 'litigation', outcome: 'upheld' }, 'closed'),
  rec('litigation_case', '2026-02-03', { type: 'reconsideration', outcome: 'changed' }, 'closed'),
  // legal advisors: serving two of three villages; one ended before year end
  rec(
    'legal_advisor',
    '2025-01-01',
    { type: 'advisor', contractTo: '2027-01-01', villages: ['v1', 'v2'] },
    'serving',
  ),
  rec(
    'legal_advisor',
    '2025-01-01',
    { type: 'advisor', contractTo: '2027-01-01', endedOn: '2026-05-01', villages: ['v3'] },
    'ended',
  ),
  rec(
    'legal_advisor',
    '2025-01-01',
    { type: 'legal_aide', contractTo: '2027-01-01', villages: ['v3'] },
    'serving',
  ),
  // service months: satisfied 90 of 100 surveyed; windows 6 then 8
  rec('service_month', '2026-01-01', { windows: 6, matters: 120, surveyed: 40, satisfied: 35 }, 'reported'),
  rec('service_month', '2026-02-01', { windows: 8, matters: 80, surveyed: 60, satisfied: 55 }, 'reported'),
  rec('publicity_event', '2026-04-15', { forms: ['desk', 'lecture'], materials: 200, audience: 300 }),
  rec('publicity_event', '2026-12-04', { forms: ['desk'], materials: 100 }),
];

describe('evaluate (in-memory reference)', () => {
  const v = evaluate(COMPUTATIONS, RECORDS, P2026, { villages: ['v1', 'v2', 'v3'] });
  const value = (k: string) => v[k]?.value;

  it('counts, sums and rates from the records', () => {
    expect(n).toBe(RECORDS.length);
    expect(value('dispute.handled')).toBe(4);
    expect(value('dispute.resolved')).toBe(2);
    expect(v['dispute.success_rate']).toEqual({ value: 50, numerator: 2, denominator: 4 });
    expect(value('dispute.closure_rate')).toBe(50);
    expect(value('petition.cases')).toBe(3);
    expect(value('petition.closed')).toBe(2);
    expect(value('petition.closure_rate')).toBe(66.7);
    expect(value('petition.visit_batches')).toBe(2);
    expect(value('petition.visitors')).toBe(8);
    expect(value('study.exam_takers')).toBe(38);
    expect(value('study.exam_passed')).toBe(36);
    expect(v['study.exam_participation_rate']).toEqual({ value: 95, numerator: 38, denominator: 40 });
    expect(value('study.exam_pass_rate')).toBe(94.7);
    expect(value('enforcement.cases')).toBe(2);
    expect(value('enforcement.licenses')).toBe(1);
    expect(value('enforcement.legal_reviews')).toBe(1);
    expect(value('enforcement.fines')).toBe(1.5);
    expect(v['enforcement.certification_rate']).toEqual({ value: 40, numerator: 2, denominator: 5 });
    expect(value('supervision.litigation_cases')).toBe(2);
    expect(value('supervision.litigation_lost')).toBe(1);
    expect(value('supervision.reconsideration_cases')).toBe(1);
    expect(value('decision.legal_advisors')).toBe(1);
    expect(v['decision.advisor_coverage_rate']).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(value('service.windows')).toBe(8);
    expect(value('service.matters_handled')).toBe(200);
    expect(value('service.satisfaction_rate')).toBe(90);
    expect(value('publicity.events')).toBe(2);
    expect(value('publicity.lectures')).toBe(1);
    expect(value('publicity.materials')).toBe(300);
  });

  it('keeps the consistency rules of the catalog', () => {
    for (const { part, whole } of PART_WHOLE)
      expect(value(part) ?? 0, part).toBeLessThanOrEqual(value(whole) ?? 0);
    for (const d of CATALOG.filter((x) => x.rate?.numerator && x.rate.denominator)) {
      const r = v[d.key];
      const num = value(d.rate?.numerator ?? '') ?? 0;
      const den = value(d.rate?.denominator ?? '') ?? 0;
      expect(r?.numerator, d.key).toBe(num);
      expect(r?.denominator, d.key).toBe(den);
      if (den > 0) expect(Math.abs((r?.value ?? -1) - (num / den) * 100), d.key).toBeLessThan(0.05);
    }
    for (const d of CATALOG.filter((x) => x.unit === '%')) {
      const x = value(d.key);
      if (x === null || x === undefined) continue;
      expect(x, d.key).toBeGreaterThanOrEqual(RATE_RANGE.min);
      expect(x, d.key).toBeLessThanOrEqual(RATE_RANGE.max);
    }
  });

  it('gives a rate over nothing as null with a reason', () => {
    const none = evaluate(COMPUTATIONS, [], P2026);
    expect(none['dispute.success_rate']?.value).toBeNull();
    expect(none['dispute.success_rate']?.reason).toMatch(/分母为0/);
    expect(none['decision.advisor_coverage_rate']?.reason).toMatch(/村（社区）/);
    expect(none['dispute.handled']?.value).toBe(0);
  });

  it('counts registers on the day: earlier years see the officers then in post', () => {
    const y2025 = evaluate(COMPUTATIONS, RECORDS, {
      from: '2025-01-01',
      to: '2025-12-31',
      asOf: '2025-12-31',
    });
    expect(y2025['enforcement.certification_rate']).toEqual({ value: 75, numerator: 3, denominator: 4 });
    expect(y2025['dispute.handled']?.value).toBe(1);
  });
});
