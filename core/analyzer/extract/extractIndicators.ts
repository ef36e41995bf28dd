import { measureFactor, SESSIONS } from '../../indicators/measures';
import { clauseEnd, clauseStart, hasWordIn, sentenceEnd, sentenceStart } from '../spans';
import { countsAnotherThing, countsAnotherThingBefore, nounAfter } from './countedNoun';
import { COMPILED, type CompiledDef, compoundIn, ZERO_CUE_WORD, ZERO_CUES } from './cueIndex';
import { type Figure, findFigures } from './figures';
import { headsOwnTalk } from './headsOwnWork';
import {
  committeeMeetingPair,
  countsRectification,
  INSPECTION_KEYS,
  inspectedBy,
  OUTSIDE_EVENT_KEYS,
  outsideEvent,
} from './notTheKeys';
import { type FigureContext, type Resolution, resolveCount, resolveRate } from './resolve';
import { LEGALITY_REVIEWS, REVIEW_KEYS, reviewedAfter, reviewTotal } from './reviewCounts';
import { figureScope, type SentenceWords, sentenceWords } from './scope';
import {
  anotherLeadershipStudy,
  otherActivityFirst,
  peopleOfSeveralActivities,
  subjectlessStudyAfter,
  twoChannels,
} from './sharedCounts';
import { standingCount, standingKeyFor } from './standingCount';
import { countsSeveralWays } from './waysList';

/** An indicator found in the normalised text (offsets are normalised-text offsets). */
export interface FoundIndicator {
  key: string;
  value: number;
  approx: boolean;
  unit: string;
  measure: string;
  start: number;
  end: number;
}

export interface ExtractOptions {
  reportYear: number | null;
  /** positions whose figures are not the report year's results (e.g. next year's plan) */
  excluded: (pos: number) => boolean;
}

const AFTER_LIMIT = 10;
const COMPOUND_LIMIT = 20;
/**
 * Words before a cue that make its subject many bodies (各级党委, 各部门, 各乡镇); not the
 * places the unit's own work reached (在各村开设法治课堂, 深入各村).
 */
const MANY_BODIES = /各级|(?<![在到赴入进往])各(?:部门|单位|村|社区|乡镇|镇街|街道|科室|站所)[^，。；]*$/;
const PEOPLE = new Set(['人', '名', '位', '人次']);
const SESSION_WORDS: ReadonlySet<string> = new Set(SESSIONS);
/** Activities a clause may name that no cue of an earlier clause covers. */
// 强化干部教育培训，…主体班开设依法行政等课程24场次: courses of a class are not trainings.
const OTHER_ACTIVITY = /测试|考试|测评|竞赛|比赛|知识竞答|调研|督查|检查|巡查|走访|回访|课程|党课/;
/**
 * Keys whose catalog meaning is law work (中心组学法, 干部职工法治培训, 法治建设专题会议) but
 * whose common cues are not (中心组学习, 干部…学习, 专题会): their figure is the key's only when
 * the paragraph up to the figure's sentence end speaks of law. A 中心组 or cadre study of
 * politics alone (政治理论, 全会精神 …) is not law study (indicators.md; the hand gold leaves
 * political study out).
 */
const LAW_KEYS = new Set(['study.central_group_sessions', 'study.cadre_trainings', 'leadership.meetings']);
const LAW_WORD = /法治|法律|法规|学法|依法|宪法|民法典|法制|普法|法典|条例/;
// 第一议题: the rule that a meeting first studies the leaders' latest speeches (dev README:
// “第一议题” sessions are political study), so a sentence counting it names no law study.
const POLITICAL = /政治理论|全会精神|大精神|党史|党纪|党章|主题教育|讲话精神|理论武装|党的创新理论|第一议题/;
/** A meeting whose agenda lists several matters (法治建设、安全生产、乡村振兴等) was no 法治 meeting. */
const MIXED_AGENDA = /、[^，。；]*等/;
/**
 * A count of meetings of several kinds named in one list (党工委会议、法治工作专题会、社区书记例会
 * 共12次): the total is of all of them, not of the law meetings alone.
 */
const MEETING_LIST = /(?:会议?|例会|联席会)、[^，。；\d]{0,16}?(?:会议?|例会|联席会)/;

const LIST_VERB =
  /研究|部署|听取|开展|组织|举办|召开|发放|悬挂|张贴|提供|接待|解答|参加|参与|进行|落实|推进|深入|走进|覆盖|受理|办理|化解|调处/;
const PARTICIPANTS =
  /(?:干部|成员|人员|群众|职工|党员|代表|居民|村民|学生|师生|企业|商户|村|社区|单位|部门|两委)$/;
/** Compiled cues by key, for the list test. */
const CUES_OF = new Map(COMPILED.map((c) => [c.def.key, c.cues.map((q) => new RegExp(q.re.source))]));

/**
 * Whether the figure closes a 、-list (no 等 and head noun after it) of which some item is no
 * cue of the key: the count is of several kinds of things, not the key's alone.
 */
function mixedList(local: string, key: string): boolean {
  if (!local.includes('、') || local.includes('等')) return false;
  const tail = local.replace(/(?:达到?|共计?|合计|累计|计|总计|约|近|超过?)$/, '');
  const items = tail.split('、');
  if (items.length < 2) return false;
  // 在各村、社区开展普法宣传活动12场: a verb after the list makes it a list of places or
  // bodies the activity reached, not of the things counted.
  if (LIST_VERB.test(items[items.length - 1] as string)) return false;
  // 组织乡干部、村“两委”成员法治培训2场次: the list names who took part, then the activity.
  if (items.slice(0, -1).every((item) => PARTICIPANTS.test(item.replace(/[“”"]/g, '')))) return false;
  // 开展法治宣传进机关、进农村、进企业、进校园活动12场次: the places the activity went into
  // (法律“N进”), each item opening with 进, not several kinds of things counted.
  if (items.slice(1).every((item) => /^[“"]?进/.test(item))) return false;
  const cues = CUES_OF.get(key) ?? [];
  // The first item carries the clause's verb (为群众提供法律咨询): only its end is the item.
  return items.some((item, n) => {
    const word = n === 0 ? item.slice(-6) : item;
    return word.length > 0 && !cues.some((re) => re.test(word));
  });
}

/**
 * Whether the figure closes a 、-list of activities ended by 等 right before it (举办法治宣讲、
 * 发放宣传资料、设置展板等30余场次), each item with its own verb, of which some item is no cue of
 * the key. A list of things under one verb (主动公开规范性文件、办事指南等共计1200余条) names
 * what the key's act covered and stays.
 */
const ITEM_VERB = /^(?:举办|发放|设置|张贴|悬挂|开展|组织|提供|召开|进行|制作|印发|播放|推送|走访|接待|设立)/;
/** The endings an ETC_LIST match has (等, 等共计 …): the pattern, open at its start, is tried from every position. */
const ETC_ENDS = ['等', '等共', '等共计', '等计', '等达', '等达到'];
const ETC_LIST = /([^，。；：]*、[^，。；：]*)等(?:共计?|计|达到?)?$/;
function etcList(local: string, key: string): boolean {
  if (!ETC_ENDS.some((e) => local.endsWith(e))) return false;
  const m = ETC_LIST.exec(local);
  if (!m) return false;
  const items = (m[1] as string).split('、').slice(1);
  return items.every((item) => ITEM_VERB.test(item)) && mixedList(m[1] as string, key);
}

/** X和Y right before a figure: two nouns joined by 和/及/与, the later one with no verb in it. */
const JOINED_PAIR =
  /([^，。；、和及与\d]{2,10})(?:和|及|与|以及)([^，。；、和及与\d]{2,10})(?:共计?|达到?|合计)?$/;

/**
 * Whether a text holds 和, 及 or 与, one of which every JOINED_PAIR match holds (以及 holds 及): most
 * contexts hold none, and the pattern, open at its start, is otherwise tried from every position.
 */
function mayJoin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */) return true;
  }
  return false;
}

/**
 * Whether the figure counts the key's activity joined with another activity, either way round
 * (法治讲座和业务培训, 法治宣传和法治讲座).
 */
function joinedOther(local: string, key: string): boolean {
  if (!mayJoin(local)) return false;
  const m = JOINED_PAIR.exec(local);
  if (!m) return false;
  const earlier = m[1] as string;
  const later = m[2] as string;
  if (LIST_VERB.test(later)) return false;
  const cues = CUES_OF.get(key) ?? [];
  const keyEarlier = cues.some((re) => re.test(earlier));
  const keyLater = cues.some((re) => re.test(later));
  return (keyEarlier && !keyLater) || (keyLater && !keyEarlier && otherActivityFirst(earlier));
}

/** Whether a clause counts meetings of several kinds, not all of them law meetings. */
function mixedMeetings(clause: string): boolean {
  if (!MEETING_LIST.test(clause)) return false;
  const items = clause.split('、');
  // 县委常委会会议、县政府常务会议专题研究法治建设5次: what the count measures follows the
  // list and is law work for every meeting named.
  if (/(?:专题研究|研究部署|专题听取|研究)[^，。；]{0,10}法治/.test(items[items.length - 1] ?? ''))
    return false;
  // 法治建设部署会、法治工作推进会共5次 and 部署会、推进会6场次 list law meetings only.
  return items.some((item) => /会/.test(item) && !/法|部署会|推进会|专题会/.test(item));
}
/**
 * A study count whose cue and figure take in the 第一议题 rule (落实中心组学习制度和“第一议题”
 * 制度，全年组织…专题学习12次) counts the political-study sessions, which the gold leaves out
 * (dev/README.md: 第一议题 sessions are political study). A list of topics that mixes law with
 * other matters is still counted (seed 000: 学习党纪党规、法治工作等内容10次).
 */
const STUDY_KEYS = new Set(['study.central_group_sessions', 'study.cadre_trainings', 'study.lectures']);
/** The leadership's study joined with the whole staff's (中心组…和公职人员…). */
const TWO_BODIES = /(?:和|及|与|、)(?:全体)?(?:公职人员|干部职工|机关干部|党员干部|全体干部)/;
/**
 * Bodies whose meetings hold law study. The leadership meets as 党委会, 党工委会, 班子会 and as
 * its 理论学习中心组 (a 党组's central group too): one body, whose law study is the central
 * group's (indicators.md). The government's 常务会 or 办公会, a 常委会, a 党组 meeting, joint
 * or staff meetings and the branches' 三会一课 are others.
 */
const STUDY_BODY =
  /(?:党委|党组|党工委)?(?:理论学习)?中心组|常委会|常务会|党组会?|党委会|党工委会|班子会|办公会|联席会|例会|三会一课/g;
const LEADERSHIP_BODY = /中心组|党委会|党工委会|班子会/;

/** Whether a text names two or more different study bodies (常委会、常务会; 党组和常务会议). */
function severalBodies(s: string): boolean {
  let first: string | null = null;
  // An exec loop, not matchAll (an iterator and a copy of the pattern per call).
  STUDY_BODY.lastIndex = 0;
  for (let m = STUDY_BODY.exec(s); m !== null; m = STUDY_BODY.exec(s)) {
    const body = LEADERSHIP_BODY.test(m[0]) ? '班子' : m[0].startsWith('党组') ? '党组' : m[0];
    if (first === null) first = body;
    else if (body !== first) {
      STUDY_BODY.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** A count of the 第一议题 sessions (“第一议题”学习56期, 第一议题12次). */
const FIRST_TOPIC_COUNT = /第一议题[”"]?[^，。；\d]{0,6}?\d{1,3}(?:余|多)?(?:次|期|场)/;

/** Figures of activities of several kinds (先后组织各类形式集体学法20余次). */
const MANY_KINDS = /各类|各种|多种|多类/;

/** 中心组集中学习24次，其中专题学习习近平法治思想4次: the breakdown is the law study. */
const LAW_BREAKDOWN =
  /^[^。；]{0,40}?其中[^。；，\d]{0,30}?(?:法治|学法|法律|宪法|民法典)[^。；，\d]{0,12}?(\d{1,3})(次|场|场次|期)/;

/**
 * 中心组专题学习13次、专题法治学习11次: the study count is listed whole, then its law study
 * as the next item; the law study is the key's figure.
 */
const LAW_NEXT_ITEM =
  /^[、，,](?:并|还|另)?[^。；，\d]{0,12}?(?:法治|学法|法律|宪法|民法典)[^。；，\d]{0,8}?(\d{1,3})(次|场|场次|期)/;

/** How far back the paragraph of a figure is read: a bound keeps huge one-line texts linear. */
const PARA_LOOKBACK = 400;

function lawSubject(
  text: string,
  f: FoundIndicator,
  sentenceStartAt: number,
  sentenceEndAt: number,
): boolean {
  const from = Math.max(0, f.start - PARA_LOOKBACK);
  const back = text.slice(from, f.start);
  const nl = back.lastIndexOf('\n');
  const paraStart = nl < 0 ? from : from + nl + 1;
  // The paragraph, or the heading line right above it ((一)强化法治学习).
  const prevNl = nl <= 0 ? -1 : back.lastIndexOf('\n', nl - 1);
  const heading = nl > 0 && nl - prevNl <= 32 ? back.slice(prevNl + 1, nl) : '';
  const to = Math.min(sentenceEndAt, f.end + PARA_LOOKBACK);
  if (!LAW_WORD.test(text.slice(paraStart, to)) && !LAW_WORD.test(heading)) return false;
  const clause = text.slice(clauseStart(text, f.start), f.end);
  if (POLITICAL.test(clause) && !LAW_WORD.test(clause)) return false;
  // 镇党委围绕学习教育开展理论中心组学习24次: a clause that names its study's topic (围绕…)
  // and names no law counts study of that topic, whatever the paragraph is about.
  if (TOPIC.test(clause) && !LAW_WORD.test(clause)) return false;
  // 全面贯彻落实全会精神，全年共进行中心组学习14次，进一步领悟重要讲话: a sentence about
  // political study that names no law is no law study, whatever its paragraph's heading says.
  const sentence = text.slice(sentenceStartAt, sentenceEndAt);
  return !(POLITICAL.test(sentence) && !LAW_WORD.test(sentence));
}

/**
 * 14名执法人员通过行政执法证考试, 执法资格考试通过率100%: the exam that qualifies enforcement
 * officers is no law-study exam of the cadres (the study.exam_* keys), whatever its pass words;
 * nor is the exam of officials before their appointment (任前法律知识考试).
 */
const ENFORCEMENT_EXAM = /执法(?:证|资格)|任前/;
function enforcementExam(text: string, f: Figure, key: string): boolean {
  return (
    key.startsWith('study.exam_') &&
    ENFORCEMENT_EXAM.test(text.slice(clauseStart(text, f.start), clauseEnd(text, f.end)))
  );
}

/**
 * A cadre training count whose cue names no law (组织干部职工培训5次) is the key's (干部职工法治
 * 培训) only when its sentence names law, and so is its attendance: a paragraph about law tells of trainings on other
 * matters too, which the paragraph test (lawSubject) lets through. Meetings are not held to
 * this: reports name a meeting's law topic in a heading or an earlier sentence as often.
 */
function lawInReach(
  text: string,
  key: string,
  cueStart: number,
  f: Figure,
  sentenceStartAt: number,
  sentenceEndAt: number,
): boolean {
  if (key !== 'study.cadre_trainings' && key !== 'study.training_attendance') return true;
  if (LAW_WORD.test(text.slice(Math.min(cueStart, f.start), f.end))) return true;
  const ownEnd = clauseEnd(text, f.end);
  const nextEnd = Math.min(sentenceEndAt, clauseEnd(text, Math.min(text.length, ownEnd + 1)));
  return LAW_WORD.test(text.slice(sentenceStartAt, Math.max(ownEnd, nextEnd)));
}

/**
 * 群众满意度 in the catalog is the satisfaction with the unit's services (窗口, 政务服务, 好差评:
 * seed 003 gives it after 办理政务服务事项). A mediation's parties (当事人满意率), a petitioner
 * (来信来访…满意率) or a survey of the public about law work (法治建设满意度测评) are others: the
 * sentence, else its paragraph or the heading above, must speak of services, and the clause not
 * of another matter.
 */
const SERVICE_WORD = /政务服务|便民服务|服务事项|服务中心|窗口|办事|好差评|审批|一网通办|一窗/;
const OTHER_SATISFACTION = /调解|当事人|信访|来访|来信|测评|普法|法治建设/;
function serviceSatisfaction(
  text: string,
  f: Figure,
  sentenceStartAt: number,
  sentenceEndAt: number,
): boolean {
  if (OTHER_SATISFACTION.test(text.slice(clauseStart(text, f.start), f.start))) return false;
  if (SERVICE_WORD.test(text.slice(sentenceStartAt, sentenceEndAt))) return true;
  const back = text.slice(Math.max(0, f.start - PARA_LOOKBACK), f.start);
  const nl = back.lastIndexOf('\n');
  const prevNl = nl <= 0 ? -1 : back.lastIndexOf('\n', nl - 1);
  // the paragraph up to the figure, and the line above it when short (a heading)
  const para = back.slice(nl + 1);
  const heading = nl > 0 && nl - prevNl <= 32 ? back.slice(prevNl + 1, nl) : '';
  return SERVICE_WORD.test(para) || SERVICE_WORD.test(heading);
}

/**
 * Whether a figure after 其中 names a key of its own: the whole before 其中 in the sentence was
 * read as another key (法治培训6次，其中专题讲座2次), or as none. The caller asks for the part's cue in its
 * own clause: a companion alone (信访28件，其中来访15件 → 办结?) names nothing.
 */
function partOfOtherKind(
  text: string,
  f: Figure,
  key: string,
  inSentence: readonly Figure[],
  keyAt: readonly (string | undefined)[],
): boolean {
  const before = text.slice(clauseStart(text, f.start), f.start);
  if (!before.includes('其中')) return false;
  let whole: string | undefined;
  for (let i = inSentence.length - 2; i >= 0 && whole === undefined; i--) whole = keyAt[i];
  // 配备执法人员4名，其中持证执法人员4名: a whole that is no key's figure leaves the part,
  // named by its own cue, the key's.
  return whole !== key;
}

const CADRE_AUDIENCE = /干部|公职人员|机关|班子|职工|执法人员|中心组|领导|工作人员|在编人员/;
const PUBLIC_AUDIENCE =
  /群众|村民|居民|学生|师生|青少年|未成年人|企业|商户|老年人|妇女|农民工|进村|进校园|进社区|进企业|进乡村|村（社区）|辖区/;
/**
 * A law named by the people it protects (未成年人保护法, 妇女权益保障法, 老年人权益保障法): its
 * words say what the lecture taught, not who heard it.
 */
const LAW_OF_PEOPLE = new RegExp(
  `(?:${PUBLIC_AUDIENCE.source})[^、，。；《》\\d]{0,4}?(?:保护|保障)[^、，。；《》\\d]{0,2}?(?:法|条例)`,
  'g',
);
const STUDY_LECTURES = COMPILED.find((c) => c.def.key === 'study.lectures');
const PUBLIC_LECTURES = COMPILED.find((c) => c.def.key === 'publicity.lectures');

/**
 * Whom a lecture was for, as the clause of its cue and figure says: cadres only or the public
 * only; null when both or neither are named there (the key's sentence context then decides).
 */
function lectureAudience(text: string, cueStart: number, figureEnd: number): 'cadres' | 'public' | null {
  const clause = text
    .slice(clauseStart(text, cueStart), clauseEnd(text, figureEnd))
    .replace(LAW_OF_PEOPLE, '');
  const cadres = CADRE_AUDIENCE.test(clause);
  const pub = PUBLIC_AUDIENCE.test(clause);
  return cadres === pub ? null : cadres ? 'cadres' : 'public';
}

const EXAM_TAKERS = COMPILED.find((c) => c.def.key === 'study.exam_takers');
// 98名机关干部、村（社区）干部参加…考试, 64名在编干部和村干部参加…: the people may be a list
// of groups joined by 、 or 和, each ending in a people noun.
const CADRE_EXAM =
  /^[^，。；]{0,8}?(?:干部|公职人员|工作人员|职工|党员)(?:(?:、|和|及)[^，。；、\d]{0,8}?(?:干部|公职人员|工作人员|职工|党员))*[^，。；\d]{0,4}?参加[^，。；]{0,20}?(?:学法|法律|法治|普法)[^，。；]{0,12}?考试/;
const EXAM_REACH = 40;

/** The text after a figure up to its clause end, AFTER_LIMIT characters, a 、 or a digit (a character loop, no search per figure). */
function afterText(text: string, end: number, extra = 0): string {
  const stop = Math.min(clauseEnd(text, end), end + AFTER_LIMIT + extra);
  let cut = end;
  for (; cut < stop; cut++) {
    const c = text.charCodeAt(cut);
    if (c === 0x3001 /* 、 */ || (c >= 0x30 && c <= 0x39)) break;
  }
  return text.slice(end, cut);
}

function spanOf(
  f: Figure,
  r: Resolution,
  localStart: number,
  wideStart: number,
): { start: number; end: number } {
  if (r.cueSide === 'local') return { start: localStart + r.cueIndex, end: f.end };
  if (r.cueSide === 'wide') return { start: wideStart + r.cueIndex, end: f.end };
  if (r.cueSide === 'after') return { start: f.numStart, end: f.end + r.cueEnd };
  return { start: f.numStart, end: f.end };
}

function found(r: Resolution, f: Figure, span: { start: number; end: number }): FoundIndicator {
  return {
    key: r.def.key,
    value: Math.round(f.value * measureFactor(f.measure) * 1e6) / 1e6,
    approx: f.approx,
    unit: r.def.unit,
    measure: f.measure,
    start: span.start,
    end: span.end,
  };
}

/** Keys of the sentence's figures before its last one, nearest first (one loop, no four arrays per figure). */
function keysBefore(inSentence: readonly Figure[], keyAt: readonly (string | undefined)[]): string[] {
  const keys: string[] = [];
  for (let i = inSentence.length - 2; i >= 0; i--) {
    const k = keyAt[i];
    if (k !== undefined) keys.push(k);
  }
  return keys;
}

/** Where each zero cue holds the word they all share (败诉), or -1 when one holds it twice. */
const ZERO_WORD_AT = ZERO_CUES.map((z) =>
  ZERO_CUE_WORD !== '' && z.cue.indexOf(ZERO_CUE_WORD) === z.cue.lastIndexOf(ZERO_CUE_WORD)
    ? z.cue.indexOf(ZERO_CUE_WORD)
    : -1,
);

/**
 * Every occurrence of every zero cue, cue by cue in catalog order and each cue's in text order
 * (as a search of the text per cue gives them). The shared word is searched once and each cue
 * is tried where it would hold it: one scan of the text instead of one per cue. As that search
 * did, an occurrence overlapping the cue's previous one is passed over.
 */
function zeroCueHits(text: string): [(typeof ZERO_CUES)[number], number][] {
  const out: [(typeof ZERO_CUES)[number], number][] = [];
  if (ZERO_CUE_WORD !== '' && !ZERO_WORD_AT.includes(-1)) {
    const words: number[] = [];
    for (let i = text.indexOf(ZERO_CUE_WORD); i >= 0; i = text.indexOf(ZERO_CUE_WORD, i + 1)) words.push(i);
    if (words.length === 0) return out;
    ZERO_CUES.forEach((z, k) => {
      const offset = ZERO_WORD_AT[k] as number;
      let free = 0;
      for (const w of words) {
        const at = w - offset;
        if (at < free || !text.startsWith(z.cue, at)) continue;
        out.push([z, at]);
        free = at + z.cue.length;
      }
    });
    return out;
  }
  for (const z of ZERO_CUES)
    for (let at = text.indexOf(z.cue); at >= 0; at = text.indexOf(z.cue, at + z.cue.length))
      out.push([z, at]);
  return out;
}

/**
 * 召开依法治镇委员会会议2次、专题党委会4次: one of two law meetings' counts, no total (notTheKeys).
 * A function of its own, not an arrow in the figure loop: one reading the figure and its clause
 * start made every figure's loop body allocate a context for them.
 */
function committeePair(text: string, clauseAt: number, f: Figure, sentenceEnd: number): boolean {
  return committeeMeetingPair(
    text.slice(clauseAt, f.start),
    text.slice(f.end, Math.min(sentenceEnd, f.end + 40)),
  );
}

export function extractIndicators(text: string, opts: ExtractOptions): FoundIndicator[] {
  const figures = findFigures(text);
  const out: FoundIndicator[] = [];
  // The key read for each figure of the sentence (by its index in inSentence): a Map keyed by
  // the figure objects gave each figure an identity hash.
  let keyAt: (string | undefined)[] = [];
  // The sentence's text and context tests are shared by all its figures.
  let sentence: {
    start: number;
    end: number;
    text: string;
    contextMemo: Map<CompiledDef, boolean>;
    /** the words figureScope asks of the sentence, found when first asked */
    words: SentenceWords | null;
  } = { start: -1, end: -1, text: '', contextMemo: new Map<CompiledDef, boolean>(), words: null };
  let inSentence: Figure[] = [];
  for (const f of figures) {
    if (f.start >= sentence.end) {
      const start = sentenceStart(text, f.start);
      const end = sentenceEnd(text, f.start);
      sentence = { start, end, text: text.slice(start, end), contextMemo: new Map(), words: null };
      inSentence = [];
      keyAt = [];
    }
    const prev = inSentence[inSentence.length - 1];
    inSentence.push(f);
    if (opts.excluded(f.start)) continue;
    // The figure's clause start, walked back to once for all the tests below.
    const clauseAt = clauseStart(text, f.start);
    // 科级干部集中培训150名: the people counted are a part of the unit's staff (dev README); a
    // count of lectures or trainings held for them (举办科级干部法治讲座2次) is the unit's own.
    if (PEOPLE.has(f.measure) && hasWordIn(text, clauseAt, f.start, '科级干部')) continue;
    // 开展法治培训6次，其中专题讲座2次: a part of another kind than the whole is that kind's
    // figure (the lectures), though not the whole's (the part of the trainings).
    sentence.words ??= sentenceWords(text, sentence.start, sentence.end);
    const scope = figureScope(text, f.start, opts.reportYear, clauseAt, sentence.words);
    if (scope === 'out') continue;
    const breakdownOnly = scope === 'breakdown';
    const localStart = Math.max(clauseAt, prev?.end ?? 0);
    const wideStart = Math.max(sentence.start, prev?.end ?? 0);
    const ctx: FigureContext = {
      local: text.slice(localStart, f.start),
      wide: text.slice(wideStart, f.start),
      // 997名行政执法人员参加学习培训: what the people did is read past their noun phrase, as
      // far as the after-text of a figure with no noun reaches.
      after: afterText(
        text,
        f.end,
        PEOPLE.has(f.measure) ? (nounAfter(text, f.end, f.measure)?.phrase.length ?? 0) : 0,
      ),
      sentence: sentence.text,
      previousKeys: keysBefore(inSentence, keyAt),
      contextMemo: sentence.contextMemo,
    };
    if (f.kind === 'rate') {
      if (breakdownOnly) continue;
      for (const r of resolveRate(ctx)) {
        if (enforcementExam(text, f, r.def.key)) continue;
        if (
          r.def.key === 'service.satisfaction_rate' &&
          !serviceSatisfaction(text, f, sentence.start, sentence.end)
        )
          continue;
        out.push(found(r, f, spanOf(f, r, localStart, wideStart)));
        keyAt[inSentence.length - 1] = r.def.key;
      }
      continue;
    }
    // A compound's cue may run past the short after-text (执法人员参加公共法律知识培训): it is
    // read in the rest of the clause, up to COMPOUND_LIMIT characters.
    const compoundText = PEOPLE.has(f.measure)
      ? text.slice(f.end, Math.min(clauseEnd(text, f.end), f.end + COMPOUND_LIMIT))
      : '';
    const compound = PEOPLE.has(f.measure) && !breakdownOnly ? compoundIn(compoundText) : undefined;
    if (
      compound &&
      !(
        compound.keys.includes('study.training_attendance') &&
        !LAW_WORD.test(text.slice(sentence.start, clauseEnd(text, f.end)))
      )
    ) {
      const m = compound.compiled.re.exec(compoundText);
      const span = { start: f.numStart, end: f.end + (m ? m.index + m[0].length : 0) };
      for (const key of compound.keys) {
        out.push({ key, value: f.value, approx: f.approx, unit: '人', measure: f.measure, ...span });
        keyAt[inSentence.length - 1] = key;
      }
      continue;
    }
    // 组织街道121名干部职工参加2025年度全区法治理论知识学习考试: the cadres who sat a law
    // exam, named after the count past a year and more words than the compounds reach.
    if (PEOPLE.has(f.measure) && !breakdownOnly && EXAM_TAKERS) {
      const m = CADRE_EXAM.exec(text.slice(f.end, Math.min(clauseEnd(text, f.end), f.end + EXAM_REACH)));
      if (m && !ENFORCEMENT_EXAM.test(m[0])) {
        out.push({
          key: EXAM_TAKERS.def.key,
          value: f.value,
          approx: f.approx,
          unit: EXAM_TAKERS.def.unit,
          measure: f.measure,
          start: f.numStart,
          end: f.end + m[0].length,
        });
        keyAt[inSentence.length - 1] = EXAM_TAKERS.def.key;
        continue;
      }
    }
    // 全年共对18项重大决策事项进行了合法性审查: the things reviewed, then the review.
    const reviewed = breakdownOnly ? null : reviewedFigure(text, f);
    if (reviewed) {
      out.push(reviewed);
      keyAt[inSentence.length - 1] = reviewed.key;
      continue;
    }
    const r0 = resolveCount(f, ctx);
    // 通过理论中心组、班子会等载体开展专题学法4次: a law-study count whose clause names the
    // central group among its settings is the leadership's own law study (indicators.md maps
    // 领导班子/中心组 学法 there), not a count of law study before meetings, which 会前 or
    // 常务会 would name.
    // 全年领导班子会议学法8次: the leadership's own meeting (班子会, 党委会, 党工委会) is the
    // body whose law study the central group key counts, as its 中心组 is.
    let r =
      r0?.def.key === 'study.pre_meeting_sessions' &&
      CENTRAL_GROUP &&
      /中心组|班子会|党委会|党工委会/.test(ctx.local) &&
      !/会前|常务会/.test(ctx.local)
        ? { ...r0, def: CENTRAL_GROUP.def }
        : r0;
    if (
      breakdownOnly &&
      (!r ||
        (r.cueSide !== 'local' && r.cueSide !== 'after') ||
        !partOfOtherKind(text, f, r.def.key, inSentence, keyAt))
    )
      continue;
    if (!r) {
      const heard = heardReport(text, f, ctx.local);
      if (heard && committeePair(text, clauseAt, f, sentence.end)) continue;
      if (heard) {
        out.push(heard);
        keyAt[inSentence.length - 1] = heard.key;
        continue;
      }
      const reached = trainingCoverage(text, f, ctx.local, clauseAt);
      if (reached) {
        out.push(reached);
        keyAt[inSentence.length - 1] = reached.key;
        continue;
      }
      const study = studyOfItem(text, f, ctx.local);
      if (
        study?.def.key === 'study.central_group_sessions' &&
        anotherLeadershipStudy(
          text.slice(sentence.start, clauseAt) + text.slice(clauseEnd(text, f.end), sentence.end),
        )
      )
        continue;
      if (study) {
        out.push({ ...found(study, f, { start: localStart, end: f.end }) });
        keyAt[inSentence.length - 1] = study.def.key;
      }
      continue;
    }
    // 全年审核各类合同协议和规范性文件合计67份: the reviews' total over several kinds.
    const total = breakdownOnly ? null : reviewsTotal(f, r, ctx.local);
    if (total) {
      out.push(found(total, f, spanOf(f, total, localStart, wideStart)));
      keyAt[inSentence.length - 1] = total.def.key;
      continue;
    }
    // 全镇共有法律明白人46名, 全镇在岗干部52名: people the unit has, not people trained or
    // received; the roster's key takes them when the clause names its noun (standingCount.ts).
    if (PEOPLE.has(f.measure)) {
      const before = text.slice(clauseAt, f.start);
      const after = text.slice(f.end, clauseEnd(text, f.end));
      const cue = r.cueSide === 'local' ? ctx.local.slice(r.cueIndex, r.cueEnd) : '';
      if (standingCount(r.def, before, after, cue)) {
        const standing = standingKeyFor(f.measure, before + after);
        if (!standing) continue;
        r = { ...r, def: standing };
      }
    }
    if (enforcementExam(text, f, r.def.key)) continue;
    // 参加自治区“法治讲堂”专题法治讲座36期，…累计参加人数达15万余人次: another body's events
    // the staff attended, and the people who attended them.
    if (OUTSIDE_EVENT_KEYS.has(r.def.key)) {
      const from = PEOPLE.has(f.measure) ? sentence.start : clauseAt;
      // Every outside-event match holds 参 or 看: most spans are let through by two scans.
      if (
        (hasWordIn(text, from, f.start, '参') || hasWordIn(text, from, f.start, '看')) &&
        outsideEvent(text.slice(from, f.start))
      )
        continue;
    }
    // 市普法办来镇督导检查法治建设工作2次: a higher body's inspection of the unit (notTheKeys.ts).
    if (INSPECTION_KEYS.has(r.def.key) && inspectedBy(text.slice(clauseAt, f.start))) continue;
    // 举办法治专题培训会3场: a 培训会 is a training, whatever 专题…会 of the meetings matched.
    if (r.def.key === 'leadership.meetings' && CADRE_TRAININGS && /培训会$/.test(ctx.local))
      r = { ...r, def: CADRE_TRAININGS.def };
    const span = spanOf(f, r, localStart, wideStart);
    // 为机关干部以案释法2场 / 为群众举办法治讲座5场: who heard the lecture decides whether it
    // is the cadres' study or the public's 普法 (indicators.md keeps them apart).
    if (r.def.key === 'study.lectures' || r.def.key === 'publicity.lectures') {
      const audience = lectureAudience(text, span.start, f.end);
      const to = audience === 'cadres' ? STUDY_LECTURES : audience === 'public' ? PUBLIC_LECTURES : undefined;
      if (to && to.def.key !== r.def.key) r = { ...r, def: to.def };
    }
    // 党政主要负责人…全年牵头开展法治专题宣讲2场次: the heads' own talks are their duty as
    // first responsible persons, not lectures the unit held (the gold leaves them out).
    if (
      (r.def.key === 'study.lectures' || r.def.key === 'publicity.lectures') &&
      headsOwnTalk(text.slice(sentence.start, f.start), text.slice(clauseAt, f.start))
    )
      continue;
    // 市委党校主体班讲授习近平法治思想14堂次: lessons of a course are no trainings.
    if (
      /^堂/.test(f.measure) &&
      (r.def.key === 'study.cadre_trainings' || r.def.key === 'enforcement.trainings')
    )
      continue;
    // 联动民情热线及智慧信访平台，处理案件50余件: cases of two channels together.
    if (
      (r.def.key.startsWith('petition.') || r.def.key.startsWith('supervision.hotline')) &&
      twoChannels(text.slice(clauseStart(text, Math.min(span.start, clauseAt)), f.start))
    )
      continue;
    // 开展专题学法10次、法治讲座4场，参与学习人数500余人次: people of several activities.
    // 实现全镇80余名机关干部、14个村“两委”成员法治培训全覆盖: one group of a list of groups
    // a training covered, not its attendance.
    if (
      (r.def.key === 'study.training_attendance' || r.def.key === 'publicity.audience') &&
      /^[^，。；\d]{0,12}、\d/.test(text.slice(f.end, clauseEnd(text, f.end)))
    )
      continue;
    if (r.def.key === 'study.training_attendance' && r.cueSide !== 'local' && clauseAt > sentence.start) {
      const previousClause = clauseStart(text, clauseAt - 1);
      // A loop, not filter and map with arrows: an arrow reading the figure and its clause start
      // made every figure's loop body allocate a context for them.
      const measures: string[] = [];
      for (const g of inSentence)
        if (g !== f && g.start >= previousClause && g.end <= clauseAt) measures.push(g.measure);
      if (peopleOfSeveralActivities(measures)) continue;
    }
    // 人大代表建议3件、政协委员提案2件: the key counts the people's congress deputies'
    // suggestions; a count of the CPPCC members' proposals alone is not one (a joint total,
    // 人大代表建议和政协提案共8件, names both and stays).
    if (
      r.def.key === 'supervision.npc_suggestions' &&
      /政协/.test(text.slice(span.start, f.start)) &&
      !/人大|代表建议/.test(ctx.local)
    )
      continue;
    // 各级党委（党组）理论学习中心组…学习80余次: the cue names many bodies, so the figure is
    // their sum, not the unit's own (the clause test in scope.ts sees only the figure's clause).
    // 覆盖各级党委理论学习中心组90余场、干部教育培训150余场: the many bodies before the list's
    // first item are the subject of its later items too.
    if (
      prev !== undefined &&
      ctx.local.startsWith('、') &&
      prev.start > clauseAt &&
      hasWordIn(text, clauseAt, prev.start, '各') &&
      MANY_BODIES.test(text.slice(clauseAt, prev.start))
    )
      continue;
    if (
      span.start < f.numStart &&
      // Every MANY_BODIES match opens with 各: most cues have none before them.
      hasWordIn(text, Math.max(sentence.start, span.start - 12), span.start, '各') &&
      MANY_BODIES.test(text.slice(Math.max(sentence.start, span.start - 12), span.start))
    )
      continue;
    // 截至目前，办理办结各类政务服务事项57.95万件: a count of work done up to the day of
    // writing, with no year, runs over every year the service has run; a stock (officers
    // holding a certificate, mediation committees, windows) may be counted so.
    if (
      r.def.standing !== true &&
      hasWordIn(text, sentence.start, f.start, '截') &&
      /截[至止](?:目前|今|现在)/.test(text.slice(sentence.start, f.start)) &&
      !/\d{4}年/.test(text.slice(sentence.start, f.start))
    )
      continue;
    // 化解行政争议9件: administrative disputes are not the 矛盾纠纷 the dispute keys count.
    if (r.def.key.startsWith('dispute.') && ctx.local.endsWith('行政争议')) continue;
    // 破解难点问题4项, 出具法律审查意见13件: the noun right before a count of things names what
    // it counts, another thing than the key's (countedNoun.ts), whatever cue stands before it.
    // Not before a count of sessions: 研究审议重要事项13次 counts the meetings, not the matters.
    // 42个行政执法部门997名执法人员: a noun right after the previous figure is that figure's
    // noun, not what this one counts.
    if (
      !SESSION_WORDS.has(f.measure) &&
      !(prev !== undefined && prev.end === localStart) &&
      countsAnotherThingBefore(r.def.key, ctx.local)
    )
      continue;
    // 提出共性整改建议3项，完成整改2项: rectification items, which no key counts.
    if (countsRectification(ctx.local)) continue;
    // 行政许可事项218项, 服务事项40个: 事项 counted in 项/个 are entries of a list, not cases.
    if ((f.measure === '项' || f.measure === '个') && ctx.local.endsWith('事项')) continue;
    // 2418项政务服务事项中，2331项纳入…: the same entries counted before their noun, or
    // after it in the next clause.
    if (
      (f.measure === '项' || f.measure === '个') &&
      (/^[^，。；、\d]{0,8}事项/.test(ctx.after) || text.slice(span.start, f.start).includes('事项'))
    )
      continue;
    // 组织干部学习…内容，先后组织测试2次: the figure's own clause names another activity (a
    // test, a contest, a survey), so a cue of an earlier clause does not name it.
    if (r.cueSide === 'wide' && OTHER_ACTIVITY.test(ctx.local)) continue;
    // 纳入干部培训必修课程，先后组织各类形式集体学法20余次: the clause counts activities of
    // several kinds, which a cue of an earlier clause does not name.
    if (r.cueSide === 'wide' && MANY_KINDS.test(ctx.local)) continue;
    if (r.def.key === 'leadership.meetings' && mixedMeetings(text.slice(clauseAt, f.start))) continue;
    // 为群众提供法律咨询、政策咨询、法律服务达300余人次: the count closes a list of several
    // things, not all of them the key's, with no 等 and head noun naming the whole.
    if (r.cueSide === 'local' && mixedList(ctx.local, r.def.key)) continue;
    // 举办法治讲座和业务培训60场次: two activities joined by 和, the later no activity of the
    // key, share one count (宪法和民法典宣传活动5场 joins topics and stays).
    if (r.cueSide === 'local' && joinedOther(ctx.local, r.def.key)) continue;
    // 通过举办法治宣讲、发放宣传资料、设置展板等30余场次: a count closing a list of several
    // kinds of work with 等 is of all of them.
    if (r.cueSide === 'local' && etcList(ctx.local, r.def.key)) continue;
    // …集中学习、专题研讨、知识测试等多种形式，开展学法活动33次: a sum over several ways.
    if (
      span.start < f.start &&
      countsSeveralWays(text.slice(span.start, f.start), CUES_OF.get(r.def.key) ?? [])
    )
      continue;
    if (STUDY_KEYS.has(r.def.key) && hasWordIn(text, span.start, f.start, '第一议题')) continue;
    // 纳入党委中心组学习内容和公职人员学法内容，全年学习12次: one count for the leadership and
    // all the staff together is neither body's own (the gold's "several bodies" rule).
    if (r.def.key === 'study.central_group_sessions' && TWO_BODIES.test(text.slice(span.start, f.start)))
      continue;
    // 县委常委会、县政府常务会组织集体学法10次, 纳入党委中心组、“三会一课”必学内容，全年
    // 开展专题学习4次: one study count for several bodies is no one body's figure (the gold's
    // "several bodies" rule; which part is the government's or the central group's is not said).
    if (
      STUDY_SESSION_KEYS.has(r.def.key) &&
      severalBodies(text.slice(clauseStart(text, span.start), f.start))
    )
      continue;
    // 到14个村（社区）培训调解员, 16个嘎查村, 1个便民服务中心, 8名班子成员轮流接待: the noun
    // after the figure names what it counts, another thing or other people than the key's
    // (countedNoun.ts). A cue in that noun phrase names the key's thing (12场法治讲座); one
    // further on says what the people did (31名执法人员全部通过考核), not who they are.
    if (countsAnotherThing(r.def.key, text, f.end, f.measure)) continue;
    // 复议意见书2件 counts documents (…书), not cases.
    if (r.def.key.endsWith('_cases') && ctx.local.endsWith('书')) continue;
    // The attendance of a training that is no law training (组织干部培训12期，培训干部600余人次).
    if (
      r.def.key === 'study.training_attendance' &&
      !lawInReach(text, r.def.key, span.start, f, sentence.start, sentence.end)
    )
      continue;
    if (LAW_KEYS.has(r.def.key)) {
      const item = found(r, f, span);
      if (!lawSubject(text, item, sentence.start, sentence.end)) continue;
      if (!lawInReach(text, r.def.key, span.start, f, sentence.start, sentence.end)) continue;
      if (r.def.key === 'leadership.meetings' && MIXED_AGENDA.test(text.slice(span.start, f.start))) continue;
      if (r.def.key === 'leadership.meetings' && committeePair(text, clauseAt, f, sentence.end)) continue;
      const clause = text.slice(clauseAt, f.start);
      const rest = text.slice(f.end, Math.min(sentence.end, f.end + 120));
      const part = LAW_WORD.test(clause) ? null : (LAW_BREAKDOWN.exec(rest) ?? LAW_NEXT_ITEM.exec(rest));
      if (part && r.def.key !== 'leadership.meetings') {
        // The law part's figure and quote replace the whole's.
        const at = f.end + (part.index ?? 0) + part[0].length;
        // 全年举办书记论坛4次，开展中心组理论学习和各类法治培训5次: a next item that joins the
        // key's activity with another is no law part of the key's; the whole, which names no
        // law, is none either.
        const partLocal = part[0].slice(0, part[0].lastIndexOf(part[1] as string)).replace(/^[、，,]/, '');
        if (joinedOther(partLocal, r.def.key) || mixedList(partLocal, r.def.key)) continue;
        // …党委会开展专题学法3次，参加中心组学习会10次，带头集体学法23次: a third count of the
        // leadership's study beside the whole and its part leaves the figure unsaid.
        if (
          r.def.key === 'study.central_group_sessions' &&
          anotherLeadershipStudy(text.slice(sentence.start, clauseAt) + text.slice(at, sentence.end))
        )
          continue;
        const num = part[1] as string;
        out.push({
          ...item,
          value: Number(num),
          approx: false,
          measure: part[2] as string,
          start:
            f.end + (part[0].includes('其中') ? part[0].indexOf('其中') : /^[、，,]/.test(part[0]) ? 1 : 0),
          end: at,
        });
        keyAt[inSentence.length - 1] = r.def.key;
        continue;
      }
      if (
        r.def.key === 'study.central_group_sessions' &&
        anotherLeadershipStudy(
          text.slice(sentence.start, clauseAt) + text.slice(clauseEnd(text, f.end), sentence.end),
        )
      )
        continue;
      // 全年开展“第一议题”学习56期，组织中心组学习17期: a central-group count whose clause
      // names no law, listed with the count of the 第一议题 sessions, counts the body's whole
      // programme of political study (dev README), not its law study.
      if (
        r.def.key === 'study.central_group_sessions' &&
        !LAW_WORD.test(clause) &&
        hasWordIn(text, sentence.start, f.start, '第一议题') &&
        FIRST_TOPIC_COUNT.test(text.slice(sentence.start, clauseAt))
      )
        continue;
      out.push(item);
      keyAt[inSentence.length - 1] = r.def.key;
      continue;
    }
    out.push(found(r, f, span));
    keyAt[inSentence.length - 1] = r.def.key;
  }
  for (const [z, at] of zeroCueHits(text)) {
    if (opts.excluded(at)) continue;
    out.push({
      key: z.def.key,
      value: 0,
      approx: false,
      unit: z.def.unit,
      measure: z.def.unit,
      start: at,
      end: at + z.cue.length,
    });
  }
  return dropAmbiguousLists(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * 镇党委先后5次专题听取法治建设工作汇报: the count stands before a 听取…汇报 that runs past the
 * short after-text; the meeting heard a report on law work, a 法治建设专题会议 (indicators.md).
 * So does a count written before the meeting it counts (专题召开4次党委会议研究部署…法治建设).
 */
const HEARD_AFTER =
  /^(?:专题|专门)?听取[^，。；\d]{0,16}?(?:法治|依法治|依法行政)[^，。；\d]{0,12}?汇报|^(?:党委|党工委|班子|专题|领导小组)[^，。；\d]{0,4}?会议?(?:专题)?(?:研究|部署)[^，。；\d]{0,12}?(?:法治|依法治|依法行政)/;
const MEETINGS = COMPILED.find((c) => c.def.key === 'leadership.meetings');
const CENTRAL_GROUP = COMPILED.find((c) => c.def.key === 'study.central_group_sessions');
const CADRE_TRAININGS = COMPILED.find((c) => c.def.key === 'study.cadre_trainings');
const REVIEW_DEFS = new Map(COMPILED.filter((c) => REVIEW_KEYS.has(c.def.key)).map((c) => [c.def.key, c]));

/**
 * 全年共对18项重大决策事项进行了合法性审查, 对32份合同进行合法性审核: the things reviewed follow
 * their count and the review follows them (reviewCounts.ts). Every such text holds 审 near the figure.
 */
function reviewedFigure(text: string, f: Figure): FoundIndicator | null {
  if (PEOPLE.has(f.measure) || !hasWordIn(text, f.end, Math.min(text.length, f.end + 24), '审')) return null;
  const reviewed = reviewedAfter(text.slice(f.end, clauseEnd(text, f.end)));
  const def = reviewed ? REVIEW_DEFS.get(reviewed.key) : undefined;
  if (!reviewed || !def?.def.measures.includes(f.measure)) return null;
  const r: Resolution = { def: def.def, cueSide: 'after', cueIndex: 0, cueEnd: reviewed.length };
  return found(r, f, { start: f.numStart, end: f.end + reviewed.length });
}

/**
 * 全年审核各类合同协议和规范性文件合计67份: a review count over things of several kinds is the
 * reviews' total, not the contracts' or the documents' (reviewCounts.ts).
 */
function reviewsTotal(f: Figure, r: Resolution, local: string): Resolution | null {
  if (!REVIEW_KEYS.has(r.def.key) || r.cueSide !== 'local' || !reviewTotal(local)) return null;
  const total = REVIEW_DEFS.get(LEGALITY_REVIEWS);
  return total?.def.measures.includes(f.measure) ? { ...r, def: total.def } : null;
}

/**
 * 全年召开领导小组会议3次，专题研究解决法治建设中的重点难点问题: a count of meetings whose
 * next clause says they studied law work (the meeting named by 会议 right before the figure).
 */
const STUDIED_AFTER = /^，(?:专题|专门)?(?:研究|部署|听取)[^，。；\d]{0,16}?(?:法治|依法治|依法行政)/;
/** A study's topic named before its verb: 围绕学习教育开展…, 聚焦…组织…. */
const TOPIC = /(?:围绕|聚焦)[^，。；]{1,16}?(?:开展|组织|举办|召开|进行)/;

/** 召开党委会议36次，研究法治建设等议题120余项: the meetings' agenda held law among other matters. */
const AGENDA_OF_MANY = /^[^，。；\d]{0,12}?等(?:议题|事项|工作|重要事项|重大事项)/;
const MEETING_BEFORE = /(?:会议|例会|专题会)$/;

function heardReport(text: string, f: Figure, local: string): FoundIndicator | null {
  if (!MEETINGS || (f.measure !== '次' && f.measure !== '场次')) return null;
  const after = text.slice(f.end, f.end + 40);
  const m = HEARD_AFTER.exec(after) ?? (MEETING_BEFORE.test(local) ? STUDIED_AFTER.exec(after) : null);
  if (!m || AGENDA_OF_MANY.test(after.slice(m[0].length))) return null;
  const r: Resolution = { def: MEETINGS.def, cueSide: 'after', cueIndex: 0, cueEnd: m[0].length };
  return found(r, f, { start: f.numStart, end: f.end + m[0].length });
}

/**
 * 开展法治培训，覆盖镇村干部200余人: the people a law training of the clause before reached,
 * when that clause gave no count of its own (a count there is the companion the resolver reads).
 */
const ATTENDANCE = COMPILED.find((c) => c.def.key === 'study.training_attendance');
const COVERED = /^(?:共|累计)?覆盖(?:[^，。；\d]{0,6}(?:干部|职工|人员|党员))?$/;

function trainingCoverage(text: string, f: Figure, local: string, clauseAt: number): FoundIndicator | null {
  if (!ATTENDANCE || !PEOPLE.has(f.measure) || !COVERED.test(local) || clauseAt < 1) return null;
  const before = text.slice(clauseStart(text, clauseAt - 1), clauseAt);
  if (!/培训/.test(before) || !LAW_WORD.test(before)) return null;
  const r: Resolution = { def: ATTENDANCE.def, cueSide: 'local', cueIndex: 0, cueEnd: 0 };
  return found(r, f, { start: f.start - local.length, end: f.end });
}

/**
 * 全面落实政府常务会学法制度。…2024年按计划学法12次: a bare 学法 count whose meeting the
 * item (一是…, or the paragraph) named in an earlier sentence as its 学法制度. Only the two
 * study keys a 学法制度 names are read this way.
 */
const ITEM_START = /[一二三四五六七八九十]是|\n/g;
const STUDY_RULE: readonly [RegExp, string][] = [
  [/(?:常务会|会前)[^。；]{0,6}学法制度/, 'study.pre_meeting_sessions'],
  [/(?:中心组|班子)[^。；]{0,6}学法制度/, 'study.central_group_sessions'],
  // 建立机关工作人员学法制度，全年共组织学法6次: the staff's own study (seed 001 reads the
  // staff's 学习 as cadre trainings).
  [
    /(?:干部职工|机关工作人员|工作人员|机关干部|公职人员|全体干部)[^。；]{0,4}学法制度/,
    'study.cadre_trainings',
  ],
];
const SESSION_MEASURES = new Set(['次', '场', '场次', '期']);

function studyOfItem(text: string, f: Figure, local: string): Resolution | null {
  if (!SESSION_MEASURES.has(f.measure) || !/学法$/.test(local)) return null;
  const back = text.slice(Math.max(0, f.start - 200), f.start);
  let itemStart = 0;
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(back); m !== null; m = ITEM_START.exec(back)) itemStart = m.index;
  const item = back.slice(itemStart);
  for (const [rule, key] of STUDY_RULE) {
    if (!rule.test(item)) continue;
    const c = COMPILED.find((x) => x.def.key === key);
    if (c) return { def: c.def, cueSide: 'local', cueIndex: 0, cueEnd: 0 };
  }
  return null;
}

/**
 * 部署会4次、推进会6次: two figures of one key listed side by side, with no total, are
 * parts whose sum the report does not state. Reading either as the key's value would be
 * wrong, and adding them up is a guess: neither is reported.
 */
const STUDY_SESSION_KEYS = new Set(['study.central_group_sessions', 'study.pre_meeting_sessions']);
/**
 * Keys of which two figures in one sentence, neither a total, leave THE figure unsaid: two
 * bodies' study counts, or two meeting counts (专题研究法治工作4次，听取汇报3次).
 */
const ONE_FIGURE_KEYS = new Set([...STUDY_SESSION_KEYS, 'leadership.meetings']);

function dropAmbiguousLists(text: string, found: FoundIndicator[]): FoundIndicator[] {
  const drop = new Set<FoundIndicator>();
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1] as FoundIndicator;
    const b = found[i] as FoundIndicator;
    if (a.key !== b.key || a.measure !== b.measure || a.unit === '%' || a.end > b.start) continue;
    const between = text.slice(a.end, b.start);
    if (/^\s*、[^、，。；：\d]{0,12}$/.test(between) && !/共|累计|合计|总计/.test(text.slice(a.start, b.end)))
      drop.add(a).add(b);
    // 县政府常务会议学法12次，县委常委会会前学法8次: one key counted for two bodies in one
    // sentence, neither the whole: which is the unit's is not stated (the gold leaves such
    // sums out). So for two meeting counts (研究听取法治工作2次，召开法治工作会议1次).
    else if (
      ONE_FIGURE_KEYS.has(a.key) &&
      /^\s*[，、][^。；：\d]{0,24}$/.test(between) &&
      !/全年|共|累计|合计|总计/.test(text.slice(a.start, b.end))
    )
      drop.add(a).add(b);
  }
  for (const f of found) {
    if (f.key === 'study.central_group_sessions' && !drop.has(f) && subjectlessStudyAfter(text, f.end))
      drop.add(f);
  }
  return drop.size === 0 ? found : found.filter((f) => !drop.has(f));
}
