import { formatDay, parseDay } from '../calendar/dates';
import { rowsOf } from './fieldKit';
import type { LedgerKind, PeopleList, RecordData, TableField } from './types';

/**
 * The unit's roster (名单): the people a clerk picks from when filling a people list (参加人员名单)
 * instead of typing every name for every session. It is derived, never kept: the unit's own
 * user accounts, its records of kinds declaring `staff` (执法人员 in post) and the names on its
 * own people lists of the last two years. A person is one name (spaces ignored); the post is the
 * latest one known.
 */

/** Where a roster name was seen. */
export type RosterSource = 'user' | 'staff' | 'list';

export interface RosterSighting {
  name: string;
  post?: string | null | undefined;
  source: RosterSource;
  /** The day the name was last on a list (lists only). */
  on?: string | null | undefined;
}

export interface RosterPerson {
  name: string;
  post: string | null;
  sources: RosterSource[];
  /** The last day the person was on one of the unit's lists, or null. */
  lastListed: string | null;
}

/** Names on lists older than this many days before today are not offered (people move on). */
export const ROSTER_LIST_DAYS = 730;

/** The first day whose lists still feed the roster. */
export const rosterSince = (today: string) => formatDay(parseDay(today) - ROSTER_LIST_DAYS);

/** A name as compared: no spaces of any width. */
export const rosterKey = (name: string) => name.replace(/[\s\u3000]+/g, '');

const SOURCE_ORDER: Record<RosterSource, number> = { staff: 0, user: 1, list: 2 };

/**
 * One entry per person, the post from their latest list (else their staff record), ordered by
 * the last list they were on (most recent first; never listed last), then by name.
 */
export function buildRoster(sightings: readonly RosterSighting[]): RosterPerson[] {
  const people = new Map<string, RosterPerson & { postOn: string }>();
  for (const s of sightings) {
    const name = rosterKey(s.name ?? '');
    if (name === '') continue;
    const p = people.get(name) ?? { name, post: null, sources: [], lastListed: null, postOn: '' };
    if (!p.sources.includes(s.source)) p.sources.push(s.source);
    const on = s.source === 'list' ? (s.on ?? '') : '';
    if (s.source === 'list' && on !== '' && (p.lastListed === null || on > p.lastListed)) p.lastListed = on;
    const post = typeof s.post === 'string' ? s.post.trim() : '';
    // a list's post is newer than the staff record's once it is dated; among lists the latest wins
    if (post !== '' && (p.post === null || on >= p.postOn)) {
      p.post = post;
      p.postOn = on;
    }
    people.set(name, p);
  }
  return [...people.values()]
    .map(({ postOn: _p, ...p }) => ({
      ...p,
      sources: [...p.sources].sort((a, b) => SOURCE_ORDER[a] - SOURCE_ORDER[b]),
    }))
    .sort(
      (a, b) =>
        (b.lastListed ?? '').localeCompare(a.lastListed ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
}

/** The kind's people lists (tables declaring `people`). */
export const peopleTables = (kind: LedgerKind): (TableField & { people: PeopleList })[] =>
  kind.fields.filter((f): f is TableField & { people: PeopleList } => f.type === 'table' && !!f.people);

/** The names (and posts) a record's people list holds. */
export function listedPeople(field: TableField & { people: PeopleList }, data: RecordData) {
  const { name, post } = field.people;
  return rowsOf(data[field.key]).flatMap((r) => {
    const n = typeof r[name] === 'string' ? rosterKey(r[name] as string) : '';
    if (n === '') return [];
    const p = post !== undefined && typeof r[post] === 'string' ? (r[post] as string) : '';
    return [{ name: n, post: p === '' ? null : p }];
  });
}

/**
 * New list rows for picked people (从名单选择, 沿用上次名单): name and post filled in, every tick
 * cleared. People already on the list (`current`) are left out, so picking twice adds nobody twice.
 */
export function rowsForPeople(
  people: PeopleList,
  picked: readonly { name: string; post: string | null }[],
  current: readonly Record<string, unknown>[],
): Record<string, unknown>[] {
  const seen = new Set(
    current.map((r) => (typeof r[people.name] === 'string' ? rosterKey(r[people.name] as string) : '')),
  );
  const out: Record<string, unknown>[] = [];
  for (const p of picked) {
    const key = rosterKey(p.name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const row: Record<string, unknown> = { [people.name]: key };
    if (people.post !== undefined && p.post) row[people.post] = p.post;
    for (const t of people.ticks) row[t.column] = false;
    out.push(row);
  }
  return out;
}

/** 应到 12 人，实到 10 人 (rows with a name only). */
export function peopleCounts(people: PeopleList, rows: readonly Record<string, unknown>[]): string {
  const named = rows.filter((r) => typeof r[people.name] === 'string' && rosterKey(r[people.name] as string));
  return [
    `${people.listed} ${named.length} 人`,
    ...people.ticks.map((t) => `${t.counted} ${named.filter((r) => r[t.column] === true).length} 人`),
  ].join('，');
}
