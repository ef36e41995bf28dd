import {
  cl,
  documentTitle,
  fieldText,
  fig,
  hasFigure,
  highlightsOf,
  paragraph,
  quotable,
  quotedList,
  sentence,
  titlesOf,
  trend,
} from './kit';
import { type AreaPhrasing, drafts } from './types';

/** 普法宣传 and 依法决策 in part 一. */

export const PUBLICITY: AreaPhrasing = {
  area: 'publicity',
  heading: '深化法治宣传教育，营造尊法守法氛围',
  paragraphs: (ctx) => {
    const events = cl('开展普法宣传活动', fig(ctx, 'publicity.events'));
    const lectures = cl('举办法律知识讲座和以案释法活动', fig(ctx, 'publicity.lectures'));
    const materials = cl('发放宣传资料', fig(ctx, 'publicity.materials'));
    const banners = cl('悬挂横幅标语', fig(ctx, 'publicity.banners'));
    const audience = cl('受众', fig(ctx, 'publicity.audience'));
    const consultations = cl('现场解答群众法律咨询', fig(ctx, 'publicity.consultations'));
    const online = cl('通过微信群、公众号推送普法信息', fig(ctx, 'publicity.online_posts', '条'));
    const villages = cl(`${ctx.words.whole}现有民主法治示范村（社区）`, fig(ctx, 'publicity.model_villages'));
    const rural = villages
      ? paragraph(sentence(cl('深入推进法治乡村建设'), villages, cl('发挥示范引领作用')))
      : null;
    if (!hasFigure(events, lectures, materials, banners, audience, consultations, online))
      return drafts(['publicity-villages', rural]);
    return drafts(
      [
        'publicity-events',
        paragraph(
          sentence(
            cl('围绕宪法、民法典等与群众生产生活密切相关的法律法规'),
            events,
            events && trend(ctx, 'publicity.events'),
            lectures,
            materials,
            banners,
            audience,
          ),
          sentence(consultations, online),
        ),
      ],
      ['publicity-villages', rural],
    );
  },
};

/** 《甲》《乙》等 or “甲” for one: the records the count is about, named after it. */
function decisionTitles(ctx: Parameters<AreaPhrasing['paragraphs']>[0]) {
  const all = highlightsOf(ctx, 'major_decisions');
  const titles = titlesOf(ctx, 'major_decisions', 3);
  if (titles.length === 0) return null;
  if (titles.length === 1) {
    const h = all.find((x) => quotable(ctx, x.title) === titles[0]);
    const meeting = h ? quotable(ctx, fieldText(h, 'meetingName')) : null;
    return cl(`“${titles[0]}”经${meeting ?? '集体讨论'}研究作出决定`);
  }
  return cl(`${quotedList(titles, all.length > titles.length)}事项均经集体讨论作出决定`);
}

function documentTitles(ctx: Parameters<AreaPhrasing['paragraphs']>[0]) {
  const all = highlightsOf(ctx, 'normative_documents');
  const titles = titlesOf(ctx, 'normative_documents', 3);
  if (titles.length === 0) return null;
  const list = quotedList(titles, all.length > titles.length, (t) => documentTitle(ctx, t));
  return titles.length === 1 ? cl(`年内公布实施${list}`) : cl(`年内公布实施${list}文件`);
}

export const DECISION: AreaPhrasing = {
  area: 'decision',
  heading: '坚持依法科学民主决策',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const major = cl('全年推进重大行政决策', fig(ctx, 'decision.major_decisions', '项'));
    const decided = decisionTitles(ctx);
    const reviews = cl('开展合法性审查', fig(ctx, 'decision.legality_reviews'));
    const contracts = cl('审查各类合同', fig(ctx, 'decision.contracts_reviewed', '份'));
    const documents = cl('制定行政规范性文件', fig(ctx, 'decision.normative_documents'));
    const filing = cl('规范性文件报备及时率', fig(ctx, 'decision.filing_timely_rate'));
    const published = documentTitles(ctx);
    const advisors = cl('聘请法律顾问', fig(ctx, 'decision.legal_advisors', '名'));
    const coverage = cl(`${w.below}法律顾问覆盖率达`, fig(ctx, 'decision.advisor_coverage_rate'));
    const villageRules = cl('审查备案村规民约和自治章程', fig(ctx, 'decision.village_rules_reviewed'));
    return drafts(
      [
        'decision-major',
        hasFigure(major) || decided
          ? paragraph(sentence(cl('严格执行重大行政决策程序规定'), major), sentence(decided))
          : null,
      ],
      [
        'decision-review',
        hasFigure(reviews, contracts, documents, filing, villageRules) || published
          ? paragraph(
              sentence(cl('坚持应审必审'), reviews, contracts, documents),
              sentence(published),
              sentence(filing),
              sentence(villageRules && cl('指导村（居）民依法制定修订自治规范'), villageRules),
            )
          : null,
      ],
      [
        'decision-advisors',
        hasFigure(advisors, coverage)
          ? paragraph(sentence(advisors, coverage, cl('为重大决策、合同签订和矛盾化解提供法律意见')))
          : null,
      ],
    );
  },
};
