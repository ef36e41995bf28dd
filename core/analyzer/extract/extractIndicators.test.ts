import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize';
import { extractIndicators } from './extractIndicators';

const extract = (s: string, reportYear: number | null = 2024) =>
  extractIndicators(normalize(s).text, { reportYear, excluded: () => false }).map((i) => [
    i.key,
    i.value,
    i.approx,
  ]);

describe('extractIndicators', () => {
  it('reads a part after 其中 of another kind than the whole as that kind’s figure, not a part of the same kind', () => {
    expect(extract('开展普法活动20场，其中法治讲座5场。').map((x) => x.slice(0, 2))).toEqual([
      ['publicity.events', 20],
      ['publicity.lectures', 5],
    ]);
    expect(extract('开展法治宣传活动15场次，其中送法进校园3场次。').map((x) => x.slice(0, 2))).toEqual([
      ['publicity.events', 15],
    ]);
    // a part named by no cue of its own (来访15件) is not read through a companion key
    expect(extract('受理信访事项28件，其中来访15件。').map((x) => x[0])).toEqual(['petition.cases']);
  });

  it('reads a 培训讲座 for cadres as a lecture, the head noun', () => {
    expect(extract('邀请法律顾问为机关干部开展法治培训讲座3场。')).toEqual([['study.lectures', 3, false]]);
  });

  it('reads the deputies’ suggestions beside the CPPCC proposals, and not the proposals alone', () => {
    expect(extract('办理人大代表建议3件、政协委员提案2件，均按期办结。')).toEqual([
      ['supervision.npc_suggestions', 3, false],
    ]);
    expect(extract('办理政协委员提案2件，均按期办结。')).toEqual([]);
    expect(extract('办理人大代表建议和政协委员提案共8件。')).toEqual([
      ['supervision.npc_suggestions', 8, false],
    ]);
  });

  it('reads the head noun next to the figure, not the longer modifier before it', () => {
    // 重大行政决策合法性审查5件: five legality reviews (of major decisions), not five decisions
    expect(extract('重大行政决策合法性审查5件，均在规定时限内办结。')).toEqual([
      ['decision.legality_reviews', 5, false],
    ]);
    expect(extract('全年作出重大行政决策3项，均经合法性审查。')).toEqual([
      ['decision.major_decisions', 3, false],
    ]);
  });

  it('reads a satisfaction rate as the services’ only where the sentence speaks of services', () => {
    expect(extract('全年办理便民服务事项1500余件，群众满意度达98%。').map((x) => x[0])).toEqual([
      'service.matters_handled',
      'service.satisfaction_rate',
    ]);
    expect(extract('调解矛盾纠纷45件，当事人满意率100%。').map((x) => x[0])).toEqual(['dispute.handled']);
    expect(extract('开展法治建设群众满意度测评，满意率达95%。')).toEqual([]);
  });

  it('reads the law study named in the next clause after a central group’s study count', () => {
    expect(extract('全年组织党工委中心组学习研讨10次，开展法治专题学习2次。')).toEqual([
      ['study.central_group_sessions', 2, false],
    ]);
  });

  it('reads a cadre training as law training only when its sentence names law', () => {
    expect(
      extract('（二）提升依法行政能力\n严格落实制度。组织镇村干部培训12期，培训干部600余人次。'),
    ).toEqual([]);
    expect(extract('围绕民法典组织镇村干部培训12期，培训干部600余人次。').map((x) => x[0])).toEqual([
      'study.cadre_trainings',
      'study.training_attendance',
    ]);
  });

  it('does not read the enforcement qualification exam as the cadres’ law exam', () => {
    expect(extract('组织法治培训6场次，12名执法人员通过行政执法资格考试，执法证考试通过率100%。')).toEqual([
      ['study.cadre_trainings', 6, false],
    ]);
    expect(extract('组织干部参加学法考试，12名干部通过考试，通过率100%。').map((x) => x[0])).toEqual([
      'study.exam_passed',
      'study.exam_pass_rate',
    ]);
  });

  it('reads law study held through the central group and leadership meetings as the central group’s', () => {
    expect(extract('班子成员带头学法，通过理论中心组、班子会等载体开展专题学法6次。')).toEqual([
      ['study.central_group_sessions', 6, false],
    ]);
    // 会前 names the pre-meeting study even beside the central group
    expect(extract('通过理论中心组、班子会会前学法等方式开展专题学法6次。')).toEqual([
      ['study.pre_meeting_sessions', 6, false],
    ]);
  });

  it('reads an enumeration of several figures in one sentence', () => {
    expect(extract('全年组织党委理论学习中心组学法 9 次，会前学法 30 余次，举办法治专题讲座 4 场。')).toEqual(
      [
        ['study.central_group_sessions', 9, false],
        ['study.pre_meeting_sessions', 30, true],
        ['study.lectures', 4, false],
      ],
    );
  });

  it('reads Chinese numerals and 万 multipliers', () => {
    expect(extract('开展普法宣传活动十二场，发放宣传手册一百二十册，受众两万余人次。')).toEqual([
      ['publicity.events', 12, false],
      ['publicity.materials', 120, false],
      ['publicity.audience', 20000, true],
    ]);
  });

  it('tells apart attendance of cadre and of enforcement trainings by the figure before', () => {
    expect(extract('开展执法人员培训 5 次，参训 150 人次。')).toEqual([
      ['enforcement.trainings', 5, false],
      ['enforcement.training_attendance', 150, false],
    ]);
  });

  it('gives a figure shared by a list of rates to each rate the catalog knows', () => {
    expect(extract('干部学法考试参考率、合格率、优秀率均达到100%。')).toEqual([
      ['study.exam_participation_rate', 100, false],
      ['study.exam_pass_rate', 100, false],
    ]);
    expect(extract('年度学法考试参考率和合格率均为98%。')).toEqual([
      ['study.exam_participation_rate', 98, false],
      ['study.exam_pass_rate', 98, false],
    ]);
  });

  it('does not share a rate across a list without 均 or 都', () => {
    expect(extract('年度学法考试参考率、合格率100%。')).toEqual([['study.exam_pass_rate', 100, false]]);
  });

  it('reads N名执法人员参加…培训 as enforcement training attendance', () => {
    expect(extract('组织全县320名执法人员参加行政执法能力提升培训。')).toEqual([
      ['enforcement.training_attendance', 320, false],
    ]);
  });

  it('does not count the entries of a list of matters as matters handled', () => {
    expect(extract('梳理保留政务服务事项402项，取消行政许可事项12项，公布权责清单事项88项。')).toEqual([]);
    expect(extract('全年办理政务服务事项4020件。')).toEqual([['service.matters_handled', 4020, false]]);
    expect(extract('现保留政务服务事项400项，行政许可事项120项。')).toEqual([]);
    expect(extract('全年办理行政许可120件。')).toEqual([['enforcement.licenses', 120, false]]);
  });

  it('reads 主动公开 … N条 as information disclosed, whatever the list between', () => {
    expect(extract('主动公开规范性文件、办事指南等共计1200余条。')).toEqual([
      ['supervision.disclosures', 1200, true],
    ]);
  });

  it('does not read N个政务服务事项 (entries of the list) as matters handled', () => {
    expect(extract('全县42个部门960个政务服务事项实现网上可办。')).toEqual([]);
  });

  it('does not give the unit a figure whose cue names many bodies (各级党委中心组)', () => {
    expect(extract('发挥各级党委理论学习中心组示范作用，全年开展法治学习60余次。')).toEqual([]);
    expect(extract('发挥党委理论学习中心组示范作用，全年开展法治学习6次。')).toEqual([
      ['study.central_group_sessions', 6, false],
    ]);
  });

  it('gives a generic rate the subject of its sentence', () => {
    expect(extract('受理信访件 12 件，已办结 11 件，办结率 91.7%。')).toEqual([
      ['petition.cases', 12, false],
      ['petition.closed', 11, false],
      ['petition.closure_rate', 91.7, false],
    ]);
  });

  it('reads figures stated without a digit or twice at once', () => {
    expect(extract('行政应诉案件实现零败诉。全镇 60 名干部均通过学法考试。')).toEqual([
      ['supervision.litigation_lost', 0, false],
      ['study.exam_takers', 60, false],
      ['study.exam_passed', 60, false],
    ]);
  });

  it('reads every zero cue where it stands, each once, in text order however the cues share their word', () => {
    const text =
      '行政诉讼未发生败诉案件。复议案件无败诉，应诉案件败诉率为零。' +
      '镇政府连续三年零败诉，其中2024年行政应诉无一败诉，败诉率为0。';
    const found = extractIndicators(normalize(text).text, { reportYear: 2024, excluded: () => false });
    const zeros = found.filter((f) => f.key === 'supervision.litigation_lost');
    expect(zeros.map((f) => [f.value, text.slice(f.start, f.end)])).toEqual([
      [0, '未发生败诉'],
      [0, '无败诉'],
      [0, '败诉率为零'],
      [0, '零败诉'],
      [0, '无一败诉'],
      [0, '败诉率为0'],
    ]);
  });

  it('leaves out a zero cue in an excluded part of the text', () => {
    const text = '复议案件无败诉。下一步确保零败诉。';
    const planFrom = text.indexOf('下一步');
    const found = extractIndicators(normalize(text).text, {
      reportYear: 2024,
      excluded: (pos) => pos >= planFrom,
    });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['无败诉']);
  });

  it('leaves a count shared by two activities joined by 和, 及, 与 or 以及, and keeps one whose joined words are topics', () => {
    expect(extract('组织法治讲座12场。').map((x) => x.slice(0, 2))).toEqual([['study.lectures', 12]]);
    for (const joint of ['和', '及', '与', '以及']) {
      expect(extract(`组织法治讲座${joint}文艺演出12场。`)).toEqual([]);
    }
    expect(extract('开展宪法和民法典宣传活动5场。').map((x) => x.slice(0, 2))).toEqual([
      ['publicity.events', 5],
    ]);
  });

  it('reads a cue with no 各 before it as the unit’s own, and one after 各部门 as many bodies’', () => {
    expect(extract('镇党委理论学习中心组全年开展法治学习8次。').map((x) => x.slice(0, 2))).toEqual([
      ['study.central_group_sessions', 8],
    ]);
    expect(extract('镇各部门理论学习中心组全年开展法治学习8次。')).toEqual([]);
  });

  it('reads a noun after the measure word', () => {
    expect(extract('镇便民服务中心设置 6 个综合窗口。')).toEqual([['service.windows', 6, false]]);
  });

  it('skips figures for part of the unit, part of the year, other years and plans', () => {
    const text = [
      '全年调处矛盾纠纷 40 件，其中村级调处 25 件。',
      '上半年开展普法宣传活动 6 场。',
      '2023年发放宣传资料 900 份。',
      '力争明年开展普法宣传活动 20 场。',
      '每月开展执法检查 2 次。',
      '调处纠纷较去年减少 8 件。',
    ].join('');
    expect(extract(text)).toEqual([['dispute.handled', 40, false]]);
  });

  it('leaves numbers that name no indicator alone', () => {
    expect(extract('全镇共有 12 个行政村，常住人口 3 万余人，完成 5 个重点项目。')).toEqual([]);
  });
});

describe('extractIndicators on wordings of other authors', () => {
  it('does not read 及时受理率 as the 办结率', () => {
    // 及时受理率 is a 考核 rate of its own since issue 16 §2
    expect(extract('全年受理信访件 40 件，及时受理率 100%。')).toEqual([
      ['petition.cases', 40, false],
      ['petition.timely_acceptance_rate', 100, false],
    ]);
    expect(extract('全年受理信访件 40 件，按期办结率 95%。')).toEqual([
      ['petition.cases', 40, false],
      ['petition.timely_closure_rate', 95, false],
    ]);
    expect(extract('全年受理信访件 40 件，办结率 95%。')).toEqual([
      ['petition.cases', 40, false],
      ['petition.closure_rate', 95, false],
    ]);
  });

  it('reads the leadership law study as the central group key in its several wordings', () => {
    expect(extract('全年组织领导班子集体学法 8 次。')).toEqual([['study.central_group_sessions', 8, false]]);
    expect(extract('（一）强化法治学习\n全年组织党工委专题学习 5 次。')).toEqual([
      ['study.central_group_sessions', 5, false],
    ]);
  });

  it('gives the law keys no figure of political study or of a meeting on many matters', () => {
    expect(extract('全年开展干部职工政治理论学习 48 次。')).toEqual([]);
    expect(extract('组织机关干部学习党的二十届三中全会精神 6 次，深化法治思维。')).toEqual([]);
    expect(extract('党委中心组集中学习 20 次。')).toEqual([]);
    expect(extract('全年召开党委会议研究法治建设、安全生产、乡村振兴等工作 20 次。')).toEqual([]);
    expect(extract('利用周例会组织干部学习法律法规 20 次。')).toEqual([['study.cadre_trainings', 20, false]]);
  });

  it('takes the law part of a central group count when only the part is law study', () => {
    expect(extract('党委理论学习中心组全年集中学习 24 次，其中专题学习习近平法治思想 4 次。')).toEqual([
      ['study.central_group_sessions', 4, false],
    ]);
  });

  it('reports no study count given for two bodies in one sentence, nor an increment (新增)', () => {
    expect(extract('县政府常务会议学法 12 次，县委常委会会前学法 8 次。')).toEqual([]);
    expect(extract('县政府常务会议学法 12 次，举办法治讲座 2 场。')).toEqual([
      ['study.pre_meeting_sessions', 12, false],
      ['study.lectures', 2, false],
    ]);
    expect(extract('新增持证执法人员 5 名。')).toEqual([]);
  });

  it('reads a count before 听取…法治…汇报 as a law meeting, not a report on other work', () => {
    expect(extract('镇党委先后 5 次专题听取法治建设工作汇报。')).toEqual([['leadership.meetings', 5, false]]);
    expect(extract('镇党委 3 次听取安全生产工作汇报。')).toEqual([]);
  });

  it('reads a 万 after 余 as the multiplier of the figure (30余万人次)', () => {
    expect(extract('开展普法活动 12 场，覆盖群众 30 余万人次。')).toEqual([
      ['publicity.events', 12, false],
      ['publicity.audience', 300000, true],
    ]);
  });

  it('reads cadre law training wordings', () => {
    expect(extract('组织机关干部参加综合法律知识培训 3 次。')).toEqual([['study.cadre_trainings', 3, false]]);
  });

  it('reads 法律进村 campaigns as publicity events and documents as no cases', () => {
    expect(extract('组织驻村律师开展“法律进村”活动 30 余场。')).toEqual([['publicity.events', 30, true]]);
    expect(extract('向有关单位出具行政复议意见书 2 件。')).toEqual([]);
  });

  it('leaves out political study, parts of the unit and unsummed lists', () => {
    expect(extract('中心组开展“第一议题”学习 20 次。')).toEqual([]);
    expect(extract('各部门组织会前学法 96 次。')).toEqual([]);
    expect(extract('镇党委召开法治建设部署会 3 次、推进会 5 次。')).toEqual([]);
  });

  it('reads a lecture as the public’s only when the sentence names the public or 普法', () => {
    expect(extract('全年开展法治思想宣讲 40 场次。')).toEqual([]);
    expect(extract('主要负责同志带头讲法治课 3 次。')).toEqual([]);
    expect(extract('深入村组为群众举办法律知识讲座 6 场。')).toEqual([['publicity.lectures', 6, false]]);
    expect(extract('县普法讲师团开展巡回宣讲 90 场次。')).toEqual([['publicity.lectures', 90, false]]);
  });

  it('does not read places reached, a court’s cases or a test as the key of an earlier clause', () => {
    expect(extract('开展人民调解委员会主任培训，邀请律师分别到12个村（社区）授课。')).toEqual([]);
    expect(extract('调解组织化解矛盾纠纷30件，协助法庭化解疑难案件3件。')).toEqual([
      ['dispute.handled', 30, false],
    ]);
    expect(extract('组织机关干部学习应知应会内容，先后组织测试2次。')).toEqual([]);
  });

  it('reads a bare 学法 count by the 学法制度 its item names, and 按计划 as work done', () => {
    expect(
      extract('二是全面落实政府常务会学法制度。制定年度学法计划，定期学习法律法规，全年按计划学法10次。'),
    ).toEqual([['study.pre_meeting_sessions', 10, false]]);
    expect(extract('三是组织各职能部门学法80次。')).toEqual([]);
  });

  it('reads a meeting count written before what the meetings studied', () => {
    expect(extract('镇党委会议先后4次研究部署法治政府建设示范创建工作。')).toEqual([
      ['leadership.meetings', 4, false],
    ]);
  });

  it('gives no meeting key to a total of meetings of several kinds, but keeps a list of law meetings', () => {
    expect(
      extract('全年由主要负责人主持召开党委会议、法治工作专题会、村支书例会共9次，研究法治事项。'),
    ).toEqual([]);
    expect(extract('全年召开法治建设部署会、法治工作推进会共5次。')).toEqual([
      ['leadership.meetings', 5, false],
    ]);
    expect(extract('县委常委会会议、县政府常务会议专题研究法治建设工作6次。')).toEqual([
      ['leadership.meetings', 6, false],
    ]);
  });

  it('does not read a study count taken under the 第一议题 rule as law study', () => {
    expect(extract('坚持中心组学习制度和“第一议题”制度，全年组织宪法、民法典等专题学习7次。')).toEqual([]);
  });

  it('does not take a cue of an earlier clause for a count of activities of several kinds', () => {
    expect(extract('将法治内容列入干部培训课程，先后组织多种形式集中学法15次。')).toEqual([]);
  });

  it('reads the party committee law study and 发放材料 as the catalog keys', () => {
    expect(extract('镇党委集中学法6次。开展普法活动3场，发放材料800余份。')).toEqual([
      ['study.central_group_sessions', 6, false],
      ['publicity.events', 3, false],
      ['publicity.materials', 800, true],
    ]);
  });

  it('gives no study key to one count of the leadership and the whole staff together', () => {
    expect(extract('将宪法纳入党委中心组学习内容和干部职工学法内容，全年学习10次。')).toEqual([]);
    expect(extract('党委理论学习中心组全年专题学法10次。')).toEqual([
      ['study.central_group_sessions', 10, false],
    ]);
  });

  it('reads pushed law messages as online posts, not as disclosures', () => {
    expect(extract('运用“青禾发布”公众号推送法治宣传信息30条。')).toEqual([
      ['publicity.online_posts', 30, false],
    ]);
  });

  it('takes the law study listed after a whole study count as the key figure', () => {
    expect(extract('二是加强学习。开展党委中心组专题学习15次、专题法治学习6次。')).toEqual([
      ['study.central_group_sessions', 6, false],
    ]);
  });

  it('does not read a study count in a sentence of political study with no law word', () => {
    expect(
      extract(
        '（二）强化法治思维\n深入学习全会精神，全年共进行党委理论学习中心组学习16次，深刻领悟重要讲话。',
      ),
    ).toEqual([]);
  });

  it('does not count the courses of a class as cadre trainings named in an earlier clause', () => {
    expect(extract('强化干部教育培训，主体班开设宪法、行政法等课程18场次。')).toEqual([]);
  });

  it('gives no key to a count that closes a list of several kinds of things', () => {
    expect(extract('为群众提供法律咨询、政策咨询、法律服务达260余人次。')).toEqual([]);
    expect(extract('县政府常务会议、县政府党组会议集中学法11次。')).toEqual([]);
  });

  it('keeps a count whose list names the places or bodies an activity reached', () => {
    expect(extract('到村、社区开展普法宣传活动15场。')).toEqual([['publicity.events', 15, false]]);
    expect(extract('发放宣传册、明白纸2000余份。')).toEqual([['publicity.materials', 2000, true]]);
    expect(extract('组织镇干部、村“两委”成员法治培训3场次。')).toEqual([['study.cadre_trainings', 3, false]]);
  });

  it('gives no key to a count of several ways of study listed before 等…形式', () => {
    expect(extract('通过班子中心组学法、集中研讨、线上答题等多种形式，开展学法活动21次。')).toEqual([]);
  });

  it('keeps a count whose listed ways are all the key’s', () => {
    expect(extract('采取法治专题讲座、法律知识培训等形式，开展干部法治培训6次。')).toEqual([
      ['study.cadre_trainings', 6, false],
    ]);
  });

  it('reads officers who hold a certificate when the count stands before 执法人员', () => {
    expect(extract('全镇27名执法人员均已取得行政执法证件。')).toEqual([
      ['enforcement.certified_officers', 27, false],
    ]);
    expect(extract('全镇19名执法人员全部持证上岗。')).toEqual([
      ['enforcement.certified_officers', 19, false],
    ]);
  });

  it('does not read officers without a certificate or their training as certified', () => {
    expect(extract('全镇27名执法人员参加公共法律知识培训。')).toEqual([
      ['enforcement.training_attendance', 27, false],
    ]);
  });

  it('reads the people a campaign reached in the genre’s other wordings', () => {
    expect(extract('开展送法下乡活动9场次，受益群众1800余人。')).toEqual([
      ['publicity.events', 9, false],
      ['publicity.audience', 1800, true],
    ]);
    expect(extract('开展普法宣传7场，教育群众900人次。')).toEqual([
      ['publicity.events', 7, false],
      ['publicity.audience', 900, false],
    ]);
  });

  it('gives the figure to the cue right before it over a longer cue further back', () => {
    expect(extract('对重大行政决策、合同等进行合法性审查26件。')).toEqual([
      ['decision.legality_reviews', 26, false],
    ]);
    expect(extract('全年作出重大行政决策4项，均经合法性审查。')).toEqual([
      ['decision.major_decisions', 4, false],
    ]);
  });

  it('gives no key to totals over several years', () => {
    expect(extract('近三年来，全镇共开展普法活动140场。')).toEqual([]);
    expect(extract('自2022年以来，累计召开法治专题会议13次。')).toEqual([]);
  });

  it('keeps the figures of a sentence that opens with the report year or 一年来', () => {
    expect(extract('2024年以来，共开展普法活动16场。')).toEqual([['publicity.events', 16, false]]);
    expect(extract('一年来，开展普法活动16场。')).toEqual([['publicity.events', 16, false]]);
  });
});
