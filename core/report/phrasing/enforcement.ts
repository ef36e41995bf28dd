import { cl, fig, hasFigure, keyValue, paragraph, sentence, trend } from './kit';
import { type AreaPhrasing, drafts } from './types';

/** 行政执法 and 监督与公开 in part 一. */

export const ENFORCEMENT: AreaPhrasing = {
  area: 'enforcement',
  heading: '严格规范公正文明执法',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const certified = cl(`${w.whole}持有行政执法证件人员`, fig(ctx, 'enforcement.certified_officers', '名'));
    const rate = cl('持证率', fig(ctx, 'enforcement.certification_rate'));
    const trainings = cl('组织执法人员业务培训', fig(ctx, 'enforcement.trainings'));
    // 参训 names the trainees only next to the trainings; alone it needs 执法 in its own words
    const attendance = trainings
      ? cl('参训', fig(ctx, 'enforcement.training_attendance', '人次'))
      : cl('执法人员参加培训', fig(ctx, 'enforcement.training_attendance', '人次'));
    const inspections = cl('开展执法检查和专项整治', fig(ctx, 'enforcement.inspections'));
    const cases = cl('立案查处违法案件', fig(ctx, 'enforcement.cases'));
    const licenses = cl('办理行政许可', fig(ctx, 'enforcement.licenses'));
    // The figure is the amount decided (罚没款决定), not collected: saying 收缴 would present money
    // taken in as an achievement (issue 13 §1). What was paid is the 实缴 field, reported apart.
    const fines = cl('依法作出罚没款决定', fig(ctx, 'enforcement.fines'));
    const reviews = cl('重大执法决定经法制审核', fig(ctx, 'enforcement.legal_reviews'));
    const fileReviews = cl('开展行政执法案卷评查', fig(ctx, 'enforcement.file_reviews'));
    const publicity = cl('行政执法决定公示及时率', fig(ctx, 'enforcement.publicity_timely_rate'));
    return drafts(
      ['enforcement-team', paragraph(sentence(certified, rate), sentence(trainings, attendance))],
      [
        'enforcement-cases',
        hasFigure(inspections, cases, licenses, fines, reviews, fileReviews, publicity)
          ? paragraph(
              sentence(
                inspections,
                inspections && trend(ctx, 'enforcement.inspections'),
                cases,
                licenses,
                fines,
              ),
              sentence(reviews, fileReviews, cl('执法行为进一步规范')),
              sentence(publicity),
            )
          : null,
      ],
    );
  },
};

export const SUPERVISION: AreaPhrasing = {
  area: 'supervision',
  heading: '强化权力运行监督，推进政务公开',
  paragraphs: (ctx) => {
    const disclosures = cl('主动公开政府信息', fig(ctx, 'supervision.disclosures'));
    const requests = cl('受理政府信息公开申请', fig(ctx, 'supervision.disclosure_requests'));
    const npc = cl('办理人大代表建议', fig(ctx, 'supervision.npc_suggestions'));
    const hotline = cl('办理群众热线诉求', fig(ctx, 'supervision.hotline_items'));
    const open = paragraph(
      sentence(disclosures, requests),
      sentence(cl('政府信息公开申请按期答复率', fig(ctx, 'supervision.disclosure_reply_timely_rate'))),
      sentence(npc, npc && cl('办结率', fig(ctx, 'supervision.npc_closure_rate'))),
      sentence(cl('代表建议按期办复率', fig(ctx, 'supervision.npc_timely_rate'))),
      sentence(hotline, hotline && cl('办结率', fig(ctx, 'supervision.hotline_closure_rate'))),
    );
    const recon = cl('办理行政复议案件', fig(ctx, 'supervision.reconsideration_cases'));
    const litigation = cl('发生行政诉讼案件', fig(ctx, 'supervision.litigation_cases'));
    const lostValue = keyValue(ctx, 'supervision.litigation_lost');
    // A zero only says nothing was entered. That nothing happened (无一败诉, 未发生复议诉讼) is
    // said only when the township confirmed its ledger of the area complete for the year.
    const complete = ctx.input.confirmedAreas?.includes('supervision') === true;
    const zeroClaims =
      (litigation && lostValue === 0) ||
      (keyValue(ctx, 'supervision.reconsideration_cases') === 0 &&
        keyValue(ctx, 'supervision.litigation_cases') === 0);
    // 无一败诉 is read back as zero lost cases; said only when there were cases to lose
    const lost =
      !litigation || lostValue === null
        ? null
        : lostValue === 0
          ? complete
            ? cl('无一败诉')
            : null
          : cl('败诉', fig(ctx, 'supervision.litigation_lost'));
    const none =
      complete &&
      keyValue(ctx, 'supervision.reconsideration_cases') === 0 &&
      keyValue(ctx, 'supervision.litigation_cases') === 0
        ? cl('全年未发生行政复议和行政诉讼案件')
        : null;
    const missing =
      zeroClaims && !complete
        ? cl('行政复议、行政诉讼台账尚未确认本年度登记完整，复议诉讼及败诉情况暂缺数据')
        : null;
    const recommendations = cl('收到司法建议、检察建议', fig(ctx, 'supervision.judicial_recommendations'));
    // the 考核 rates over the same cases (issue 16 §2)
    const rates = sentence(
      cl('行政机关负责人出庭应诉率', fig(ctx, 'supervision.head_appearance_rate')),
      cl('行政复议纠错率', fig(ctx, 'supervision.reconsideration_correction_rate')),
      litigation && cl('行政诉讼败诉率', fig(ctx, 'supervision.litigation_loss_rate')),
    );
    const cases = paragraph(
      sentence(recon, litigation, lost, none),
      sentence(missing),
      sentence(recommendations, recommendations && cl('逐项研究整改落实')),
    );
    return drafts(
      ['supervision-open', open],
      ['supervision-cases', cases],
      ['supervision-rates', paragraph(rates)],
    );
  },
};
