import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../core/calendar';
import { isDayString } from '../../core/calendar/dates';
import { computeClocks } from '../../core/ledgers/clocks';
import { isIdNumber, isPhone } from '../../core/ledgers/personal';
import { validateRecord } from '../../core/ledgers/record';
import { ledgerKind } from '../../core/ledgers/registry';
import type { RecordData } from '../../core/ledgers/types';
import { applyStep, planAction, type RecordState } from '../../core/ledgers/workflow';
import { type DemoLedgerOptions, type DemoRecord, demoLedgerRecords } from './ledgerDemo';

const calendar = new WorkCalendar();
const township = {
  name: '青石镇',
  villages: [
    { id: 'v-qs', name: '青石社区' },
    { id: 'v-fl', name: '枫林村' },
    { id: 'v-sq', name: '石桥村' },
  ],
};

function generate(seed: number, today: string, t = township): { records: DemoRecord[]; refusals: string[] } {
  const refusals: string[] = [];
  const opts: DemoLedgerOptions = { seed, township: t, today, calendar, onRefusal: (m) => refusals.push(m) };
  return { records: demoLedgerRecords(opts), refusals };
}

const ofKind = (records: DemoRecord[], kind: string) => records.filter((r) => r.kind === kind);

/** Replays a record's events through the workflow from a fresh registration. */
function replay(rec: DemoRecord): RecordState {
  const kind = ledgerKind(rec.kind);
  if (!kind) throw new Error(`unknown kind ${rec.kind}`);
  const villages = new Set(township.villages.map((v) => v.id));
  const own: Record<string, unknown> = {};
  for (const f of kind.fields) if (rec.data[f.key] !== undefined) own[f.key] = rec.data[f.key];
  const createdOn = String(rec.data[kind.list.dateField]);
  const { values, issues } = validateRecord(kind, own, { today: createdOn, villages });
  expect(issues, `${rec.kind} create`).toEqual([]);
  let r: RecordState = { state: kind.initialState, data: values, events: [] };
  for (const e of rec.events) {
    const p = planAction(
      kind,
      r,
      e.action,
      e.payload,
      { role: 'township_leader' },
      { today: e.on, villages },
    );
    if (!p.ok) throw new Error(`${rec.kind} ${e.action} on ${e.on} from ${r.state}: ${p.reason}`);
    expect(p.event).toEqual(e);
    r = applyStep(r, p, p.event);
  }
  return r;
}

/** Every date in a record: its data (table cells included) and its events. */
function datesOf(rec: DemoRecord): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && isDayString(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  // a deadline set by someone else (交办机关要求办结日期) may lie ahead: it is not a date something happened
  const { assignedDueOn: _deadline, ...happened } = rec.data;
  walk(happened);
  for (const e of rec.events) {
    out.push(e.on);
    walk(e.payload);
  }
  return out;
}

const rows = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

describe.each([
  [1, '2026-11-30'],
  [7, '2026-06-15'],
  [42, '2026-02-20'], // inside 春节
  [2027, '2027-03-10'], // a year without a schedule
])('seed %i, today %s', (seed, today) => {
  const { records, refusals } = generate(seed, today);

  it('the workflow never refused a planned step', () => {
    expect(refusals).toEqual([]);
  });

  it('every record replays through planAction from the initial state to its state', () => {
    for (const rec of records) {
      const r = replay(rec);
      expect(r.state).toBe(rec.state);
      expect(r.data).toEqual(rec.data);
    }
  });

  it('sizes per kind', () => {
    expect(ofKind(records, 'mediation_committee').length).toBeGreaterThanOrEqual(2);
    expect(ofKind(records, 'mediation_committee').length).toBeLessThanOrEqual(4);
    expect(ofKind(records, 'dispute').length).toBeGreaterThanOrEqual(40);
    expect(ofKind(records, 'dispute').length).toBeLessThanOrEqual(80);
    expect(ofKind(records, 'petition').length).toBeGreaterThanOrEqual(20);
    expect(ofKind(records, 'petition').length).toBeLessThanOrEqual(40);
    expect(ofKind(records, 'suggestion').filter((r) => r.state === 'pending').length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('no date lies after today; cases fall within the year before it', () => {
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    for (const rec of records) {
      for (const d of datesOf(rec)) expect(d <= today, `${rec.kind} ${d}`).toBe(true);
      if (rec.kind === 'dispute' || rec.kind === 'petition') {
        const kind = ledgerKind(rec.kind);
        expect(String(rec.data[kind?.list.dateField ?? '']) >= yearAgo).toBe(true);
      }
    }
  });

  it('some clocks are overdue at today, and some petitions and disputes are still open', () => {
    const overdue = records.flatMap((rec) => {
      const kind = ledgerKind(rec.kind);
      if (!kind) return [];
      return computeClocks(kind, rec, { calendar, today })
        .filter((c) => c.state === 'overdue')
        .map((c) => `${rec.kind}.${c.name}`);
    });
    expect(overdue).toContain('dispute.mediation');
    expect(overdue).toContain('petition.handling');
    expect(overdue.length).toBeLessThan(records.length / 5); // a few, not most
  });

  it('disputes: every type and risk level; most closed after a 回访; failures told the parties their routes', () => {
    const ds = ofKind(records, 'dispute');
    expect(new Set(ds.map((d) => d.data.riskLevel))).toEqual(new Set(['low', 'medium', 'high']));
    expect(new Set(ds.map((d) => d.data.type)).size).toBeGreaterThanOrEqual(7);
    const closed = ds.filter((d) => d.state === 'closed');
    expect(closed.length).toBeGreaterThan(ds.length / 2);
    for (const d of closed) expect(d.events.some((e) => e.action === 'follow_up')).toBe(true);
    expect(ds.some((d) => d.state === 'mediating')).toBe(true);
    const failed = ds.filter((d) => d.events.some((e) => e.action === 'fail'));
    expect(failed.length).toBeGreaterThan(0);
    for (const d of failed) expect(rows(d.data.guidedTo).length).toBeGreaterThan(0);
    expect(ds.some((d) => d.events.some((e) => e.action === 'extend_mediation'))).toBe(true);
  });

  it('petitions: several channels and origins, most replied, one extended, one 复查', () => {
    const ps = ofKind(records, 'petition');
    expect(new Set(ps.map((p) => p.data.channel)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(ps.map((p) => p.data.origin)).size).toBeGreaterThanOrEqual(2);
    const replied = ps.filter((p) => p.events.some((e) => e.action === 'reply'));
    expect(replied.length).toBeGreaterThan(ps.length / 2);
    expect(ps.filter((p) => p.events.some((e) => e.action === 'extend'))).toHaveLength(1);
    expect(ps.filter((p) => p.events.some((e) => e.action === 'review_request'))).toHaveLength(1);
    expect(ps.some((p) => p.state === 'accepted')).toBe(true);
    // 第三十一条 classes; 交办/转送 items carry the assigning organ's date, direct ones none
    expect(new Set(ps.map((p) => p.data.nature))).toContain('claim');
    for (const p of ps)
      expect(typeof p.data.assignedDueOn === 'string', String(p.data.origin)).toBe(
        p.data.origin !== 'direct',
      );
  });

  it('people are fictional but well-formed: 439999 ID numbers, 1380000 phones', () => {
    const parties = records.flatMap((r) => [...rows(r.data.parties), ...rows(r.data.members)]);
    expect(parties.length).toBeGreaterThan(50);
    for (const p of parties) {
      expect(String(p.name)).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      if (p.idNumber !== undefined) {
        expect(isIdNumber(String(p.idNumber))).toBe(true);
        expect(String(p.idNumber).startsWith('439999')).toBe(true);
      }
      if (p.phone !== undefined) {
        expect(isPhone(String(p.phone))).toBe(true);
        expect(String(p.phone).startsWith('1380000')).toBe(true);
      }
    }
  });

  it('committees have 3–9 members, a woman among them', () => {
    for (const c of ofKind(records, 'mediation_committee')) {
      const members = rows(c.data.members);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(9);
      expect(members.some((m) => m.gender === 'f')).toBe(true);
    }
    expect(ofKind(records, 'mediation_committee').filter((c) => c.data.level === 'township')).toHaveLength(1);
  });
});

describe('determinism', () => {
  it('the same seed and township give the same records', () => {
    expect(generate(5, '2026-11-30').records).toEqual(generate(5, '2026-11-30').records);
  });

  it('another seed, or another township with the same seed, gives other records', () => {
    const a = generate(5, '2026-11-30').records;
    expect(generate(6, '2026-11-30').records).not.toEqual(a);
    const other = generate(5, '2026-11-30', { ...township, name: '柳溪镇' }).records;
    expect(other).not.toEqual(a);
  });

  it('uses only the villages it is given', () => {
    const ids = new Set(township.villages.map((v) => v.id));
    for (const r of generate(3, '2026-11-30').records) {
      const v: RecordData[string] = r.data.village;
      if (v !== undefined) expect(ids.has(String(v))).toBe(true);
    }
  });

  it('a township without villages still gets a township committee and cases', () => {
    const { records, refusals } = generate(9, '2026-11-30', { name: '示例街道', villages: [] });
    expect(refusals).toEqual([]);
    expect(ofKind(records, 'mediation_committee')).toHaveLength(1);
    expect(ofKind(records, 'dispute').length).toBeGreaterThanOrEqual(40);
  });
});
