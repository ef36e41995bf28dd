import type { MaskLevel, RosterPerson } from '../../core/ledgers';
import { hides, maskName } from './mask';

interface Roster {
  unitId: string;
  people: RosterPerson[];
  previous: Record<
    string,
    { id: string; number: string; on: string; people: { name: string; post: string | null }[] } | null
  >;
}

/**
 * A unit's roster for a reader: names are personal data, masked as on any list (staff see
 * them, the public never would); it carries names and posts only, nothing else of anyone.
 */
export function presentRoster(r: Roster, level: MaskLevel): Roster {
  const name = (n: string) => (hides(level, 'name') ? (maskName(n) ?? '') : n);
  return {
    unitId: r.unitId,
    people: r.people.map((p) => ({
      name: name(p.name),
      post: p.post,
      sources: p.sources,
      lastListed: p.lastListed,
    })),
    previous: Object.fromEntries(
      Object.entries(r.previous).map(([field, prev]) => [
        field,
        prev && { ...prev, people: prev.people.map((p) => ({ name: name(p.name), post: p.post })) },
      ]),
    ),
  };
}
