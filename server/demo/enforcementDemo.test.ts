import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../core/calendar';
import { computeClocks } from '../../core/ledgers/clocks';
import { certifiedOn } from '../../core/ledgers/kinds/officer';
import { validateRecord } from '../../core/ledgers/record';
import { ledgerKind } from '../../core/ledgers/registry';
import type { RefRecord } from '../../core/ledgers/types';
import { applyStep, planAction, type RecordState } from '../../core/ledgers/workflow';
import {
  demoCaseFileReviews,
  demoEnforcementRegisters,
  demoEnforcementWork,
  type EnforcementDemoOptions,
} from './enforcementDemo';
import type { DemoRecord } from './ledgerDemo';

const calendar = new WorkCalendar();

/** Stands in for the ids the database gives stored records. */
const asRefs = (records: DemoRecord[], tag: string): RefRecord[] =>
  records.map((r, i) => {
    const kind = ledgerKind(r.kind);
    if (!kind) throw new Error(r.kind);
    return {
      id: `${tag}-${r.kind}-${i}`,
      kind: r.kind,
      title: kind.list.title(r.data),
      state: r.state,
      data: r.data,
    };
  });

function generate(seed: number, today: string) {
  const refusals: string[] = [];
  const opts: EnforcementDemoOptions = {
    seed,
    township: { name: '青石镇' },
    today,
    calendar,
    onRefusal: (m) => refusals.push(m),
  };
  const registers = demoEnforcementRegisters(opts);
  const registerRefs = asRefs(registers, 'p1');
  const work = demoEnforcementWork(opts, registerRefs);
  const workRefs = asRefs(work, 'p2');
  const reviews = demoCaseFileReviews(
    opts,
    workRefs.filter((r) => r.kind === 'enforcement_case'),
  );
  const refs = new Map([...registerRefs, ...workRefs].map((r) => [r.id, r]));
  return { registers, work, reviews, all: [...registers, ...work, ...reviews], refs, refusals };
}

/** Replays a record from a fresh registration through every event, as the server would take them. */
function replay(rec: DemoRecord, refRecords: ReadonlyMap<string, RefRecord>): RecordState {
  const kind = ledgerKind(rec.kind);
  if (!kind) throw new Error(`unknown kind ${rec.kind}`);
  const own: Record<string, unknown> = {};
  for (const f of kind.fields) if (rec.data[f.key] !== undefined) own[f.key] = rec.data[f.key];
  const createdOn = String(rec.data[kind.list.dateField]);
  const { values, issues } = validateRecord(kind, own, { today: createdOn, refRecords });
  expect(issues, `${rec.kind} create`).toEqual([]);
  let r: RecordState = { state: kind.initialState, data: values, events: [] };
  for (const e of rec.events) {
    const p = planAction(
      kind,
      r,
      e.action,
      e.payload,
      { role: 'township_leader' },
      { today: e.on, refRecords, calendar },
    );
    if (!p.ok) throw new Error(`${rec.kind} ${e.action} on ${e.on} from ${r.state}: ${p.reason}`);
    expect(p.event).toEqual(e);
    r = applyStep(r, p, p.event);
  }
  return r;
}

const ofKind = (records: DemoRecord[], kind: string) => records.filter((r) => r.kind === kind);

describe.each([
  [1, '2026-06-15'],
  [7, '2026-11-03'],
  [42, '2027-02-20'],
])('enforcement demo, seed %i, today %s', (seed, today) => {
  const g = generate(seed, today);

  it('the workflow never refused a planned step', () => {
    expect(g.refusals).toEqual([]);
  });

  it('every record replays through validateRecord and planAction to its state and data', () => {
    for (const rec of g.all) {
      const r = replay(rec, g.refs);
      expect(r.state).toBe(rec.state);
      expect(r.data).toEqual(rec.data);
    }
  });

  it('is deterministic for a seed', () => {
    expect(generate(seed, today).all).toEqual(g.all);
  });

  it('officers: 6–10, one certificate expiring within 90 days, one expired', () => {
    const officers = ofKind(g.all, 'officer');
    expect(officers.length).toBeGreaterThanOrEqual(6);
    expect(officers.length).toBeLessThanOrEqual(10);
    const expired = officers.filter((o) => !certifiedOn(o.data, o.state, today));
    expect(expired).toHaveLength(1);
    const soon = officers.filter(
      (o) =>
        certifiedOn(o.data, o.state, today) &&
        String(o.data.expiresOn) <= calendar.addCalendarDays(today, 90).date,
    );
    expect(soon).toHaveLength(1);
  });

  it('matters: 8–15 with legal bases citing statutes by name and article', () => {
    const matters = ofKind(g.all, 'enforcement_matter');
    expect(matters.length).toBeGreaterThanOrEqual(8);
    expect(matters.length).toBeLessThanOrEqual(15);
    for (const m of matters)
      expect(String(m.data.legalBasis)).toMatch(/^《[^》]+》第[一二三四五六七八九十百]+条/);
  });

  it('cases at every stage: published, overdue for publicity, revoked and withdrawn, a 重大 case, open and dropped', () => {
    const cases = ofKind(g.all, 'enforcement_case');
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const published = cases.filter((c) => c.data.publishedOn && !c.data.withdrawnOn);
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(published.some((c) => c.data.partyType === 'person')).toBe(true);
    const withdrawn = cases.filter((c) => c.data.withdrawnOn);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]?.state).toBe('revoked');
    const major = cases.filter((c) => c.data.major === true);
    expect(major).toHaveLength(1);
    expect(major[0]?.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['review_pass', 'discuss', 'decide']),
    );
    const kind = ledgerKind('enforcement_case');
    if (!kind) throw new Error('kind');
    const overdue = cases.filter((c) =>
      computeClocks(kind, c, { calendar, settings: {}, today }).some(
        (k) => (k.name === 'publicity' || k.name === 'publicity_other') && k.state === 'overdue',
      ),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(cases.some((c) => ['filed', 'investigating', 'notified'].includes(c.state))).toBe(true);
    expect(cases.some((c) => c.state === 'dropped')).toBe(true);
  });

  it('inspections, trainings and two 案卷评查', () => {
    expect(ofKind(g.all, 'inspection').length).toBeGreaterThanOrEqual(12);
    expect(ofKind(g.all, 'enforcement_training').length).toBeGreaterThanOrEqual(3);
    expect(ofKind(g.all, 'case_file_review')).toHaveLength(2);
  });

  it('nothing happens after today', () => {
    for (const rec of g.all) for (const e of rec.events) expect(e.on <= today).toBe(true);
  });
});
