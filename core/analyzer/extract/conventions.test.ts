import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';

/**
 * Readings taken from the dev set's annotation conventions (shared/corpus/dev/README.md) and
 * from layouts seen in several public reports read for the purpose; every sentence here is
 * written for the test (青禾镇, 云岭县 and the like are invented).
 */
describe('figures read by the corpus conventions', () => {
  it('gives a figure whose own clause names nothing to the nearer cue of the earlier clauses', () => {
    expect(
      extract(
        '构建“班子带学+干部研学”的学习体系，将宪法和民法典列入镇党委理论学习中心组学习计划，全年开展专题学习9次。',
      ),
    ).toEqual([['study.central_group_sessions', 9]]);
  });
});

describe('political study', () => {
  it('reads no law study in a sentence that counts the 第一议题 sessions and names no law', () => {
    expect(
      extract(
        '青禾镇把习近平法治思想列为学习重点。严格执行“第一议题”制度，全年召开党委会议20次，开展理论学习中心组学习11次，组织“第一议题”学习13次。',
      ),
    ).toEqual([]);
    // the same count in a sentence that names the law studied stays
    expect(
      extract('落实中心组学法制度和“第一议题”学习要求，全年开展中心组专题学法6次，重点学习民法典。'),
    ).toEqual([['study.central_group_sessions', 6]]);
  });
});

describe('one count for several bodies', () => {
  it('reads no study figure of one body when the count is of two bodies together', () => {
    expect(extract('云岭县委常委会、县政府常务会组织集体学法9次，重点学习行政复议法。')).toEqual([]);
    expect(extract('县政府在党组和常务会议学法5次，重点学习民法典。')).toEqual([]);
    expect(extract('将宪法、民法典纳入党委中心组、“三会一课”必学内容，全年开展专题学习6次。')).toEqual([]);
    // one body, or a party group's central group, is one body
    expect(extract('县政府常务会议学法7次，重点学习行政复议法。')).toEqual([
      ['study.pre_meeting_sessions', 7],
    ]);
    expect(extract('县政府党组理论学习中心组专题学法4次。')).toEqual([['study.central_group_sessions', 4]]);
  });
});

describe('the leadership meeting in several forms', () => {
  it('reads the law study of the leadership through its own meetings as one body’s', () => {
    expect(extract('将民法典列入党委会、理论学习中心组学习内容，全年学法8次。')).toEqual([
      ['study.central_group_sessions', 8],
    ]);
    // the government's office meeting and a staff meeting are other bodies
    expect(
      extract('将民法典列入党委理论学习中心组、镇长办公会、周例会会前学法内容，全年开展专题学习8次。'),
    ).toEqual([]);
  });
});

describe('two meeting counts in one sentence', () => {
  it('reads neither of two meeting counts when no total is given', () => {
    expect(extract('全年召开党委会议专题研究法治工作3次，听取法治建设汇报2次，协调解决问题5件。')).toEqual(
      [],
    );
    // one count, or counts in two sentences, stay
    expect(extract('全年召开党委会议专题研究法治工作3次，协调解决问题5件。')).toEqual([
      ['leadership.meetings', 3],
    ]);
  });
});

describe('two activities joined by 和', () => {
  it('reads no figure of one key when the count joins its activity with another', () => {
    expect(extract('组织镇村干部学习民法典，全年举办法治讲座和业务培训12场次。')).toEqual([]);
    // topics joined before the activity stay
    expect(extract('开展宪法和民法典宣传活动6场，发放资料900份。')).toEqual([
      ['publicity.events', 6],
      ['publicity.materials', 900],
    ]);
  });
});

describe('lectures for cadres or for the public', () => {
  it('gives a lecture to the cadres or the public as its own clause names them', () => {
    // the sentence names cadres too; the lecture's clause names the villagers
    expect(extract('组织机关干部开展普法宣传活动8场，为村民举办法治讲座3场。')).toEqual([
      ['publicity.events', 8],
      ['publicity.lectures', 3],
    ]);
    expect(extract('组织法律顾问深入村组为村民开展法治讲座5场，发放资料600份。')).toEqual([
      ['publicity.lectures', 5],
      ['publicity.materials', 600],
    ]);
    // a clause naming both leaves the choice to the sentence
    expect(extract('普法宣传月期间为镇村干部和群众举办法律知识讲座4场。')).toEqual([
      ['publicity.lectures', 4],
    ]);
  });

  it('reads a law named by the people it protects as the lecture’s topic, not its audience', () => {
    expect(extract('组织街道在编人员开展未成年人保护法、民法典等3场专题法治讲座。')).toEqual([
      ['study.lectures', 3],
    ]);
    // the pupils before the law's name are still its audience
    expect(extract('走进学校为学生开展未成年人保护法专题讲座4场。')).toEqual([['publicity.lectures', 4]]);
  });

  it('reads 以案释法 for cadres as their lecture', () => {
    expect(extract('组织镇村干部集中学法10场次，邀请律师以案释法培训2次。')).toEqual([
      ['study.cadre_trainings', 10],
      ['study.lectures', 2],
    ]);
  });
});

describe('cadre trainings and who took part', () => {
  it('reads the people a law training reached when they are named after the figure', () => {
    expect(extract('青禾镇组织12名科级以上领导干部完成法治专题培训。')).toEqual([
      ['study.training_attendance', 12],
    ]);
    expect(extract('举办领导干部法治专题培训班，全县60余名领导干部参与培训。')).toEqual([
      ['study.training_attendance', 60],
    ]);
    expect(extract('组织全镇50余名公职人员参加法治专题培训2场。')).toEqual([
      ['study.training_attendance', 50],
      ['study.cadre_trainings', 2],
    ]);
    // a training on no law matter is not the law training's attendance
    expect(extract('组织30名干部参加消防安全培训。')).toEqual([]);
  });

  it('reads a training class counted in 期 as the cadres’ training', () => {
    expect(
      extract('县政府常务会议学法5次，县委常委会专题听取法治汇报1次，累计举办专题培训班3期。'),
    ).toContainEqual(['study.cadre_trainings', 3]);
  });
});

describe('law meetings', () => {
  it('reads a 法治专题 or 专题党委会 meeting count', () => {
    expect(extract('全年召开法治专题党委会议3次。')).toEqual([['leadership.meetings', 3]]);
    expect(extract('全年召开法治建设专题党委会2次，解决执法难题4个。')).toEqual([['leadership.meetings', 2]]);
  });

  it('reads a meeting count whose next clause says the meetings studied law work', () => {
    expect(
      extract('成立法治政府建设领导小组，全年召开领导小组会议3次，专题研究解决法治建设中的难点问题。'),
    ).toEqual([['leadership.meetings', 3]]);
    expect(extract('全年召开领导小组会议3次，专题研究安全生产工作。')).toEqual([]);
  });
});

describe('科级干部', () => {
  it('reads a lecture held for the 科级干部, but not the 科级干部 counted as trained', () => {
    expect(extract('区政府举办科级干部法治讲座2次。')).toEqual([['study.lectures', 2]]);
    expect(extract('组织科级干部集中培训120名。')).toEqual([]);
  });
});

describe('the people a training reached', () => {
  it('reads 覆盖…干部N人 after a law training with no count of its own', () => {
    expect(extract('把法治培训纳入干部年度培训必修课程，开展法治培训，覆盖镇村干部150余人。')).toEqual([
      ['study.training_attendance', 150],
    ]);
    // after study that is no training, or a training on no law matter, it is nothing
    expect(extract('开展安全生产培训，覆盖镇村干部150余人。')).toEqual([]);
  });
});

describe('problems and administrative disputes', () => {
  it('reads no figure in a count of problems or of administrative disputes', () => {
    expect(extract('破解执法规范化、矛盾化解等难点问题5项。')).toEqual([]);
    expect(extract('挂牌成立行政争议化解工作室，全年化解行政争议7件。')).toEqual([]);
    expect(extract('全年化解矛盾纠纷36件。')).toEqual([['dispute.handled', 36]]);
  });
});

describe('a part after 其中 of a whole that is no key', () => {
  it('reads the part by its own cue', () => {
    expect(extract('全镇配备执法人员6名，其中持证执法人员5名。')).toEqual([
      ['enforcement.certified_officers', 5],
    ]);
  });
});

describe('adjacent cue pieces', () => {
  it('reads 执法培训 as the enforcement training even when cadres attend it', () => {
    expect(extract('组织干部参加执法培训3次，查处违法行为12起。')).toEqual([
      ['enforcement.trainings', 3],
      ['enforcement.cases', 12],
    ]);
  });
});

describe('counts up to the day of writing', () => {
  it('reads no work count dated 截至目前 with no year, but a stock so dated', () => {
    expect(extract('截至目前，办理各类政务服务事项3.2万件。')).toEqual([]);
    expect(extract('截至目前，全镇持证执法人员9名。')).toEqual([['enforcement.certified_officers', 9]]);
    expect(extract('截至2025年底，办理各类政务服务事项3200件。')).toEqual([
      ['service.matters_handled', 3200],
    ]);
  });
});

describe('exams and reviews named after the count (reader3 study set)', () => {
  it('reads the cadres who sat a law exam named past a year after the count', () => {
    expect(extract('组织街道96名干部职工参加2025年度全区法治理论知识学习考试，参考率达100%。')).toEqual([
      ['study.exam_takers', 96],
      ['study.exam_participation_rate', 100],
    ]);
  });

  it('reads the exam before an appointment as no law-study exam', () => {
    expect(extract('5名新任领导干部参加了人大常委会任前法律知识考试。')).toEqual([]);
  });

  it('reads contracts the departments sent in for review as the unit’s reviews', () => {
    expect(extract('法律顾问审核街道各部门报送合同14份。')).toEqual([['decision.contracts_reviewed', 14]]);
    // the departments' own work stays theirs
    expect(extract('各部门审核合同30份。')).toEqual([]);
  });
});

describe('lectures and trainings worded otherwise (reader3 probes)', () => {
  it('reads a law lecture with a word between as a lecture', () => {
    expect(extract('举办法治教育讲座3场，镇村干部参加学习。')).toEqual([['study.lectures', 3]]);
  });

  it('reads a training named by its law topic, or held as a 培训会, as a cadre training', () => {
    expect(extract('开展宪法、民法典等法律法规专题培训3期。')).toEqual([['study.cadre_trainings', 3]]);
    expect(extract('举办法治专题培训会2场。')).toEqual([['study.cadre_trainings', 2]]);
    // a training on no law matter is none
    expect(extract('组织安全生产专题培训3期。')).toEqual([]);
  });

  it('reads work the unit did in each village as its own, the villages’ own work as theirs', () => {
    expect(extract('在各村开设法治课堂8期，群众参与600余人次。')).toEqual([
      ['publicity.lectures', 8],
      ['publicity.audience', 600],
    ]);
    expect(extract('各村（社区）开展普法宣传活动80余场。')).toEqual([]);
  });
});

describe('a meeting count written before the meeting (reader3 study set)', () => {
  it('reads 召开N次党委会议研究部署…法治 as law meetings', () => {
    expect(extract('专题召开3次党委会议研究部署年度法治建设工作。')).toEqual([['leadership.meetings', 3]]);
    // a meeting on other work is none
    expect(extract('专题召开3次党委会议研究部署防汛工作。')).toEqual([]);
  });
});

describe('wordings of the catalog’s keys', () => {
  it('reads a training of the enforcement officers named before its topic as theirs', () => {
    expect(extract('开展中心组学习5次、行政执法人员专题培训3次，学习行政处罚法等法律。')).toContainEqual([
      'enforcement.trainings',
      3,
    ]);
  });

  it('reads a 法律讲座 for the cadres as a law lecture', () => {
    expect(extract('领导干部带头学法，全年开展征地拆迁领域法律讲座3次。')).toEqual([['study.lectures', 3]]);
  });

  it('reads legality reviews counted as occasions', () => {
    expect(extract('严格决策程序，全年组织重大决策合法性审查9次。')).toEqual([
      ['decision.legality_reviews', 9],
    ]);
  });
});
