import { chineseDate } from '../../calendar';
import { parseDay } from '../../calendar/dates';
import { extensionFields, noteField, options } from '../fieldKit';
import type { GuardInput, LedgerKind, RecordData, RuleDef } from '../types';
import { addMonths, cf, fy, gb118, gi, qz, ss } from './enforcementLaw';
import { officersField, twoCertifiedOfficers } from './enforcementRules';
import { lastReviewPassed, REVIEWERS, reviewedOnField, reviewerField } from './legalityReview';

/**
 * 行政执法案件 under the three systems (国办发〔2018〕118号) and 行政处罚法 (2021); rules and
 * sources in domain-rules §7–§8. What is special, all beside the declaration:
 * - every investigative step names at least two officers certified on that day (Art.42);
 * - no decision before 告知 (Art.44–45, 62); a 重大 case — flagged, or made so by the decision
 *   itself (较大数额 set by the county, 责令停产停业, 吊销许可) — needs a passed 法制审核
 *   (Art.58) and a 集体讨论 (Art.57) before the decision;
 * - a hearing must be asked for within 5 working days of the notice, and its notice sent at
 *   least 7 working days ahead (Art.64);
 * - the simple procedure only up to ¥200 for a person and ¥3,000 for an organisation (Art.51);
 * - clocks: decision within 90 days of 立案 (Art.60, extension recorded); service within 7
 *   working days when the party was absent (Art.61); publicity of 处罚/许可 decisions within 7
 *   working days, other decisions within 20 (118号, settings per province); withdrawal of the
 *   publicity within 3 working days of a revocation (Art.48).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const CF = '《行政处罚法》';
/** Where the rules of issue 13 are proved (docs/statutes.md names the test of every rule). */
const T = 'core/ledgers/kinds/enforcementLaw.test.ts › ';

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

/** 处罚 and 许可 decisions are published within 7 working days; the rest within 20. */
const PUBLISH_FAST = new Set([
  'warning',
  'fine',
  'confiscation',
  'suspend',
  'revoke',
  'license',
  'license_denied',
]);
const HEAVY = new Set(['suspend', 'revoke']);

/** Why a decision may stay unpublished: the exceptions of 政府信息公开条例 Art.14–15. */
export const WITHHOLD_REASONS = options(
  ['state_secret', '涉及国家秘密'],
  ['commercial_secret', '涉及商业秘密'],
  ['personal_privacy', '涉及个人隐私'],
  ['security', '公开后可能危及国家安全、公共安全、经济安全、社会稳定'],
  ['law_forbids', '法律、行政法规禁止公开'],
);

/** Steps before the decision: where the clocks of seizure and the 90 days still run. */
const OPEN = ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'] as const;

export const REVIEW_CHECKLIST = options(
  ['subject', '执法主体合法'],
  ['authority', '执法权限合法'],
  ['procedure', '程序合法'],
  ['facts', '事实清楚、证据确实充分'],
  ['basis', '适用依据准确'],
  ['discretion', '裁量适当'],
  ['documents', '文书完备规范'],
);

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
const HEARING_REQUEST_DAYS = 5;

const setting = (settings: Readonly<Record<string, number>>, key: string, fallback: number) => {
  const v = settings[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};

const money = (v: unknown) => Number(v ?? 0);

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

const done = (events: GuardInput['events'], action: string) => events.some((e) => e.action === action);

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
  if (!statementHeard(g.events)) {
    const n = setting(g.settings, STATEMENT_DAYS, 3);
    const end = after(n);
    if (end === null || decidedOn <= end) {
      return `当事人陈述、申辩的期限尚未届满：${chineseDate(notice)}告知，期限${n}个工作日${end ? `，至${chineseDate(end)}` : ''}。期满后，或记录当事人的陈述、申辩及复核意见、或其明确放弃后，才能作出决定（${CF}第四十四、四十五、六十二条）`;
    }
  }
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

function decideGuard(g: GuardInput): string | null {
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
function reviewerRefusal(g: GuardInput): string | null {
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
const EXTENSION_BASIS = /《[^》]+》.*第[一二三四五六七八九十百零〇\d]+条/;

function hearingRequestGuard(g: GuardInput): string | null {
  const notice = g.data.noticeOn;
  const asked = g.payload.hearingRequestedOn;
  if (typeof notice !== 'string' || typeof asked !== 'string' || !g.calendar) return null;
  const last = g.calendar.addWorkingDays(notice, HEARING_REQUEST_DAYS).date;
  return asked > last
    ? `听证申请应在告知后5个工作日内提出（${CF}第六十四条），本案告知日为${chineseDate(notice)}，期限至${chineseDate(last)}`
    : null;
}

function hearingNoticeGuard(g: GuardInput): string | null {
  const noticeOn = g.payload.hearingNoticeOn;
  const hearingOn = g.payload.hearingOn;
  if (typeof noticeOn !== 'string' || typeof hearingOn !== 'string' || !g.calendar) return null;
  const earliest = g.calendar.addWorkingDays(noticeOn, 7).date;
  return hearingOn < earliest
    ? `应当在举行听证的7个工作日前通知当事人（${CF}第六十四条）：${chineseDate(noticeOn)}通知的，听证最早安排在${chineseDate(earliest)}`
    : null;
}

/** 催告 only once the 15 days to pay (Art.67) have run out: before, the party is not in default. */
function urgeGuard(g: GuardInput): string | null {
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
function courtApplicationGuard(g: GuardInput): string | null {
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
function lateSurcharge(g: GuardInput): string | null {
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

const OFFICERS_RULE: RuleDef = {
  rule: '每一执法步骤须有至少两名当日持有效执法证件的执法人员',
  cite: [cf('第四十二条')],
  test: 'core/ledgers/kinds/enforcement.test.ts › every investigative step needs two officers certified on its own date',
};

export const enforcementCase: LedgerKind = {
  kind: 'enforcement_case',
  label: '执法案件',
  numberPrefix: '执',
  feeds: ['enforcement.cases', 'enforcement.legal_reviews', 'enforcement.licenses', 'enforcement.fines'],
  editors: STAFF,
  settings: [
    {
      key: MAJOR_FINE_PERSON,
      label: '较大数额罚没款（个人）',
      default: 10_000,
      unit: '元',
      min: 1,
      max: 10_000_000,
      source: '各省、部门规定的“较大数额”标准',
    },
    {
      key: MAJOR_FINE_ORG,
      label: '较大数额罚没款（单位）',
      default: 100_000,
      unit: '元',
      min: 1,
      max: 100_000_000,
      source: '各省、部门规定的“较大数额”标准',
    },
    {
      key: STATEMENT_DAYS,
      label: '陈述、申辩期限',
      default: 3,
      unit: '个工作日',
      min: 1,
      max: 15,
      source:
        '行政处罚法第四十四、四十五条未规定陈述、申辩的期限（UNCONFIRMED：由部门规章或告知书确定）；默认3个工作日，以本县告知书载明的期限为准',
    },
    {
      key: REVIEW_CATALOG,
      label: '较大数额等听证案件列入法制审核目录（1是，0否）',
      default: 1,
      unit: '',
      min: 0,
      max: 1,
      source:
        '国办发〔2018〕118号要求各机关确定重大执法决定法制审核目录清单；默认1：较大数额罚没、责令停产停业、吊销许可证件等可听证案件须经法制审核',
    },
    {
      key: LITIGATION_MONTHS,
      label: '提起行政诉讼的期限',
      default: 6,
      unit: '个月',
      min: 1,
      max: 6,
      source:
        '行政诉讼法第四十六条（知道作出行政行为之日起六个月，法律另有规定的除外）；申请法院强制执行在其届满后3个月内',
    },
  ],
  fields: [
    { key: 'filedOn', label: '立案日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'caseName',
      label: '案由',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'procedure',
      label: '程序',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['simple', '简易程序'], ['ordinary', '普通程序']),
    },
    {
      key: 'source',
      label: '案件来源',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['patrol', '巡查发现'],
        ['complaint', '投诉举报'],
        ['assigned', '上级交办'],
        ['referral', '部门移送'],
        ['other', '其他'],
      ),
    },
    { key: 'matter', label: '执法事项', type: 'ref', kind: 'enforcement_matter', required: true },
    {
      key: 'partyType',
      label: '当事人类型',
      type: 'select',
      required: true,
      filter: true,
      options: options(['person', '自然人'], ['organisation', '法人或其他组织']),
    },
    {
      key: 'partyName',
      label: '当事人',
      type: 'text',
      required: true,
      maxLength: 120,
      searchable: true,
      personal: 'name',
    },
    { key: 'partyIdNumber', label: '身份证号', type: 'text', format: 'id_number', personal: 'id_number' },
    { key: 'partyCreditCode', label: '统一社会信用代码', type: 'text', format: 'credit_code' },
    { key: 'partyPhone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'partyAddress', label: '住所', type: 'text', maxLength: 200, personal: 'address' },
    { key: 'facts', label: '违法事实', type: 'textarea', required: true, maxLength: 4000, searchable: true },
    { key: 'legalBasis', label: '立案依据', type: 'textarea', maxLength: 2000 },
    {
      key: 'major',
      label: '重大案件',
      type: 'boolean',
      filter: true,
      help: '涉及重大公共利益、直接关系当事人或第三人重大权益、案情疑难复杂等（行政处罚法第五十八条）',
    },
    officersField('立案承办人员'),
  ],
  checks: [
    {
      fields: ['partyCreditCode', 'partyType'],
      test: (d) =>
        d.partyType === 'organisation' && !d.partyCreditCode
          ? '当事人为单位的，应填写统一社会信用代码'
          : null,
    },
    { fields: ['officers'], test: (d, ctx) => twoCertifiedOfficers(ctx.refs('officers'), d.filedOn) },
  ],
  list: { dateField: 'filedOn', title: (d) => String(d.caseName ?? '执法案件') },
  states: [
    { key: 'filed', label: '已立案', tone: 'processing', awaits: STAFF },
    { key: 'investigating', label: '调查取证', tone: 'processing' },
    { key: 'notified', label: '已告知', tone: 'processing' },
    { key: 'hearing', label: '听证', tone: 'warning' },
    { key: 'reviewing', label: '法制审核中', tone: 'warning', awaits: REVIEWERS },
    { key: 'reviewed', label: '审核通过', tone: 'processing' },
    { key: 'decided', label: '已决定', tone: 'success' },
    { key: 'served', label: '已送达', tone: 'success' },
    { key: 'executed', label: '已执行', tone: 'success' },
    // not final: a closed case's decision may still be revoked (复议、诉讼), which reopens publicity work
    { key: 'closed', label: '结案归档', tone: 'default' },
    { key: 'revoked', label: '决定已撤销', tone: 'error' },
    { key: 'court', label: '已申请法院强制执行', tone: 'warning' },
    { key: 'transferred', label: '已移送司法机关', tone: 'default', final: true },
    { key: 'dropped', label: '已撤案（撤销）', tone: 'default', final: true },
  ],
  initialState: 'filed',
  editableIn: ['filed', 'investigating'],
  actions: [
    {
      key: 'investigate',
      label: '调查取证',
      from: ['filed', 'investigating', 'notified'],
      to: 'investigating',
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'stepOn', label: '取证日期', type: 'date', required: true, notBefore: 'filedOn' },
        {
          key: 'means',
          label: '取证方式',
          type: 'multiselect',
          required: true,
          options: options(
            ['inquiry', '询问笔录'],
            ['inspection', '现场检查（勘验）笔录'],
            ['photo', '拍照录像'],
            ['sampling', '抽样取证'],
            ['preservation', '先行登记保存'],
            ['documents', '调取书证'],
            ['other', '其他'],
          ),
        },
        officersField(),
        noteField('stepNote', '取证情况', true),
      ],
      dateField: 'stepOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.stepOn),
      rules: [OFFICERS_RULE],
    },
    {
      key: 'notify',
      label: '告知（陈述、申辩、听证权利）',
      // also after a 法制审核 submitted before 告知: else the reviewed case could never be decided
      from: ['investigating', 'reviewed'],
      to: 'notified',
      roles: STAFF,
      fields: [
        { key: 'noticeOn', label: '告知日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('intendedDecision', '拟作出的决定及事实、理由、依据', true),
        {
          key: 'hearingRightTold',
          label: '已告知要求听证的权利',
          type: 'boolean',
          help: '拟作出较大数额罚没款、责令停产停业、吊销许可证件等处罚的，应当告知当事人有要求听证的权利（行政处罚法第六十三条）',
        },
        officersField('送达告知书人员'),
      ],
      dateField: 'noticeOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.noticeOn),
      rules: [OFFICERS_RULE],
    },
    {
      key: 'record_statement',
      label: '记录陈述、申辩',
      from: ['notified'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'statementOn', label: '陈述、申辩日期', type: 'date', required: true, notBefore: 'noticeOn' },
        {
          key: 'statementForm',
          label: '方式',
          type: 'select',
          required: true,
          options: options(['written', '书面陈述、申辩'], ['oral', '口头陈述、申辩（已制作笔录）']),
        },
        noteField('statementSummary', '当事人陈述、申辩要点', true),
        noteField('statementAnswer', '复核意见及采纳情况', true),
        {
          key: 'waivesHearing',
          label: '当事人表示不要求听证',
          type: 'boolean',
          help: '当事人有权要求听证的（行政处罚法第六十三条），其明确表示不要求听证的，不必等待听证申请期限届满',
        },
      ],
      dateField: 'statementOn',
      rules: [
        {
          rule: '告知后，陈述、申辩期限届满前不得作出决定；记录当事人的陈述、申辩及复核意见后可以作出',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          days: { n: 3, basis: 'working' },
          setting: STATEMENT_DAYS,
          test: 'core/ledgers/kinds/enforcementLaw.test.ts › no decision before the party is heard',
        },
      ],
    },
    {
      key: 'waive_rights',
      label: '当事人明确放弃权利',
      from: ['notified'],
      roles: STAFF,
      fields: [
        { key: 'waivedOn', label: '放弃日期', type: 'date', required: true, notBefore: 'noticeOn' },
        {
          key: 'waivedRights',
          label: '放弃的权利',
          type: 'multiselect',
          required: true,
          options: options(['statement', '陈述、申辩'], ['hearing', '要求听证']),
        },
        {
          key: 'waiverForm',
          label: '放弃方式',
          type: 'select',
          required: true,
          options: options(['written', '当事人书面声明'], ['record', '笔录记载并经当事人签字']),
        },
      ],
      dateField: 'waivedOn',
      rules: [
        {
          rule: '当事人明确放弃陈述、申辩或听证权利的（记录日期和方式），不必等待相应期限届满',
          cite: [cf('第四十四条'), cf('第六十二条'), cf('第六十四条')],
          test: 'core/ledgers/kinds/enforcementLaw.test.ts › no decision before the party is heard',
        },
      ],
    },
    {
      key: 'request_hearing',
      label: '当事人申请听证',
      from: ['notified'],
      to: 'hearing',
      roles: STAFF,
      fields: [
        {
          key: 'hearingRequestedOn',
          label: '申请听证日期',
          type: 'date',
          required: true,
          notBefore: 'noticeOn',
        },
      ],
      dateField: 'hearingRequestedOn',
      guard: hearingRequestGuard,
      rules: [
        {
          rule: '听证申请须在告知后5个工作日内提出',
          cite: [cf('第六十四条第一款第一项'), cf('第八十五条')],
          days: { n: HEARING_REQUEST_DAYS, basis: 'working' },
          test: 'core/ledgers/kinds/enforcement.test.ts › a request on the 5th working day after the notice is allowed, on the 6th refused',
        },
      ],
    },
    {
      key: 'schedule_hearing',
      label: '通知听证',
      from: ['hearing'],
      roles: STAFF,
      fields: [
        {
          key: 'hearingNoticeOn',
          label: '通知日期',
          type: 'date',
          required: true,
          notBefore: 'hearingRequestedOn',
        },
        {
          key: 'hearingOn',
          label: '听证日期',
          type: 'date',
          required: true,
          allowFuture: true,
          notBefore: 'hearingNoticeOn',
        },
        { key: 'hearingPlace', label: '听证地点', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'hearingNoticeOn',
      guard: hearingNoticeGuard,
      rules: [
        {
          rule: '应当在举行听证的7个工作日前通知当事人听证的时间、地点',
          cite: [cf('第六十四条第一款第二项'), cf('第八十五条')],
          days: { n: 7, basis: 'working' },
          test: 'core/ledgers/kinds/enforcement.test.ts › the hearing notice must go out at least 7 working days ahead',
        },
      ],
    },
    {
      key: 'hold_hearing',
      label: '举行听证',
      from: ['hearing'],
      to: 'notified',
      roles: STAFF,
      fields: [
        { key: 'heardOn', label: '听证日期', type: 'date', required: true, notBefore: 'hearingRequestedOn' },
        { key: 'hearingChair', label: '听证主持人', type: 'text', required: true, maxLength: 40 },
        noteField('hearingRecord', '听证笔录要点', true),
      ],
      dateField: 'heardOn',
      guard: (g) => (g.data.hearingOn ? null : '请先通知听证时间、地点'),
      rules: [
        {
          rule: '先通知听证的时间、地点，才能举行听证；听证后回到“已告知”，当事人已陈述、申辩',
          cite: [cf('第六十四条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › the hearing notice must go out at least 7 working days ahead',
        },
      ],
    },
    {
      key: 'submit_review',
      label: '提交法制审核',
      from: ['notified', 'investigating'],
      to: 'reviewing',
      roles: STAFF,
      fields: [
        { key: 'reviewSubmittedOn', label: '提交日期', type: 'date', required: true, notBefore: 'filedOn' },
      ],
      dateField: 'reviewSubmittedOn',
    },
    {
      key: 'review_pass',
      label: '法制审核通过',
      from: ['reviewing'],
      to: 'reviewed',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审核'),
        reviewerField('审核', 40),
        {
          key: 'reviewerOfficer',
          label: '审核人员（名册记录）',
          type: 'ref',
          kind: 'officer',
          help: '审核人员在执法人员名册中的，请选择，以核对其未参与本案调查、是否具有法律职业资格',
        },
        {
          key: 'reviewerFirstTime',
          label: '初次从事法制审核',
          type: 'boolean',
          help: '初次从事行政处罚决定法制审核的人员，应当取得法律职业资格（行政处罚法第五十八条第二款）',
        },
        { key: 'reviewerQualified', label: '审核人员具有法律职业资格', type: 'boolean' },
        {
          key: 'reviewChecks',
          label: '审核内容',
          type: 'multiselect',
          required: true,
          options: REVIEW_CHECKLIST,
          help: '主体、权限、程序、事实证据、依据、裁量、文书，逐项审核',
        },
        noteField('reviewOpinion', '审核意见', true),
      ],
      dateField: 'reviewedOn',
      guard: (g) => {
        const v = g.payload.reviewChecks;
        const checked: unknown[] = Array.isArray(v) ? v : [];
        const missing = REVIEW_CHECKLIST.filter((o) => !checked.includes(o.value)).map((o) => o.label);
        if (missing.length > 0) return `审核通过前须逐项审核，尚未审核：${missing.join('、')}`;
        return reviewerRefusal(g);
      },
      rules: [
        {
          rule: '法制审核人员不得是本案的调查人员（参与调查取证、告知的执法人员）',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          test: `${T}a reviewer who investigated is refused`,
        },
        {
          rule: '初次从事行政处罚决定法制审核的人员须具有法律职业资格（记录在执法人员名册或审核记录中）',
          cite: [cf('第五十八条第二款')],
          test: `${T}a first-time reviewer needs 法律职业资格`,
        },
      ],
    },
    {
      key: 'review_return',
      label: '法制审核退回',
      from: ['reviewing'],
      to: 'investigating',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审核'),
        reviewerField('审核', 40),
        noteField('returnReasons', '退回理由及补正意见', true),
      ],
      dateField: 'reviewedOn',
    },
    {
      key: 'discuss',
      label: '负责人集体讨论',
      from: ['notified', 'reviewed'],
      roles: ['township_leader'],
      fields: [
        { key: 'discussedOn', label: '讨论日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('discussionMinutes', '讨论纪要及决定意见', true),
        noteField('dissent', '不同意见（如有）'),
      ],
      dateField: 'discussedOn',
    },
    {
      key: 'extend',
      label: '延长办案期限',
      from: ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'],
      roles: ['township_leader'],
      fields: [
        ...extensionFields(60, '日'),
        {
          key: 'extensionBasis',
          label: '允许延长的法律、法规、规章及条款',
          type: 'text',
          required: true,
          maxLength: 200,
          help: '行政处罚法第六十条：法律、法规、规章另有规定的，从其规定；没有规定的，不能延长',
        },
      ],
      extends: 'decision',
      guard: (g) =>
        EXTENSION_BASIS.test(String(g.payload.extensionBasis ?? ''))
          ? null
          : `延长办案期限须写明允许延长的法律、法规或者规章及其条款，如《某某程序规定》第某条；没有依据的，不能延长（${CF}第六十条）`,
      rules: [
        {
          rule: '90日办案期限只能依法律、法规、规章的规定延长，延长时须写明其名称及条款；累计最多延长60日、1次',
          cite: [cf('第六十条')],
          test: `${T}an extension of the 90 days names the rule that allows it`,
        },
      ],
    },
    {
      key: 'decide',
      label: '作出决定',
      from: ['filed', 'notified', 'reviewed'],
      to: 'decided',
      roles: ['township_leader'],
      fields: [
        { key: 'decidedOn', label: '决定日期', type: 'date', required: true, notBefore: 'noticeOn' },
        { key: 'decisionNumber', label: '决定书文号', type: 'text', required: true, maxLength: 60 },
        { key: 'decisionType', label: '决定类型', type: 'select', required: true, options: DECISION_TYPES },
        { key: 'fineAmount', label: '罚款金额', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
        {
          key: 'confiscatedAmount',
          label: '没收金额',
          type: 'integer',
          min: 0,
          max: 1_000_000_000,
          suffix: '元',
        },
        noteField('decisionSummary', '决定内容', true),
        { key: 'servedOnSpot', label: '当场交付决定书', type: 'boolean' },
        {
          key: 'heardOnSpot',
          label: '已当场告知并听取陈述、申辩',
          type: 'boolean',
          help: '简易程序：当场告知拟作出的处罚内容及事实、理由、依据，并听取当事人的陈述、申辩（行政处罚法第四十四、五十二条）',
        },
      ],
      dateField: 'decidedOn',
      guard: decideGuard,
      rules: [
        {
          rule: '普通程序：作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › refuses a decision before 告知',
        },
        {
          rule: '告知后，当事人陈述、申辩期限届满前不得作出决定，除非已记录其陈述、申辩及复核意见或其明确放弃',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          days: { n: 3, basis: 'working' },
          setting: STATEMENT_DAYS,
          test: `${T}no decision before the party is heard`,
        },
        {
          rule: '当事人有权要求听证的（较大数额罚没款、责令停产停业、吊销许可证件等），告知时须告知其要求听证的权利',
          cite: [cf('第六十三条')],
          setting: MAJOR_FINE_PERSON,
          test: `${T}the notice must tell the hearing right where Art.63 gives it`,
        },
        {
          rule: '当事人有权要求听证的（较大数额罚没款、责令停产停业、吊销许可证件等），听证申请期限（告知后5个工作日）届满前不得作出决定，除非听证已举行或当事人明确放弃',
          cite: [cf('第六十三条'), cf('第六十四条')],
          days: { n: HEARING_REQUEST_DAYS, basis: 'working' },
          setting: MAJOR_FINE_PERSON,
          test: `${T}no decision while a hearing may still be asked for`,
        },
        {
          rule: '简易程序只适用于警告或对个人200元、对单位3000元以下罚款',
          cite: [cf('第五十一条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › simple procedure, decided on the spot: %s',
        },
        {
          rule: '简易程序也须当场告知并听取当事人的陈述、申辩',
          cite: [cf('第四十四条'), cf('第五十二条')],
          test: `${T}the simple procedure still hears the party and files the decision`,
        },
        {
          rule: '重大执法决定（认定为重大、经过听证，或列入本县法制审核目录）须经法制审核通过后才能作出',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          setting: REVIEW_CATALOG,
          test: 'server/routes/ledgers/enforcement.test.ts › an admin lowers it for persons; a smaller fine then counts as 重大',
        },
        {
          rule: '作出决定的负责人不得同时是本案的法制审核人员',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          test: `${T}the reviewer may not decide`,
        },
        {
          rule: '情节复杂或者重大违法行为给予行政处罚，须经负责人集体讨论决定',
          cite: [cf('第五十七条')],
          test: 'server/routes/ledgers/enforcement.test.ts › 法制审核: submitted by the clerk, passed by the legal advisor (not by a clerk)',
        },
      ],
    },
    {
      key: 'report_filing',
      label: '简易程序决定备案',
      from: ['decided', 'served', 'executed'],
      roles: STAFF,
      fields: [
        { key: 'reportedOn', label: '报送备案日期', type: 'date', required: true, notBefore: 'decidedOn' },
      ],
      dateField: 'reportedOn',
      guard: (g) =>
        g.data.procedure !== 'simple'
          ? '只有简易程序当场作出的决定需要报所属行政机关备案'
          : done(g.events, 'report_filing')
            ? '该决定已备案'
            : null,
      rules: [
        {
          rule: '执法人员当场作出的行政处罚决定，应当报所属行政机关备案；未备案的不能结案',
          cite: [cf('第五十二条第三款')],
          test: `${T}the simple procedure still hears the party and files the decision`,
        },
      ],
    },
    {
      key: 'serve',
      label: '送达决定书',
      from: ['decided'],
      to: 'served',
      roles: STAFF,
      fields: [
        { key: 'servedOn', label: '送达日期', type: 'date', required: true, notBefore: 'decidedOn' },
        {
          key: 'serviceMethod',
          label: '送达方式',
          type: 'select',
          required: true,
          options: options(
            ['direct', '直接送达'],
            ['left', '留置送达'],
            ['mail', '邮寄送达'],
            ['electronic', '电子送达（经当事人同意）'],
            ['notice', '公告送达'],
          ),
        },
      ],
      dateField: 'servedOn',
    },
    {
      key: 'publish',
      label: '公示决定',
      from: ['decided', 'served', 'executed', 'closed'],
      roles: STAFF,
      fields: [
        { key: 'publishedOn', label: '公示日期', type: 'date', required: true, notBefore: 'decidedOn' },
        { key: 'publicSummary', label: '公示内容摘要', type: 'textarea', required: true, maxLength: 1000 },
      ],
      dateField: 'publishedOn',
      guard: (g) =>
        done(g.events, 'publish')
          ? '该决定已公示'
          : done(g.events, 'withhold_publicity')
            ? '该决定已依法决定不予公开'
            : null,
      rules: [
        {
          rule: '一个决定只公示一次；已依法决定不予公开的，不再公示',
          cite: [cf('第四十八条'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'withhold_publicity',
      label: '决定不予公开',
      from: ['decided', 'served', 'executed'],
      roles: ['township_leader'],
      fields: [
        {
          key: 'withheldOn',
          label: '决定不予公开日期',
          type: 'date',
          required: true,
          notBefore: 'decidedOn',
        },
        {
          key: 'withholdReason',
          label: '不予公开的法定理由',
          type: 'select',
          required: true,
          options: WITHHOLD_REASONS,
        },
        noteField('withholdBasis', '依据及说明', true),
      ],
      dateField: 'withheldOn',
      guard: (g) =>
        done(g.events, 'publish')
          ? '该决定已公示，不能再决定不予公开；如需撤下，应依法撤回公示'
          : done(g.events, 'withhold_publicity')
            ? '已记录不予公开'
            : null,
      rules: [
        {
          rule: '执法决定只有具备法定理由（国家秘密、商业秘密、个人隐私、危及安全稳定、法律行政法规禁止公开）并记录依据的，才可不予公开；记录后可以结案',
          cite: [cf('第四十八条'), gi('第十四条'), gi('第十五条'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'execute',
      label: '执行完毕',
      from: ['served', 'court'],
      to: 'executed',
      roles: STAFF,
      fields: [
        { key: 'executedOn', label: '执行完毕日期', type: 'date', required: true, notBefore: 'servedOn' },
        { key: 'paidAmount', label: '实缴罚没款', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
      ],
      dateField: 'executedOn',
    },
    {
      key: 'close',
      label: '结案归档',
      from: ['executed', 'served'],
      to: 'closed',
      roles: STAFF,
      fields: [{ key: 'closedOn', label: '归档日期', type: 'date', required: true, notBefore: 'decidedOn' }],
      dateField: 'closedOn',
      // every decision is published (处罚/许可 within 7 working days, the rest within 20) unless
      // withheld for a legal reason; an on-the-spot decision is filed with the organ first
      guard: (g) =>
        !g.data.publishedOn && !g.data.withheldOn
          ? '决定尚未公示，也未依法决定不予公开，不能结案归档'
          : g.data.procedure === 'simple' && !g.data.reportedOn
            ? `简易程序当场作出的决定尚未报所属行政机关备案（${CF}第五十二条），不能结案归档`
            : null,
      rules: [
        {
          rule: '决定已公示或已依法决定不予公开，简易程序决定已备案，才能结案归档',
          cite: [cf('第四十八条'), cf('第五十二条第三款'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'revoke',
      label: '决定被撤销或变更',
      from: ['decided', 'served', 'executed', 'closed', 'court'],
      to: 'revoked',
      roles: ['township_leader'],
      fields: [
        { key: 'revokedOn', label: '撤销（变更）日期', type: 'date', required: true, notBefore: 'decidedOn' },
        noteField('revokeReason', '撤销（变更）原因', true),
      ],
      dateField: 'revokedOn',
    },
    {
      key: 'withdraw_publicity',
      label: '撤回公示',
      from: ['revoked'],
      roles: STAFF,
      fields: [
        { key: 'withdrawnOn', label: '撤回日期', type: 'date', required: true, notBefore: 'revokedOn' },
        noteField('withdrawNotice', '撤回说明（公开）', true),
      ],
      dateField: 'withdrawnOn',
      guard: (g) => (g.data.publishedOn ? null : '该决定未曾公示，无需撤回'),
      rules: [
        {
          rule: '只有曾公示的决定需要撤回公示',
          cite: [cf('第四十八条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
        },
      ],
    },
    {
      key: 'archive_revoked',
      label: '撤销后归档',
      from: ['revoked'],
      to: 'dropped',
      roles: STAFF,
      fields: [
        { key: 'archivedOn', label: '归档日期', type: 'date', required: true, notBefore: 'revokedOn' },
      ],
      dateField: 'archivedOn',
      guard: (g) => (g.data.publishedOn && !g.data.withdrawnOn ? '该决定曾公示，须先撤回公示才能归档' : null),
      rules: [
        {
          rule: '被撤销的决定曾公示的，须先撤回公示才能归档',
          cite: [cf('第四十八条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
        },
      ],
    },
    {
      key: 'preserve',
      label: '先行登记保存',
      from: ['filed', 'investigating'],
      to: 'investigating',
      roles: STAFF,
      fields: [
        { key: 'preservedOn', label: '登记保存日期', type: 'date', required: true, notBefore: 'filedOn' },
        { key: 'preserveApprover', label: '批准的负责人', type: 'text', required: true, maxLength: 40 },
        noteField('preservedItems', '登记保存的证据（物品）清单', true),
        officersField(),
      ],
      dateField: 'preservedOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.preservedOn),
      rules: [OFFICERS_RULE],
    },
    {
      key: 'dispose_preserved',
      label: '对登记保存物品作出处理决定',
      from: [...OPEN, 'decided', 'served'],
      roles: STAFF,
      fields: [
        {
          key: 'preserveDecidedOn',
          label: '处理决定日期',
          type: 'date',
          required: true,
          notBefore: 'preservedOn',
        },
        {
          key: 'preserveDisposal',
          label: '处理方式',
          type: 'select',
          required: true,
          options: options(
            ['release', '解除登记保存'],
            ['record', '记录、复制、拍照后退还'],
            ['test', '送检验、检测、鉴定'],
            ['seize', '依法查封、扣押'],
            ['transfer', '移送有关部门'],
          ),
        },
      ],
      dateField: 'preserveDecidedOn',
      guard: (g) =>
        !g.data.preservedOn
          ? '本案没有先行登记保存的物品'
          : done(g.events, 'dispose_preserved')
            ? '已对登记保存物品作出处理决定'
            : null,
      rules: [
        {
          rule: '只有先行登记保存了证据的案件才作出处理决定，且只作一次',
          cite: [cf('第五十六条')],
          test: `${T}先行登记保存 is decided within 7 working days`,
        },
      ],
    },
    {
      key: 'seize',
      label: '查封、扣押',
      from: ['filed', 'investigating', 'notified'],
      roles: ['township_leader'],
      fields: [
        { key: 'seizedOn', label: '查封、扣押日期', type: 'date', required: true, notBefore: 'filedOn' },
        {
          key: 'seizureType',
          label: '措施',
          type: 'select',
          required: true,
          options: options(['seal', '查封场所、设施或者财物'], ['detain', '扣押财物']),
        },
        {
          key: 'seizureBasis',
          label: '实施依据（法律、法规）',
          type: 'text',
          required: true,
          maxLength: 200,
        },
        noteField('seizedItems', '查封、扣押清单', true),
        officersField(),
      ],
      dateField: 'seizedOn',
      guard: (g) =>
        done(g.events, 'seize')
          ? '本案已实施查封、扣押'
          : twoCertifiedOfficers(g.refs('officers'), g.payload.seizedOn),
      rules: [OFFICERS_RULE],
    },
    {
      key: 'extend_seizure',
      label: '延长查封、扣押期限',
      from: [...OPEN, 'decided', 'served'],
      roles: ['township_leader'],
      fields: extensionFields(30, '日'),
      extends: 'seizure',
      guard: (g) => (g.data.seizedOn ? null : '本案没有查封、扣押'),
      rules: [
        {
          rule: '查封、扣押期限不得超过30日；情况复杂的，经负责人批准可延长一次，延长不得超过30日',
          cite: [qz('第二十五条')],
          days: { n: 30, basis: 'calendar' },
          test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
        },
      ],
    },
    {
      key: 'seizure_test_start',
      label: '送检验、检测、检疫或技术鉴定',
      from: [...OPEN, 'decided', 'served'],
      roles: STAFF,
      fields: [
        { key: 'testStartedOn', label: '送检日期', type: 'date', required: true, notBefore: 'seizedOn' },
        noteField('testSubject', '送检物品及检测、鉴定事项', true),
      ],
      dateField: 'testStartedOn',
      pauses: 'seizure',
      guard: (g) =>
        !g.data.seizedOn ? '本案没有查封、扣押' : done(g.events, 'seizure_test_start') ? '已记录送检' : null,
      rules: [
        {
          rule: '查封、扣押物品的检测、检验、检疫或者技术鉴定期间，不计入查封、扣押期限（自送检之日至结果出具之日）',
          cite: [qz('第二十五条第三款')],
          test: `${T}testing time is kept out of the 查封、扣押 period`,
        },
      ],
    },
    {
      key: 'seizure_test_end',
      label: '检测、鉴定结果出具',
      from: [...OPEN, 'decided', 'served'],
      roles: STAFF,
      fields: [
        {
          key: 'testEndedOn',
          label: '结果出具日期',
          type: 'date',
          required: true,
          notBefore: 'testStartedOn',
        },
      ],
      dateField: 'testEndedOn',
      resumes: 'seizure',
      guard: (g) =>
        !g.data.testStartedOn
          ? '尚未记录送检'
          : done(g.events, 'seizure_test_end')
            ? '已记录检测、鉴定结果'
            : null,
      rules: [
        {
          rule: '检测、鉴定结果出具后，查封、扣押期限恢复计算',
          cite: [qz('第二十五条第三款')],
          test: `${T}testing time is kept out of the 查封、扣押 period`,
        },
      ],
    },
    {
      key: 'release_seizure',
      label: '解除查封、扣押或作出处理',
      from: [...OPEN, 'decided', 'served', 'executed'],
      roles: STAFF,
      fields: [
        { key: 'releasedOn', label: '解除（处理）日期', type: 'date', required: true, notBefore: 'seizedOn' },
        noteField('releaseNote', '解除或处理情况', true),
      ],
      dateField: 'releasedOn',
      guard: (g) =>
        !g.data.seizedOn ? '本案没有查封、扣押' : done(g.events, 'release_seizure') ? '已解除或处理' : null,
      rules: [
        {
          rule: '只有实施了查封、扣押的案件才解除或处理，且只作一次；解除或处理即停止查封、扣押期限',
          cite: [qz('第二十五条'), qz('第二十八条')],
          test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
        },
      ],
    },
    {
      key: 'pay',
      label: '缴纳罚款',
      from: ['served', 'court'],
      roles: STAFF,
      fields: [
        { key: 'paidOn', label: '缴纳日期', type: 'date', required: true, notBefore: 'servedOn' },
        {
          key: 'paidAmount',
          label: '实缴罚没款',
          type: 'integer',
          required: true,
          min: 0,
          max: 1_000_000_000,
          suffix: '元',
        },
        { key: 'surcharge', label: '加处罚款', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
      ],
      dateField: 'paidOn',
      guard: (g) =>
        money(g.data.fineAmount) + money(g.data.confiscatedAmount) <= 0
          ? '该决定没有罚没款'
          : done(g.events, 'pay')
            ? '已记录缴纳'
            : null,
      warn: lateSurcharge,
      rules: [
        {
          rule: '有罚没款的决定才记录缴纳；逾期缴纳的，提示每日按罚款数额3%加处罚款、不超过罚款数额',
          cite: [cf('第六十七条第三款'), cf('第七十二条第一款第一项')],
          days: { n: 15, basis: 'calendar' },
          test: `${T}payment, 催告 and the application to the court`,
        },
      ],
    },
    {
      key: 'urge',
      label: '催告履行',
      from: ['served'],
      roles: STAFF,
      fields: [
        { key: 'urgedOn', label: '催告书送达日期', type: 'date', required: true, notBefore: 'servedOn' },
        noteField('urgeContent', '催告履行的义务、期限及方式', true),
      ],
      dateField: 'urgedOn',
      guard: urgeGuard,
      rules: [
        {
          rule: '决定书送达后15日内缴纳罚款；期满前不能催告',
          cite: [cf('第六十七条第三款')],
          days: { n: 15, basis: 'calendar' },
          test: `${T}payment, 催告 and the application to the court`,
        },
      ],
    },
    {
      key: 'apply_court',
      label: '申请人民法院强制执行',
      from: ['served'],
      to: 'court',
      roles: ['township_leader'],
      fields: [
        { key: 'appliedOn', label: '申请日期', type: 'date', required: true, notBefore: 'urgedOn' },
        { key: 'court', label: '受理法院', type: 'text', required: true, maxLength: 60 },
      ],
      dateField: 'appliedOn',
      guard: courtApplicationGuard,
      rules: [
        {
          rule: '没有行政强制执行权的机关，申请法院强制执行前须书面催告，催告书送达10个工作日后仍未履行的才能申请',
          cite: [qz('第五十四条'), qz('第六十九条')],
          days: { n: 10, basis: 'working' },
          test: `${T}payment, 催告 and the application to the court`,
        },
        {
          rule: '申请须在复议（60日）、诉讼（6个月）期限届满之日起3个月内提出，届满前不能申请',
          cite: [qz('第五十三条'), fy('第二十条'), ss('第四十六条')],
          setting: LITIGATION_MONTHS,
          test: `${T}payment, 催告 and the application to the court`,
        },
      ],
    },
    {
      key: 'transfer_judicial',
      label: '移送司法机关',
      from: [...OPEN],
      to: 'transferred',
      roles: ['township_leader'],
      fields: [
        { key: 'transferredOn', label: '移送日期', type: 'date', required: true, notBefore: 'filedOn' },
        { key: 'receivingOrgan', label: '接收机关', type: 'text', required: true, maxLength: 60 },
        noteField('transferReason', '涉嫌犯罪的事实及移送理由', true),
      ],
      dateField: 'transferredOn',
      confirm: '移送司法机关后本案不再作出行政处罚决定，确定吗？',
      rules: [
        {
          rule: '违法行为涉嫌犯罪的，及时将案件移送司法机关；移送后办案期限停止计算',
          cite: [cf('第二十七条')],
          test: `${T}a case transferred to the judicial organs stops its clocks`,
        },
      ],
    },
    {
      key: 'drop',
      label: '撤销立案',
      from: ['filed', 'investigating', 'notified'],
      to: 'dropped',
      roles: ['township_leader'],
      fields: [
        { key: 'droppedOn', label: '撤案日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('dropReason', '撤案理由', true),
      ],
      dateField: 'droppedOn',
    },
  ],
  clocks: [
    {
      key: 'decision',
      label: '作出决定期限',
      basis: 'calendar',
      days: 90,
      start: { field: 'filedOn' },
      stop: ['decide', 'drop', 'transfer_judicial'],
      source: `${CF}第六十条`,
      cite: [cf('第六十条')],
      test: 'server/routes/ledgers/enforcement.test.ts › registers the case and starts the 90-day decision clock',
      // the figure of an extension is the allowing rule's; 60 days once covers the common ones
      maxExtension: 60,
      dueSoon: 10,
    },
    {
      key: 'service',
      label: '送达期限',
      basis: 'working',
      days: 7,
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['serve', 'revoke'],
      when: (d) => d.servedOnSpot !== true,
      source: `${CF}第六十一条（当事人不在场的，七日内送达）`,
      cite: [cf('第六十一条'), cf('第八十五条')],
      test: 'server/routes/ledgers/enforcement.test.ts › collective discussion and an extension by the leader, then the decision',
    },
    {
      key: 'publicity',
      label: '公示期限',
      basis: 'working',
      days: 7,
      setting: 'enforcement.publicity_fast_days',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'withhold_publicity', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（行政许可、行政处罚决定7个工作日内公开）',
      cite: [gb118('二、全面推行行政执法公示制度'), cf('第四十八条')],
      test: 'server/routes/ledgers/enforcement.test.ts › collective discussion and an extension by the leader, then the decision',
    },
    {
      key: 'publicity_other',
      label: '公示期限',
      basis: 'working',
      days: 20,
      setting: 'enforcement.publicity_other_days',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'withhold_publicity', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && !PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（其他执法决定20个工作日内公开）',
      cite: [gb118('二、全面推行行政执法公示制度')],
      test: 'core/ledgers/kinds/enforcement.test.ts › publicity of a %s decision: %s due %s (%s working days)',
    },
    {
      key: 'withdrawal',
      label: '撤回公示期限',
      basis: 'working',
      days: 3,
      start: { action: 'revoke', field: 'revokedOn' },
      stop: ['withdraw_publicity'],
      when: (d) => typeof d.publishedOn === 'string',
      source: `${CF}第四十八条（决定被变更、撤销的，三日内撤回公开信息）`,
      cite: [cf('第四十八条'), cf('第八十五条')],
      test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
    },
    {
      key: 'preservation',
      label: '先行登记保存处理期限',
      basis: 'working',
      days: 7,
      start: { action: 'preserve', field: 'preservedOn' },
      stop: ['dispose_preserved'],
      source: `${CF}第五十六条（先行登记保存的，七日内及时作出处理决定）`,
      cite: [cf('第五十六条'), cf('第八十五条')],
      test: `${T}先行登记保存 is decided within 7 working days`,
    },
    {
      key: 'seizure',
      label: '查封、扣押期限',
      basis: 'calendar',
      days: 30,
      start: { action: 'seize', field: 'seizedOn' },
      stop: ['release_seizure'],
      source: '《行政强制法》第二十五条（不超过三十日，经批准可延长一次，不超过三十日）',
      cite: [qz('第二十五条')],
      test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
      maxExtension: 30,
      maxExtensions: 1,
      dueSoon: 5,
    },
    {
      key: 'payment',
      label: '当事人缴纳罚款期限',
      basis: 'calendar',
      days: 15,
      start: { action: 'serve', field: 'servedOn' },
      stop: ['pay', 'execute', 'revoke'],
      when: (d) => Number(d.fineAmount ?? 0) > 0,
      source: `${CF}第六十七条（收到决定书之日起十五日内缴纳罚款）`,
      cite: [cf('第六十七条第三款'), cf('第七十二条')],
      test: `${T}payment, 催告 and the application to the court`,
      // the party's period, not the township's: it never counts as the township's 逾期
      reminder: true,
    },
  ],
};
