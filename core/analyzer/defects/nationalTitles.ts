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

/**
 * National documents reports cite by their full name (the plans and rules of the 法治 outline,
 * the State Council's and the Party's regulations on the genre's work). A citation that is this
 * name with one to three characters lost (《提升行政执法质量三年计划》 for 三年行动计划,
 * 《法治政府实施纲》 for 法治政府建设实施纲要) is a misquote; a local document has a place name
 * or words of its own and is never a part of the national name.
 */
const NATIONAL_NAMES: readonly string[] = [
  '法治政府建设实施纲要',
  '法治社会建设实施纲要',
  '法治中国建设规划',
  '提升行政执法质量三年行动计划',
  '党政主要负责人履行推进法治建设第一责任人职责规定',
  '法治政府建设与责任落实督察工作规定',
  '重大行政决策程序暂行条例',
  '中华人民共和国政府信息公开条例',
  '政府信息公开条例',
  '优化营商环境条例',
  '信访工作条例',
  '行政执法监督条例',
  '关于加强法治乡村建设的意见',
];
const NAME_SET = new Set(NATIONAL_NAMES);
/** A name in 《》, or a name written right before its period bracket. */
const QUOTED = /《([^《》\n]{4,40})》/g;
/** Longest run of characters before a period bracket read as a name. */
const RUN_MAX = 30;
const PERIOD_TAIL = /[（(][^（()）]*[）)]$/;

/** s is t with one to three characters left out, in order (a subsequence of t). */
function lostFrom(s: string, t: string): boolean {
  const lost = t.length - s.length;
  if (lost < 1 || lost > 3 || s.length < 5) return false;
  // The first character opens both. The last may be lost too (法治政府实施纲: 建设 and 要), but a
  // bare beginning of the name (《优化营商环境》, a campaign) is no citation of the document.
  if (s[0] !== t[0]) return false;
  if (s[s.length - 1] !== t[t.length - 1] && t.startsWith(s)) return false;
  let k = 0;
  for (const c of t) if (k < s.length && c === s[k]) k++;
  return k === s.length;
}

function lostName(name: string): string | null {
  if (NAME_SET.has(name)) return null;
  for (const t of NATIONAL_NAMES) if (lostFrom(name, t)) return t;
  return null;
}

export function findLostTitleCharacters(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(QUOTED)) {
    const name = (m[1] as string).replace(PERIOD_TAIL, '');
    const right = lostName(name);
    if (right === null) continue;
    const i = (m.index ?? 0) + 1;
    seen.add(i + name.length);
    out.push(at('typo', i, i + name.length, DEFECT_MESSAGES.titleLost(name, right), 'medium'));
  }
  // Without title marks: the name is the longest run before the period bracket that is a
  // national name with characters lost (its first character must open the name).
  // Found from each period bracket backwards: a pattern open at its start (a run of characters,
  // then the bracket) was tried at every character of the text, 1.8 ms a report.
  for (const m of text.matchAll(PERIOD_OPEN)) {
    const end = m.index ?? 0;
    if (seen.has(end)) continue;
    let from = end;
    while (from > 0 && end - from < RUN_MAX && isHan(text.charCodeAt(from - 1))) from--;
    if (end - from < 4) continue;
    const run = text.slice(from, end);
    for (let k = 0; k + 5 <= run.length; k++) {
      const right = lostName(run.slice(k));
      if (right === null) continue;
      out.push(at('typo', from + k, end, DEFECT_MESSAGES.titleLost(run.slice(k), right), 'medium'));
      break;
    }
  }
  return out;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** A （ or ( opening a period that starts with a year 20xx: a pattern that opens with its bracket. */
const PERIOD_OPEN = /[（(]20\d\d/g;
