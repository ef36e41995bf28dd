/**
 * Figures a cue nearby does not make the key's: the clause counts another thing than the cue
 * names, or another body's events, or one of two counts that the report does not add up. Each
 * test reads only the slice the caller gives it (extractIndicators.ts).
 */

/**
 * 提出共性整改建议3项，完成整改2项: rectification items (an inspection's findings and their fixing) are
 * counted, which no key of the catalog counts (indicators.md); a cue of an earlier clause
 * (矛盾纠纷排查化解情况) names what was inspected, not what the figure counts. `local` is the
 * figure's clause up to the number.
 */
const RECTIFICATION = /整改(?:建议|意见|措施|任务|事项)?$/;
export function countsRectification(local: string): boolean {
  return local.includes('整改') && RECTIFICATION.test(local);
}

/**
 * 参加自治区“法治讲堂”专题法治讲座36期: lectures or trainings a higher body held, which the unit's
 * staff attended, are that body's events, not lectures or trainings the unit held (dev README:
 * figures of an outside body are not the unit's). The people counted beside them attended those
 * events, not a training of the unit's. The organiser is named right after 参加/参与; a bare
 * 参加执法培训 (组织干部参加执法培训2次) names none and stays the unit's.
 */
const OUTSIDE_EVENT = /(?:参加|参与|收看|观看)了?(?:上级|全国|自治区|省|州委|州级|地区|市级|市委|县级)/;
export const OUTSIDE_EVENT_KEYS = new Set([
  'study.lectures',
  'publicity.lectures',
  'study.cadre_trainings',
  'enforcement.trainings',
  'study.training_attendance',
  'enforcement.training_attendance',
]);
/**
 * 参加县委依法治县办组织的法治培训3次: the organiser named as a body of the county (district,
 * city, province) with 组织的/举办的 after it, however long its name, holds the event.
 */
const HIGHER_ORGANISER =
  /(?:参加|参与)了?(?:县|区|市|州|盟|省)[^，。；\d镇乡街村]{0,12}?(?:组织|举办|开展|主办)的/;
export function outsideEvent(s: string): boolean {
  return OUTSIDE_EVENT.test(s) || HIGHER_ORGANISER.test(s);
}

/**
 * 市普法办来镇督导检查法治建设工作2次, 接受上级执法检查3次: inspections a higher body made of
 * the unit, which the unit received; the inspection keys count the unit's own (执法检查 it made).
 * `s` is the figure's clause up to it.
 */
export const INSPECTION_KEYS: ReadonlySet<string> = new Set([
  'enforcement.inspections',
  'enforcement.file_reviews',
  'leadership.inspections',
]);
const INSPECTED_BY =
  /(?:县|区|市|州|省|上级)[^，。；\d]{0,12}?(?:来镇|来乡|来街道|来我|到我|莅临)|接受[^，。；\d]{0,8}?(?:检查|督查|督导|督察|考核|评查|巡查)/;
export function inspectedBy(s: string): boolean {
  return INSPECTED_BY.test(s);
}

/**
 * 召开依法治镇委员会会议2次、专题党委会4次: a law meeting count listed beside a count of the
 * committee for rule of law's meetings (which meet on law by the committee's charter), with no
 * total: the two are parts whose sum the report does not state (dev README, 部署会4次、推进会6次).
 * No cue reads the committee's meetings as the key's (a cue for them was tried in round 10 and
 * dropped), so the pair that dropAmbiguousLists would see is read here, before and after the
 * figure. A general meeting beside it (党委会议10次、法治专题会4次) leaves it alone.
 */
const COMMITTEE_MEETING = '依法治[^，。；、\\d]{0,6}委员会(?:全体)?(?:会议|会)\\d{1,3}(?:余|多)?次';
const COMMITTEE_BEFORE = new RegExp(`${COMMITTEE_MEETING}、[^，。；\\d]{0,14}$`);
const COMMITTEE_AFTER = new RegExp(`^、[^，。；\\d]{0,14}?${COMMITTEE_MEETING}`);
const TOTAL = /共|累计|合计|总计/;
/** The figure is the committee's own count, with another meeting count beside it. */
const COMMITTEE_HERE = /依法治[^，。；、\d]{0,6}委员会(?:全体)?(?:会议|会)$/;
const MEETING_COUNT_BEFORE = /(?:会议?|例会)\d{1,3}(?:余|多)?次、[^，。；\d]{0,14}$/;
const MEETING_COUNT_AFTER = /^、[^，。；\d]{0,14}?(?:会议?|例会)\d{1,3}(?:余|多)?次/;
export function committeeMeetingPair(clauseBefore: string, after: string): boolean {
  const before = COMMITTEE_BEFORE.exec(clauseBefore);
  if (before && !TOTAL.test(before[0])) return true;
  const next = COMMITTEE_AFTER.exec(after);
  if (next && !TOTAL.test(next[0])) return true;
  if (!COMMITTEE_HERE.test(clauseBefore)) return false;
  const other = MEETING_COUNT_BEFORE.exec(clauseBefore) ?? MEETING_COUNT_AFTER.exec(after);
  return other !== null && !TOTAL.test(other[0]);
}
