import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../core/calendar';
import { isDayString } from '../../core/calendar/dates';
import { computeClocks } from '../../core/ledgers/clocks';
import { validateRecord } from '../../core/ledgers/record';
import { ledgerKind } from '../../core/ledgers/registry';
import { applyStep, planAction, type RecordState } from '../../core/ledgers/workflow';
import {
  demoGovernanceRecords,
  type GovernanceDemoOptions,
  type GovernanceDemoRecord,
} from './governanceDemo';

const calendar = new WorkCalendar();
const township = {
  name: '青石镇',
  villages: [
    { id: 'v-qs', name: '青石社区' },
    { id: 'v-fl', name: '枫林村' },
    { id: 'v-sq', name: '石桥村' },
    { id: 'v-hk', name: '河口村' },
  ],
};

const KINDS = [
  'leadership_group',
  'meeting',
  'duty_report',
  'inspection_of_law',
  'study_session',
  'exam',
  'publicity_event',
  'legal_advisor',
  'major_decision',
  'normative_document',
  'contract_review',
  'disclosure',
  'disclosure_request',
  'litigation_case',
  'npc_suggestion',
  'hotline_item',
  'service_month',
];

function generate(seed: number, today: string, t = township) {
  const refusals: string[] = [];
  const opts: GovernanceDemoOptions = {
    seed,
    township: t,
    today,
    calendar,
    onRefusal: (m) => refusals.push(m),
  };
  return { records: demoGovernanceRecords(opts), refusals };
}

const ofKind = (records: GovernanceDemoRecord[], kind: string) => records.filter((r) => r.kind === kind);
const took = (r: GovernanceDemoRecord, action: string) => r.events.some((e) => e.action === action);

/** Replays a record from its registration through planAction, with the calendar, step by step. */
function replay(
  rec: GovernanceDemoRecord,
  villages: ReadonlySet<string>,
): RecordState & { warnings: Record<number, string> } {
  const kind = ledgerKind(rec.kind);
  if (!kind) throw new Error(`unknown kind ${rec.kind}`);
  const { values, issues } = validateRecord(kind, rec.registered, { today: rec.createdOn, villages });
  expect(issues, `${rec.kind} create`).toEqual([]);
  let r: RecordState = { state: kind.initialState, data: values, events: [] };
  const warnings: Record<number, string> = {};
  rec.events.forEach((e, i) => {
    const p = planAction(
      kind,
      r,
      e.action,
      e.payload,
      { role: 'township_leader' },
      { today: e.on, villages, calendar, settings: {} },
    );
    if (!p.ok) throw new Error(`${rec.kind} ${e.action} on ${e.on} from ${r.state}: ${p.reason}`);
    expect(p.event).toEqual(e);
    if (p.warning) warnings[i] = p.warning;
    r = applyStep(r, p, p.event);
  });
  return { ...r, warnings };
}

function datesOf(rec: GovernanceDemoRecord): string[] {
  const out: string[] = [rec.createdOn];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && isDayString(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(rec.data);
  for (const e of rec.events) {
    out.push(e.on);
    walk(e.payload);
  }
  return out;
}

/** Dates that may lie ahead: a contract's end, a rectification deadline. */
const FUTURE_FIELDS = new Set(['contractTo', 'rectifyBy']);

describe.each([
  [1, '2026-11-30'],
  [7, '2026-06-15'],
  [42, '2026-02-20'], // inside 春节
  [3, '2026-10-04'], // inside 国庆
])('seed %i, today %s', (seed, today) => {
  const { records, refusals } = generate(seed, today);
  const villages = new Set(township.villages.map((v) => v.id));

  it('the workflow never refused a planned step', () => {
    expect(refusals).toEqual([]);
  });

  it('every record replays from registration to its state, with the same warnings', () => {
    for (const rec of records) {
      const r = replay(rec, villages);
      expect(r.state).toBe(rec.state);
      expect(r.data).toEqual(rec.data);
      expect(r.warnings).toEqual(rec.warnings);
    }
  });

  it('every kind is present, in the sizes asked for', () => {
    expect(new Set(records.map((r) => r.kind))).toEqual(
      new Set(
        ofKind(records, 'litigation_case').length > 0 ? KINDS : KINDS.filter((k) => k !== 'litigation_case'),
      ),
    );
    const size = (kind: string) => ofKind(records, kind).length;
    const within = (kind: string, lo: number, hi: number) => {
      expect(size(kind), kind).toBeGreaterThanOrEqual(lo);
      expect(size(kind), kind).toBeLessThanOrEqual(hi);
    };
    within('leadership_group', 1, 1);
    within('meeting', 6, 12);
    within('duty_report', 2, 4);
    within('inspection_of_law', 1, 3);
    within('study_session', 15, 30);
    within('exam', 1, 2);
    within('publicity_event', 10, 20);
    within('legal_advisor', 2, 5);
    within('major_decision', 1, 3);
    within('normative_document', 1, 3);
    within('contract_review', 5, 10);
    within('disclosure', 20, 40);
    within('disclosure_request', 3, 8);
    within('litigation_case', 0, 2);
    within('npc_suggestion', 3, 8);
    within('hotline_item', 20, 40);
    within('service_month', 11, 11);
  });

  it('no date lies after today (but contract ends and rectification deadlines); records fall in the year', () => {
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    for (const rec of records) {
      const ahead = {
        ...rec,
        data: Object.fromEntries(Object.entries(rec.data).filter(([k]) => !FUTURE_FIELDS.has(k))),
      };
      for (const d of datesOf(ahead)) expect(d <= today, `${rec.kind} ${d}`).toBe(true);
      if (rec.kind !== 'leadership_group')
        expect(rec.createdOn >= yearAgo, `${rec.kind} ${rec.createdOn}`).toBe(true);
    }
  });

  it('the leadership group has a 组长 and was adjusted once', () => {
    const [g] = ofKind(records, 'leadership_group');
    expect(g?.events.map((e) => e.action)).toEqual(['adjust']);
    const members = (g?.data.members ?? []) as { role: string }[];
    expect(members.some((m) => m.role === 'leader')).toBe(true);
  });

  it('study covers every type; meetings include some the Party secretary chaired', () => {
    expect(new Set(ofKind(records, 'study_session').map((r) => r.data.type)).size).toBe(6);
    expect(ofKind(records, 'meeting').some((r) => r.data.chairRole === 'secretary')).toBe(true);
    expect(new Set(ofKind(records, 'publicity_event').map((r) => r.data.occasion))).toEqual(
      new Set(['constitution', 'security', 'drugs', 'consumer', 'safety', 'civil_code', 'other']),
    );
  });

  it('advisors serve most villages', () => {
    const served = new Set(
      ofKind(records, 'legal_advisor')
        .filter((r) => r.state === 'serving')
        .flatMap((r) => (Array.isArray(r.data.villages) ? (r.data.villages as string[]) : [])),
    );
    expect(served.size).toBeGreaterThanOrEqual(township.villages.length - 1);
    for (const v of served) expect(villages.has(v)).toBe(true);
  });
});

describe('stages and late steps (today 2026-11-30)', () => {
  const today = '2026-11-30';
  const seeds = [1, 2, 3, 4, 5];
  const runs = seeds.map((s) => generate(s, today).records);
  const clocksOf = (rec: GovernanceDemoRecord) => {
    const kind = ledgerKind(rec.kind);
    return kind ? computeClocks(kind, rec, { calendar, today }) : [];
  };

  it.each(seeds.map((s, i) => [s, runs[i] as GovernanceDemoRecord[]]))(
    'seed %i: one decision archived, one normative document filed late',
    (_, records) => {
      const ds = ofKind(records, 'major_decision');
      expect(ds.filter((d) => d.state === 'archived')).toHaveLength(1);
      // different stages: no two stopped at the same step
      expect(new Set(ds.map((d) => d.events.at(-1)?.action ?? 'registered')).size).toBe(ds.length);
      const archived = ds.find((d) => d.state === 'archived');
      expect(archived && took(archived, 'review_pass') && took(archived, 'report')).toBe(true);
      const late = ofKind(records, 'normative_document').filter((r) =>
        clocksOf(r).some((c) => c.name === 'filing' && c.late === true),
      );
      expect(late).toHaveLength(1);
    },
  );

  it.each(seeds.map((s, i) => [s, runs[i] as GovernanceDemoRecord[]]))(
    'seed %i: requests include a corrected one and a third-party pause; a few disclosures overdue',
    (_, records) => {
      const rs = ofKind(records, 'disclosure_request');
      expect(rs.filter((r) => took(r, 'corrected'))).toHaveLength(1);
      expect(rs.filter((r) => took(r, 'consult_end'))).toHaveLength(1);
      const overdue = ofKind(records, 'disclosure').filter((r) =>
        clocksOf(r).some((c) => c.state === 'overdue' || c.late === true),
      );
      expect(overdue.length).toBeGreaterThanOrEqual(2);
      expect(overdue.length).toBeLessThanOrEqual(6);
      for (const r of rs)
        for (const c of clocksOf(r)) if (c.name === 'answer') expect(c.late ?? false).toBe(false);
      // the 政府信息公开 report's columns: every request says who asked
      for (const r of rs) expect(r.data.applicantType, r.data.receivedOn as string).toMatch(/^[a-z_]+$/);
    },
  );

  it('across seeds: the 政府信息公开 report has a withheld reason, a firm and a case about disclosure', () => {
    const all = runs.flat();
    const rs = ofKind(all, 'disclosure_request');
    expect(rs.some((r) => r.data.outcome === 'withheld' && typeof r.data.reportOutcome === 'string')).toBe(
      true,
    );
    expect(rs.some((r) => r.data.applicantType === 'business')).toBe(true);
    expect(ofKind(all, 'litigation_case').some((r) => r.data.aboutDisclosure === true)).toBe(true);
  });

  it('across seeds: litigation appears with a hearing, an advisor contract is 临期', () => {
    const all = runs.flat();
    expect(ofKind(all, 'litigation_case').some((r) => took(r, 'hearing'))).toBe(true);
    expect(
      ofKind(all, 'legal_advisor').some((r) =>
        clocksOf(r).some((c) => c.name === 'contract' && c.state === 'due_soon'),
      ),
    ).toBe(true);
  });
});

describe('determinism', () => {
  it('the same seed and township give the same records', () => {
    expect(generate(5, '2026-11-30').records).toEqual(generate(5, '2026-11-30').records);
  });

  it('another seed, or another township, gives other records', () => {
    const a = generate(5, '2026-11-30').records;
    expect(generate(6, '2026-11-30').records).not.toEqual(a);
    expect(generate(5, '2026-11-30', { ...township, name: '柳溪镇' }).records).not.toEqual(a);
  });

  it('a township without villages still gets every kind', () => {
    const { records, refusals } = generate(9, '2026-11-30', { name: '示例街道', villages: [] });
    expect(refusals).toEqual([]);
    expect(ofKind(records, 'legal_advisor').every((r) => r.data.villages === undefined)).toBe(true);
    expect(ofKind(records, 'hotline_item').length).toBeGreaterThanOrEqual(20);
  });
});
