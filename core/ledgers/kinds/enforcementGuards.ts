import { chineseDate } from '../../calendar';
import { parseDay } from '../../calendar/dates';
import { options } from '../fieldKit';
import type { GuardInput, RecordData, RuleDef } from '../types';
import { addMonths, cf } from './enforcementLaw';
import { lastReviewPassed } from './legalityReview';

/**
 * The guards of 执法案件 (enforcementCase.ts): who may be heard, reviewed, extended, urged and
 * taken to court, and when — each refusal naming its article (行政处罚法 2021, 行政强制法 2011).
 * Kept apart from the declaration so each file holds one concept; the rules they enforce are
 * declared, with their citations, on the actions (docs/statutes.md).
 */

export const STAFF = ['township_clerk', 'township_leader'] as const;
export const CF = '《行政处罚法》';
/** Where the rules of issue 13 are proved (docs/statutes.md names the test of every rule). */
export const T = 'core/ledgers/kinds/enforcementLaw.test.ts › ';

export const DECISION_TYPES = options(
  ['warning', '警告、通报批评'],
  ['fine', '罚款'],
  ['confiscation', '没收违法所得、没收非法财物'],
  ['suspend', '责令停产停业、责令关闭、限制从业'],
  ['revoke', '暂扣许可证件、降低资质等级、吊销许可证件'],
  ['license', '准予行政许可'],
  ['license_denied', '不予行政许可'],
  ['no_penalty', '不予行政处罚'],
  ['other', '其他行政决定'],
);

const HEAVY = new Set(['suspend', 'revoke']);

/** Steps before the decision: where the clocks of seizure and the 90 days still run. */
export const OPEN = ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'] as const;

/** 较大数额 for a person and for an organisation: county settings (domain-rules §8, configurable). */
export const MAJOR_FINE_PERSON = 'enforcement.major_fine_person';
export const MAJOR_FINE_ORG = 'enforcement.major_fine_org';
/** Working days the party has to state and defend after 告知 (no statute fixes it). */
export const STATEMENT_DAYS = 'enforcement.statement_days';
/** 1: 较大数额 and the heavy penalties of Art.63 are on the county's 法制审核目录 (118号); 0: not. */
export const REVIEW_CATALOG = 'enforcement.review_catalog_heavy';
/** Months the party has to sue (行政诉讼法 Art.46); the court is asked within 3 months after. */
export const LITIGATION_MONTHS = 'enforcement.litigation_months';

/** Working days to ask for a hearing after 告知 (Art.64(一); days in this law are working days, Art.85). */
export const HEARING_REQUEST_DAYS = 5;

const setting = (settings: Readonly<Record<string, number>>, key: string, fallback: number) => {
  const v = settings[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};

export const money = (v: unknown) => Number(v ?? 0);

/**
 * Why the party may ask for a hearing (Art.63; empty when it may not): 较大数额 fines or
 * confiscation (the figure a county setting), or a heavy penalty. Giving the right where it is
 * doubtful (暂扣许可证件 under “其他较重的行政处罚”) never makes a decision unlawful.
 */
export function hearingRights(d: RecordData, settings: Readonly<Record<string, number>>): string[] {
  const reasons: string[] = [];
  const org = d.partyType === 'organisation';
  const limit = setting(settings, org ? MAJOR_FINE_ORG : MAJOR_FINE_PERSON, org ? 100_000 : 10_000);
  const who = `${org ? '单位' : '个人'}${limit}元`;
  if (money(d.fineAmount) >= limit) reasons.push(`罚款${money(d.fineAmount)}元达到较大数额（${who}）`);
  if (money(d.confiscatedAmount) >= limit)
    reasons.push(`没收${money(d.confiscatedAmount)}元达到较大数额（${who}）`);
  if (typeof d.decisionType === 'string' && HEAVY.has(d.decisionType)) {
    reasons.push(`拟作出“${DECISION_TYPES.find((o) => o.value === d.decisionType)?.label}”`);
  }
  return reasons;
}

/**
 * Why a case needs 法制审核 (Art.58; empty when it does not): the 重大 flag (Art.58 ¶1 (一)–(三):
 * 重大公共利益, 重大权益 heard at a hearing, 疑难复杂 — a judgement recorded at 立案) or, on the
 * county's 法制审核目录 (118号), a penalty that gives the hearing right (Art.63).
 */
export function majorReasons(d: RecordData, settings: Readonly<Record<string, number>>): string[] {
  const reasons: string[] = [];
  if (d.major === true) reasons.push('立案时认定为重大案件');
  if (setting(settings, REVIEW_CATALOG, 1) === 1) {
    const heavy = hearingRights(d, settings);
    if (heavy.length > 0) reasons.push(`${heavy.join('；')}，列入本县重大执法决定法制审核目录`);
  }
  return reasons;
}

export const done = (events: GuardInput['events'], action: string) => events.some((e) => e.action === action);

/** The steps since the latest 告知: statements, waivers and hearings answer that notice only. */
function sinceNotice(events: GuardInput['events']) {
  let i = events.length - 1;
  while (i >= 0 && events[i]?.action !== 'notify') i--;
  return events.slice(i + 1);
}

const waived = (e: GuardInput['events'][number], right: 'statement' | 'hearing') =>
  e.action === 'waive_rights' &&
  Array.isArray(e.payload.waivedRights) &&
  (e.payload.waivedRights as unknown[]).includes(right);

/**
 * Has the party been heard on the latest notice (Art.44, 45, 62)? Its statement recorded and
 * answered, its express waiver, or a hearing held (where it states and defends, Art.64(六)).
 */
function statementHeard(events: GuardInput['events']): boolean {
  return sinceNotice(events).some(
    (e) => e.action === 'record_statement' || e.action === 'hold_hearing' || waived(e, 'statement'),
  );
}

/** Is the hearing question settled: held, or expressly declined (Art.64)? */
function hearingSettled(events: GuardInput['events']): boolean {
  return sinceNotice(events).some(
    (e) =>
      e.action === 'hold_hearing' ||
      waived(e, 'hearing') ||
      (e.action === 'record_statement' && e.payload.waivesHearing === true),
  );
}

/**
 * No decision while the party may still be heard: the 陈述、申辩 period of the notice (a county
 * setting) and, where Art.63 gives the right, the 5-working-day hearing request window must have
 * passed — unless the statement was recorded and answered, or the right expressly waived.
 */
function hearingRefusal(g: GuardInput): string | null {
  const notice = g.data.noticeOn;
  const decidedOn = g.payload.decidedOn;
  if (typeof notice !== 'string' || typeof decidedOn !== 'string') return null;
  const after = (n: number) => (g.calendar ? g.calendar.addWorkingDays(notice, n).date : null);
  const unheard = statementRefusal(g, notice, decidedOn);
  if (unheard) return unheard;
  const rights = hearingRights(g.data, g.settings);
  if (rights.length > 0 && g.data.hearingRightTold !== true) {
    return `拟作出的处罚使当事人有权要求听证（${rights.join('；')}），但告知时未告知其要求听证的权利（${CF}第六十三条），请重新告知`;
  }
  if (rights.length > 0 && !hearingSettled(g.events)) {
    const end = after(HEARING_REQUEST_DAYS);
    if (end === null || decidedOn <= end) {
      return `当事人有权要求听证（${rights.join('；')}，${CF}第六十三条），申请听证的期限为告知后${HEARING_REQUEST_DAYS}个工作日${end ? `，至${chineseDate(end)}` : ''}。期满未申请、或记录其明确放弃听证后，才能作出决定（${CF}第六十四条）`;
    }
  }
  return null;
}

/** The 陈述、申辩 period of the notice has not passed by `decidedOn` and the party was not heard. */
function statementRefusal(g: GuardInput, notice: string, decidedOn: string): string | null {
  if (statementHeard(g.events)) return null;
  const n = setting(g.settings, STATEMENT_DAYS, 3);
  const end = g.calendar ? g.calendar.addWorkingDays(notice, n).date : null;
  if (end !== null && decidedOn > end) return null;
  return `当事人陈述、申辩的期限尚未届满：${chineseDate(notice)}告知，期限${n}个工作日${end ? `，至${chineseDate(end)}` : ''}。期满后，或记录当事人的陈述、申辩及复核意见、或其明确放弃后，才能作出决定（${CF}第四十四、四十五、六十二条）`;
}

/**
 * What `decideGuard` refuses whatever the decision form holds (issue 15 §3): an ordinary case
 * not yet investigated or notified, or still inside the statement period — the decision date
 * cannot lie after today, so a period running past today refuses every date the form allows.
 * Refusals that turn on the decision's content (amounts, 简易程序 limits, hearing rights, 重大
 * thresholds) are left to the guard on the step.
 */
export function decidePrecheck(g: GuardInput): string | null {
  const d = g.data;
  if (d.procedure === 'simple') return null;
  if (g.state === 'filed') return '普通程序案件须先调查取证并告知当事人，才能作出决定';
  if (!done(g.events, 'notify')) {
    return `作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利（${CF}第四十四、四十五、六十二条）`;
  }
  return typeof d.noticeOn === 'string' ? statementRefusal(g, d.noticeOn, g.today) : null;
}

export function decideGuard(g: GuardInput): string | null {
  const d = g.data;
  if (g.state === 'filed' && d.procedure !== 'simple')
    return '普通程序案件须先调查取证并告知当事人，才能作出决定';
  if (d.procedure === 'simple') {
    const cap = d.partyType === 'organisation' ? 3000 : 200;
    if (
      money(d.fineAmount) + money(d.confiscatedAmount) > cap ||
      (typeof d.decisionType === 'string' && !['warning', 'fine'].includes(d.decisionType))
    ) {
      return `简易程序只适用于警告或${d.partyType === 'organisation' ? '对单位3000元' : '对个人200元'}以下罚款（${CF}第五十一条），请改按普通程序办理`;
    }
    if (g.payload.heardOnSpot !== true) {
      return `简易程序也须当场告知当事人拟作出的处罚内容及事实、理由、依据，并听取其陈述、申辩（${CF}第四十四、五十二条），请记录“已当场告知并听取陈述、申辩”`;
    }
    return null;
  }
  if (!done(g.events, 'notify')) {
    return `作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利（${CF}第四十四、四十五、六十二条）`;
  }
  const unheard = hearingRefusal(g);
  if (unheard) return unheard;
  const major = majorReasons(d, g.settings);
  if (major.length > 0) {
    if (!lastReviewPassed(g.events, 'review_return')) {
      return `该案件属于重大执法决定（${major.join('；')}），须经法制审核通过后才能作出决定（${CF}第五十八条）`;
    }
    const review = [...g.events].reverse().find((e) => e.action === 'review_pass');
    if (review?.actorId && review.actorId === g.actorId) {
      return `作出决定的负责人不得同时是本案的法制审核人员（${CF}第五十八条；国办发〔2018〕118号），请由其他负责人作出决定`;
    }
    if (!done(g.events, 'discuss')) {
      return `该案件属于重大执法决定（${major.join('；')}），须经负责人集体讨论决定（${CF}第五十七条）`;
    }
  }
  return null;
}

/** The officers who investigated or notified: none of them may review the case (separation). */
function investigators(g: GuardInput): Set<string> {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const id of v) if (typeof id === 'string') ids.add(id);
  };
  add(g.data.officers);
  for (const e of g.events)
    if (['investigate', 'notify', 'preserve', 'seize'].includes(e.action)) add(e.payload.officers);
  return ids;
}

/** 法制审核 by someone fit to do it: not an investigator; a first-time reviewer legally qualified. */
export function reviewerRefusal(g: GuardInput): string | null {
  const person = g.refs('reviewerOfficer')[0];
  const name = person?.title ?? String(g.payload.reviewer ?? '');
  if (person && investigators(g).has(person.id)) {
    return `法制审核人员不得是本案的调查人员：${person.title}参与了本案的调查取证或告知（${CF}第五十八条；国办发〔2018〕118号）`;
  }
  const qualified = person ? person.data.legalQualified === true : g.payload.reviewerQualified === true;
  if (g.payload.reviewerFirstTime === true && !qualified) {
    return `初次从事行政处罚决定法制审核的人员应当取得法律职业资格（${CF}第五十八条第二款）；${name}${person ? '在执法人员名册中' : ''}未登记法律职业资格`;
  }
  return null;
}

/** An extension of the 90 days needs the 法律、法规、规章 that allows it, named with its article. */
export const EXTENSION_BASIS = /《[^》]+》.*第[一二三四五六七八九十百零〇\d]+条/;

export function hearingRequestGuard(g: GuardInput): string | null {
  const notice = g.data.noticeOn;
  const asked = g.payload.hearingRequestedOn;
  if (typeof notice !== 'string' || typeof asked !== 'string' || !g.calendar) return null;
  const last = g.calendar.addWorkingDays(notice, HEARING_REQUEST_DAYS).date;
  return asked > last
    ? `听证申请应在告知后5个工作日内提出（${CF}第六十四条），本案告知日为${chineseDate(notice)}，期限至${chineseDate(last)}`
    : null;
}

export function hearingNoticeGuard(g: GuardInput): string | null {
  const noticeOn = g.payload.hearingNoticeOn;
  const hearingOn = g.payload.hearingOn;
  if (typeof noticeOn !== 'string' || typeof hearingOn !== 'string' || !g.calendar) return null;
  const earliest = g.calendar.addWorkingDays(noticeOn, 7).date;
  return hearingOn < earliest
    ? `应当在举行听证的7个工作日前通知当事人（${CF}第六十四条）：${chineseDate(noticeOn)}通知的，听证最早安排在${chineseDate(earliest)}`
    : null;
}

/** 催告 only once the 15 days to pay (Art.67) have run out: before, the party is not in default. */
export function urgeGuard(g: GuardInput): string | null {
  const served = g.data.servedOn;
  const urged = g.payload.urgedOn;
  if (typeof served !== 'string' || typeof urged !== 'string' || !g.calendar) return null;
  if (money(g.data.fineAmount) <= 0) return null;
  const due = g.calendar.addCalendarDays(served, 15).date;
  return urged <= due
    ? `罚款缴纳期限（决定书送达后15日，至${chineseDate(due)}）尚未届满，不能催告（${CF}第六十七条）`
    : null;
}

/**
 * The application to the people's court (行政强制法 Art.53–54): a 催告 served, 10 working days
 * after it (Art.69: periods of ten days or less are working days), and within 3 months after
 * the periods to apply for 复议 (60 days) and to sue (6 months, a setting) have run out.
 */
export function courtApplicationGuard(g: GuardInput): string | null {
  const urged = g.data.urgedOn;
  const served = g.data.servedOn;
  const applied = g.payload.appliedOn;
  if (typeof urged !== 'string')
    return '申请人民法院强制执行前，应当书面催告当事人履行义务（《行政强制法》第五十四条），请先记录催告';
  if (typeof applied !== 'string' || typeof served !== 'string' || !g.calendar) return null;
  const wait = g.calendar.addWorkingDays(urged, 10).date;
  if (applied <= wait)
    return `催告书送达10个工作日后当事人仍未履行的，才能申请人民法院强制执行（《行政强制法》第五十四、六十九条）：${chineseDate(urged)}送达催告书，最早${chineseDate(g.calendar.addWorkingDays(urged, 11).date)}申请`;
  const months = setting(g.settings, LITIGATION_MONTHS, 6);
  // the later of the two periods, moved off a holiday (民法典 第二百零三条)
  const review = g.calendar.addCalendarDays(served, 60).date;
  const sue = g.calendar.addCalendarDays(addMonths(served, months), 0).date;
  // ISO days: the later string is the later day (a numeric max would not compare them)
  const expiry = [review, sue].sort()[1] ?? sue;
  if (applied <= expiry)
    return `当事人申请行政复议（60日）、提起行政诉讼（${months}个月）的期限至${chineseDate(expiry)}届满，期满后才能申请人民法院强制执行（《行政强制法》第五十三条）`;
  const last = g.calendar.addCalendarDays(addMonths(expiry, 3), 0).date;
  return applied > last
    ? `申请人民法院强制执行应当在复议、诉讼期限届满之日起3个月内提出，即${chineseDate(last)}前（《行政强制法》第五十三条），本案已超过申请期限`
    : null;
}

/** Late payment: 3% of the fine a day, never more than the fine (Art.72 ¶1 (一)). A warning only. */
export function lateSurcharge(g: GuardInput): string | null {
  const served = g.data.servedOn;
  const paid = g.payload.paidOn;
  const fine = money(g.data.fineAmount);
  if (typeof served !== 'string' || typeof paid !== 'string' || !g.calendar || fine <= 0) return null;
  const due = g.calendar.addCalendarDays(served, 15).date;
  if (paid <= due) return null;
  const late = parseDay(paid) - parseDay(due);
  const surcharge = Math.min(fine, Math.round(fine * 0.03 * late));
  return `逾期${late}日缴纳（期限至${chineseDate(due)}）：可每日按罚款数额的3%加处罚款，不超过罚款数额，计${surcharge}元（${CF}第七十二条）`;
}

export const OFFICERS_RULE: RuleDef = {
  rule: '每一执法步骤须有至少两名当日持有效执法证件的执法人员',
  cite: [cf('第四十二条')],
  test: 'core/ledgers/kinds/enforcement.test.ts › every investigative step needs two officers certified on its own date',
};
