import { matchesNear } from '../scan';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const CN = '〇一二三四五六七八九';
/**
 * Five-year 普法 plans: 七五 2016–2020, 八五 2021–2025 (中央宣传部、司法部《关于开展法治宣传教育
 * 的第八个五年规划（2021—2025年）》, 2021-06), 九五 2026–2030. The plan in force for a year:
 */
function planFor(year: number): number {
  return 7 + Math.floor((year - 2016) / 5);
}
/** 七五普法, also quoted as “七五”普法, or named in full (“七五”法治宣传教育). */
const PLAN = /([一二三四五六七八九])五[”"]?(?:普法|法治宣传教育|法制宣传教育)/g;
/** Looking back on the finished plan is right: its review, acceptance or results. */
const LOOKING_BACK = /^.{0,8}(总结|验收|收官|终期|圆满|期间|成果|评估|考核|表彰|先进)/;
/** …or a verb before it that says it is done (全面完成“七五”普法规划). */
const DONE_BEFORE = /(完成|总结|验收|回顾|收官)[^。，；]{0,6}$/;

/** A five-year 普法 plan named in a report of a year after the plan ended. */
export function findStaleReferences(text: string, reportYear: number | null): NormDefect[] {
  if (reportYear === null) return [];
  const expected = planFor(reportYear);
  const out: NormDefect[] = [];
  for (const m of matchesNear(text, PLAN, '五', 1)) {
    const n = CN.indexOf(m[1] as string);
    const i = m.index ?? 0;
    if (
      n >= expected ||
      LOOKING_BACK.test(text.slice(i + m[0].length, i + m[0].length + 12)) ||
      DONE_BEFORE.test(text.slice(Math.max(0, i - 10), i))
    )
      continue;
    const right = `${CN[expected] ?? ''}五普法`;
    const written = m[0].replace(/[”"]/, '');
    out.push(
      at(
        'year_mismatch',
        i,
        i + m[0].length,
        DEFECT_MESSAGES.stalePlan(written, right, reportYear),
        'medium',
      ),
    );
  }
  return out;
}
