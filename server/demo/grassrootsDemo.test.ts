import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../core/calendar';
import type { RefRecord } from '../../core/ledgers';
import { computeClocks } from '../../core/ledgers/clocks';
import { ledgerKind } from '../../core/ledgers/registry';
import { demoGrassrootsWork, demoVillageRuleVersions, type GrassrootsDemoOptions } from './grassrootsDemo';
import type { DemoRecord } from './ledgerDemo';

const calendar = new WorkCalendar();
const township = {
  name: '青石镇',
  villages: [
    { id: 'v-qs', name: '青石社区' },
    { id: 'v-fl', name: '枫林村' },
    { id: 'v-sq', name: '石桥村' },
    { id: 'v-hk', name: '河口村' },
    { id: 'v-ly', name: '柳营村' },
  ],
};

/** The disputes and petitions the seeder stored before (only what the links read). */
const LINKED: RefRecord[] = [
  {
    id: 'd1',
    kind: 'dispute',
    title: '纠〔2026〕1号',
    state: 'mediating',
    data: { registeredOn: '2026-01-10', riskLevel: 'high' },
  },
  {
    id: 'd2',
    kind: 'dispute',
    title: '纠〔2026〕2号',
    state: 'closed',
    data: { registeredOn: '2026-03-02', riskLevel: 'medium' },
  },
  {
    id: 'p1',
    kind: 'petition',
    title: '访〔2026〕1号',
    state: 'accepted',
    data: { receivedOn: '2026-02-01' },
  },
];

function generate(seed: number, today: string) {
  const refusals: string[] = [];
  const opts: GrassrootsDemoOptions = { seed, township, today, calendar, onRefusal: (m) => refusals.push(m) };
  const versions = demoVillageRuleVersions(opts);
  const stored = versions.map(
    (r, i): RefRecord => ({
      id: `vr${i}`,
      kind: r.kind,
      title: String(r.data.title),
      state: r.state,
      data: r.data,
    }),
  );
  const work = demoGrassrootsWork(opts, [...stored, ...LINKED]);
  return { versions, work, all: [...versions, ...work], refusals };
}

const ofKind = (rs: DemoRecord[], kind: string) => rs.filter((r) => r.kind === kind);

describe('grassroots demo (issue 16 §3)', () => {
  it.each([
    [1, '2026-11-30'],
    [7, '2026-06-15'],
    [42, '2027-02-01'],
  ])('seed %i up to %s: every step the workflow allows, every kind present', (seed, today) => {
    const { all, versions, work, refusals } = generate(seed, today);
    expect(refusals).toEqual([]);
    for (const kind of ['village_rule', 'model_village', 'legal_aide', 'risk_assessment'])
      expect(ofKind(all, kind).length, kind).toBeGreaterThan(0);
    // every revision names the version it replaces, which was repealed the day it came
    const revisions = ofKind(work, 'village_rule');
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) {
      const prev = versions[Number(String(r.data.previous).slice(2))];
      expect(prev?.data.village).toBe(r.data.village);
      expect(prev?.state).toBe('repealed');
      expect(prev?.data.repealedOn).toBe(r.data.submittedOn);
    }
    // nothing dated after today
    for (const r of all) for (const e of r.events) expect(e.on <= today, `${r.kind} ${e.action}`).toBe(true);
  });

  it('shows the states a township meets: a correction ordered, titles named and rechecked, aides trained, risks linked and resolved', () => {
    const { all } = generate(1, '2026-11-30');
    const rules = ofKind(all, 'village_rule');
    expect(rules.some((r) => r.events.some((e) => e.action === 'order_correction'))).toBe(true);
    expect(new Set(ofKind(all, 'model_village').map((r) => r.state))).toEqual(
      new Set(['named', 'applying', 'not_named']),
    );
    expect(ofKind(all, 'model_village').some((r) => r.data.recheckResult === 'kept')).toBe(true);
    const aides = ofKind(all, 'legal_aide');
    expect(aides.length).toBeGreaterThanOrEqual(township.villages.length * 2);
    expect(aides.every((r) => r.events.some((e) => e.action === 'train'))).toBe(true);
    const risks = ofKind(all, 'risk_assessment');
    expect(risks.some((r) => Array.isArray(r.data.disputes) && r.data.disputes.length > 0)).toBe(true);
    expect(risks.some((r) => r.state === 'resolved')).toBe(true);
    // a risk still watched runs its review clock
    const watching = risks.find((r) => r.state === 'watching') as DemoRecord;
    const kind = ledgerKind('risk_assessment');
    expect(watching).toBeDefined();
    expect(
      computeClocks(kind as NonNullable<typeof kind>, watching, { calendar, today: '2026-11-30' }).map(
        (c) => c.name,
      ),
    ).toEqual([`review_${String(watching.data.level)}`]);
  });

  it('is deterministic for a seed', () => {
    expect(generate(3, '2026-11-30').all).toEqual(generate(3, '2026-11-30').all);
  });
});
