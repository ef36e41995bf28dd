import { describe, expect, it } from 'vitest';
import { exam, studySession } from './kinds/study';
import { buildRoster, listedPeople, peopleCounts, peopleTables, rosterSince, rowsForPeople } from './roster';

const sessionList = () => {
  const [t] = peopleTables(studySession);
  if (!t) throw new Error('study_session declares no people list');
  return t;
};

describe('buildRoster', () => {
  it('merges a person seen as staff, user and on lists into one entry with the latest post', () => {
    const roster = buildRoster([
      { name: '张 三', post: '综合执法队', source: 'staff' },
      { name: '张三', source: 'user' },
      { name: '张三', post: '党政办主任', source: 'list', on: '2026-03-01' },
      { name: '张三', post: '副镇长', source: 'list', on: '2026-09-01' },
      { name: '张三', post: '组织委员', source: 'list', on: '2026-05-01' },
      { name: '李四', source: 'list', on: '2026-10-10' },
      { name: '王五', post: '', source: 'staff' },
      { name: '  ', source: 'list', on: '2026-10-10' },
    ]);
    expect(roster).toEqual([
      { name: '李四', post: null, sources: ['list'], lastListed: '2026-10-10' },
      { name: '张三', post: '副镇长', sources: ['staff', 'user', 'list'], lastListed: '2026-09-01' },
      { name: '王五', post: null, sources: ['staff'], lastListed: null },
    ]);
  });

  it('looks back two years of lists', () => {
    expect(rosterSince('2026-12-07')).toBe('2024-12-07');
  });
});

describe('people lists', () => {
  it('are declared on the study session and exam lists', () => {
    expect(peopleTables(studySession).map((f) => f.key)).toEqual(['participants']);
    expect(peopleTables(exam)[0]?.people.ticks.map((t) => t.column)).toEqual(['took', 'passed']);
  });

  it('adds picked people with ticks cleared, skipping those already listed', () => {
    const t = sessionList();
    const rows = rowsForPeople(
      t.people,
      [
        { name: '张三', post: '副镇长' },
        { name: '李四', post: null },
        { name: '李四', post: null },
      ],
      [{ name: '张 三', present: true }],
    );
    expect(rows).toEqual([{ name: '李四', present: false }]);
  });

  it('counts listed and ticked people', () => {
    const t = sessionList();
    const rows = [
      { name: '张三', present: true },
      { name: '李四', present: false },
      { name: '王五', present: true },
      { name: '', present: true },
    ];
    expect(peopleCounts(t.people, rows)).toBe('应到 3 人，实到 2 人');
    const [e] = peopleTables(exam);
    expect(
      e &&
        peopleCounts(e.people, [
          { name: '甲', took: true, passed: false },
          { name: '乙', took: true, passed: true },
        ]),
    ).toBe('应考 2 人，实考 2 人，合格 1 人');
  });

  it('reads the names and posts a record lists', () => {
    const t = sessionList();
    expect(
      listedPeople(t, {
        participants: [{ name: ' 张三 ', post: '镇长', present: true }, { name: '' }, { post: 'x' }],
      }),
    ).toEqual([{ name: '张三', post: '镇长' }]);
  });
});

describe('declarations', () => {
  it('name text columns, post text columns and boolean ticks; staff sources name text fields and states', async () => {
    const { LEDGER_KINDS } = await import('./registry');
    let lists = 0;
    for (const k of LEDGER_KINDS) {
      for (const t of peopleTables(k)) {
        lists++;
        const col = (key: string) => t.columns.find((c) => c.key === key)?.type;
        expect(col(t.people.name), `${k.kind}.${t.key}`).toBe('text');
        if (t.people.post !== undefined) expect(col(t.people.post), `${k.kind}.${t.key}`).toBe('text');
        for (const tick of t.people.ticks) expect(col(tick.column), `${k.kind}.${t.key}`).toBe('boolean');
      }
      if (k.staff) {
        const field = (key: string) => k.fields.find((f) => f.key === key)?.type;
        expect(field(k.staff.name), k.kind).toBe('text');
        if (k.staff.post !== undefined) expect(field(k.staff.post), k.kind).toBe('text');
        for (const s of k.staff.states)
          expect(
            k.states.map((x) => x.key),
            k.kind,
          ).toContain(s);
      }
    }
    expect(lists).toBe(2);
    expect(LEDGER_KINDS.filter((k) => k.staff).map((k) => k.kind)).toEqual(['officer']);
  });
});
