import type { IndicatorDef } from '../../indicators/types';
import { COMPILED, type CompiledDef } from './cueIndex';

/**
 * A head count of people the unit has (全镇共有法律明白人46名, 现有执法人员18名, 全镇在岗干部
 * 52名) against one of what was done with them (培训法律明白人120人次, 12名村干部参训, 接待来访
 * 群众96人次). The first is no activity key's figure: it is a standing key's (IndicatorDef.standing)
 * whose noun the clause names, or nobody's.
 */

/** Words that say how many the unit has: a roster, staff in post, people chosen or equipped. */
const STANDING_WORD = /现有|共有|拥有|配备|配齐|在册|在岗|持证|持有|培育|培养|选聘|聘请|聘任|组建|队伍/g;
/** Words that say what was done with the people counted, whatever the key. */
const ACTIVITY_WORD =
  /培训|参训|参加|参与|参学|参考|接待|接访|来访|上访|受理|覆盖|惠及|教育|考试|测试|考核|通过|合格|及格|宣誓|咨询|答疑|解答|走访|听取|受益|观看|旁听|学习|学法|宣讲|讲座|活动|调解|化解/;
const PEOPLE_MEASURES = ['人', '名', '位', '人次'];

/** A key counting people who took part in something in the period (not standing, measured in 人/名/人次). */
function countsActivityPeople(def: IndicatorDef): boolean {
  return def.standing !== true && def.measures.some((m) => PEOPLE_MEASURES.includes(m));
}

/** Per activity key, its cue words that name what was done rather than who (参训, 受众), compiled once. */
const ACTIVITY_CUES = new Map<string, readonly string[]>(
  COMPILED.filter((c) => countsActivityPeople(c.def)).map((c) => [
    c.def.key,
    c.cueWords.filter((w) => !(c.counts ?? []).includes(w)),
  ]),
);

function saysActivity(key: string, s: string): boolean {
  return ACTIVITY_WORD.test(s) || (ACTIVITY_CUES.get(key) ?? []).some((w) => s.includes(w));
}

/**
 * Whether an activity key's people figure counts people the unit has: its clause says so before
 * the figure (现有, 共有, 配备, 在岗 …) with no activity after that word, or names the people
 * alone by the key's noun (法律明白人58名), and the clause says nothing was done with them.
 * `before` runs from the clause start to the figure, `after` from the figure to the clause end;
 * `cue` is the key's cue in the figure's clause, or ''.
 */
export function standingCount(def: IndicatorDef, before: string, after: string, cue: string): boolean {
  if (!ACTIVITY_CUES.has(def.key) || saysActivity(def.key, after)) return false;
  let standingEnd = -1;
  // An exec loop, not matchAll (an iterator and a copy of the pattern per people figure).
  STANDING_WORD.lastIndex = 0;
  for (let m = STANDING_WORD.exec(before); m !== null; m = STANDING_WORD.exec(before))
    standingEnd = m.index + m[0].length;
  if (standingEnd >= 0) return !saysActivity(def.key, before.slice(standingEnd));
  return cue !== '' && (def.counts ?? []).includes(cue) && !saysActivity(def.key, before);
}

const STANDING: readonly CompiledDef[] = COMPILED.filter((c) => c.def.standing === true);

/**
 * The standing key a people count the unit has belongs to: one that takes the figure's measure
 * word and whose nouns or cues the clause names (法律明白人 → the roster); null when none does
 * (现有执法人员18名 says nothing of certificates).
 */
export function standingKeyFor(measure: string, clause: string): IndicatorDef | null {
  for (const c of STANDING) {
    if (!c.def.measures.includes(measure)) continue;
    if ([...(c.counts ?? []), ...c.cueWords].some((w) => clause.includes(w))) return c.def;
  }
  return null;
}
