/**
 * Counts of several things at once, which no one key counts: the gold leaves such sums out
 * (dev/README.md, "ambiguous sums"). Each test reads only the slice the caller gives it.
 */

/** An activity a list item names: what another key counts beside the key's own. */
const ACTIVITY_WORD = /宣传|培训|讲座|活动|会议|学习|学法|咨询|调解|检查|演练|竞赛|宣讲/;

/**
 * 组织各类法治宣传和法治讲座7次: an activity of another kind joined before the key's own by 和
 * shares one count with it. `earlier` and `later` are the two sides of the 和 (the caller has
 * checked that the later is the key's and the earlier is not); a topic before 和 (宪法和民法典
 * 宣传活动5场) names no activity and leaves the count the key's.
 */
export function otherActivityFirst(earlier: string): boolean {
  return ACTIVITY_WORD.test(earlier);
}

/** Figures of sessions: the activities a later head count may have gathered people for. */
const SESSION_MEASURES = new Set(['次', '场', '场次', '期', '堂', '堂次']);

/**
 * 开展专题学法10次、法治讲座4场，参与学习人数500余人次: the people counted after two or more
 * session counts took part in all of them, not in one training. `before` lists the measures of
 * the sentence's figures before the head count, in order.
 */
export function peopleOfSeveralActivities(before: readonly string[]): boolean {
  let sessions = 0;
  for (const m of before) if (SESSION_MEASURES.has(m)) sessions++;
  return sessions >= 2;
}

/**
 * 联动民情热线及智慧信访平台，及时跟进处理案件50余件: cases that came by the hotline and by
 * petition together are neither the hotline's nor the petitions' count.
 */
const HOTLINE = /热线|12345|民情/;
const PETITION = /信访|来信|来访/;
export function twoChannels(keyText: string): boolean {
  return HOTLINE.test(keyText) && PETITION.test(keyText);
}

/**
 * 召开党委会开展专题学法3次，参加中心组学习会10次，带头集体学法23次: several counts of the
 * leadership's own study in one sentence, none marked as the whole, leave the central group's
 * law-study figure unsaid (dev/README.md: "several 学法 counts for one central group").
 * `others` is the sentence without the figure's own clause; the government's 会前学法 or the
 * cadres' study there are other keys' and leave it alone.
 */
const ANOTHER_STUDY = /(?:中心组|党委会|党工委会|班子会|集体学法)[^，。；\d]{0,10}?\d{1,3}(?:余|多)?次/g;
/**
 * 中心组集体学法7次，干部职工集体学法8次: a 集体学法 whose subject, right before it in its
 * clause, is the whole staff is the staff's study (the cadre key's), not the leadership's.
 */
const STAFF_BEFORE =
  /(?:干部职工|职工|公职人员|机关干部|全体干部|党员干部|镇村干部|村干部|工作人员)[^，。；\d]{0,4}$/;
export function anotherLeadershipStudy(others: string): boolean {
  // An exec loop, not matchAll (an iterator and a copy of the pattern per call).
  ANOTHER_STUDY.lastIndex = 0;
  for (let m = ANOTHER_STUDY.exec(others); m !== null; m = ANOTHER_STUDY.exec(others)) {
    const at = m.index;
    if (!m[0].startsWith('集体学法')) {
      ANOTHER_STUDY.lastIndex = 0;
      return true;
    }
    const clause =
      others
        .slice(Math.max(0, at - 12), at)
        .split(/[，。；]/)
        .pop() ?? '';
    if (!STAFF_BEFORE.test(clause)) {
      ANOTHER_STUDY.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * 中心组集中学法4次、专题学法6次 / 中心组学法5次，开展专题法治学习3次: a second law-study count with no
 * subject of its own right after the central group's, in the same sentence, is that group's study again
 * (or the leadership's): several 学法 counts for one body, none the whole, leave the key's figure unsaid
 * (dev/README.md). A subject of its own (干部职工集中学法8次) is another body's; 其中 makes the first the
 * whole.
 */
const SUBJECTLESS_STUDY =
  /^[，、；]\s*(?:开展|组织|举办|进行|召开|另|还|并)?(?:专题|集中|集体)(?:法治|法律)?(?:学法|学习)[^，。；、\d]{0,6}?\d{1,3}(?:余|多)?次/;
export function subjectlessStudyAfter(text: string, end: number): boolean {
  // The clause right after the figure (its own after-text, 会议/活动 …, skipped up to the next mark).
  let i = end;
  while (i < text.length && i - end <= 8 && !'，、；。'.includes(text[i] as string)) i++;
  return SUBJECTLESS_STUDY.test(text.slice(i, i + 24));
}
