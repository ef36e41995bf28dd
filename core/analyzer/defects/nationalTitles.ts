import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * National documents a report cites with their period in the title, and the periods they
 * were issued for. A period written otherwise is a slip (法治政府建设实施纲要（2022—2025年）).
 * - 法治政府建设实施纲要: 2015—2020 (中共中央、国务院, 2015-12) and 2021—2025 (2021-08);
 * - 法治社会建设实施纲要: 2020—2025 (中共中央, 2020-12);
 * - 法治中国建设规划: 2020—2025 (中共中央, 2021-01).
 * Only a title that begins with the document's name counts: 《某区法治政府建设实施纲要
 * （2021—2025年）》 is a local document with a period of its own.
 */
const PERIODS: Readonly<Record<string, readonly string[]>> = {
  法治政府建设实施纲要: ['2015-2020', '2021-2025'],
  法治社会建设实施纲要: ['2020-2025'],
  法治中国建设规划: ['2020-2025'],
};
const TITLE =
  /《(法治政府建设实施纲要|法治社会建设实施纲要|法治中国建设规划)[（(](20\d\d)年?\s*[-—–－~～至]+\s*(20\d\d)年?[）)]/g;

export function findNationalTitleDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(TITLE)) {
    const name = m[1] as string;
    const allowed = PERIODS[name] ?? [];
    if (allowed.includes(`${m[2]}-${m[3]}`)) continue;
    const i = (m.index ?? 0) + 1;
    // The period sharing a start or end year with the one written, else every period.
    const near = allowed.filter((p) => p.startsWith(m[2] as string) || p.endsWith(m[3] as string));
    const right = (near.length > 0 ? near : allowed).map((p) => p.replace('-', '—')).join('或');
    out.push(
      at(
        'year_mismatch',
        i,
        (m.index ?? 0) + m[0].length,
        DEFECT_MESSAGES.nationalPeriod(name, right),
        'medium',
      ),
    );
  }
  return out;
}

/**
 * 余/多 after a single digit (学法4余次, 3余万元): “余” rounds a number that ends in a zero
 * (十余次, 20余人, 3万余元); after 1–9 it says nothing and is a slip.
 */
const ODD_APPROX = /(?<![\d.０-９])([1-9])余(?=[次场件人名个份条万起批项家])/g;

export function findApproximationDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(ODD_APPROX)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + 2, DEFECT_MESSAGES.oddApproximation(m[0]), 'medium'));
  }
  return out;
}
