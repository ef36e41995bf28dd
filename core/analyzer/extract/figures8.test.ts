import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';
import { reviewedAfter, reviewTotal } from './reviewCounts';

/**
 * Sentence structures met in the figures8 study set (real reports of 2021, 2023 and 2025 not
 * read before): what a legality review counted, a law part that is itself a mix, the places a
 * campaign went into, a staff study rule, a central group counted beside the 第一议题, the
 * documents a review writes. Every sentence is written for this test; the places are invented.
 */
describe('legality reviews: the things reviewed decide the key', () => {
  it('reads a count followed by the things reviewed and the review', () => {
    expect(extract('全年共对12项重大决策事项进行了合法性审查和风险评估。')).toEqual([
      ['decision.legality_reviews', 12],
    ]);
    expect(extract('2023年，镇司法所对27份合同进行合法性审核，提出修改意见。')).toEqual([
      ['decision.contracts_reviewed', 27],
    ]);
    // documents filed with the county are no review the unit made
    expect(reviewedAfter('份文件报送备案审查')).toBeNull();
    // a count of villages whose rules were reviewed counts villages
    expect(reviewedAfter('个村的村规民约进行合法性审查')).toBeNull();
  });

  it('reads a review count over things of several kinds as the reviews’ total', () => {
    expect(extract('全年审核各类合同协议和规范性文件合计58份。')).toEqual([
      ['decision.legality_reviews', 58],
    ]);
    expect(extract('审查各类文件、合同共39件。')).toEqual([['decision.legality_reviews', 39]]);
    // one kind stays its own key
    expect(extract('审查行政合同41个。')).toEqual([['decision.contracts_reviewed', 41]]);
    expect(reviewTotal('审查行政合同')).toBe(false);
  });

  it('reads the opinion documents a review writes as no review count', () => {
    expect(extract('全年共出具合法性审查意见书9份。')).toEqual([]);
  });
});

describe('a law part that is itself a mix', () => {
  it('reads neither the whole nor a next item joining the key’s study with trainings', () => {
    expect(
      extract(
        '依托书记讲坛、党委中心组学习等载体开展学习，全年举办书记讲坛6次，开展中心组理论学习和各类法治培训7次，班子成员撰写心得。',
      ),
    ).toEqual([]);
    // a next item of law study alone is still the key's
    expect(extract('全年开展党委中心组专题学习18次、专题法治学习7次，提升法治思维。')).toEqual([
      ['study.central_group_sessions', 7],
    ]);
  });
});

describe('the places a campaign went into', () => {
  it('reads a 进X list as places, not several kinds counted', () => {
    expect(extract('开展法治宣传进机关、进农村、进企业、进校园活动15场次，发放宣传资料2600余份。')).toEqual([
      ['publicity.events', 15],
      ['publicity.materials', 2600],
    ]);
  });
});

describe('a staff study rule names its count', () => {
  it('reads a bare 学法 count after the staff’s 学法制度 as cadre trainings', () => {
    expect(extract('建立机关工作人员学法制度，全年共组织学法7次。')).toEqual([['study.cadre_trainings', 7]]);
  });
});

describe('the central group beside the 第一议题', () => {
  it('reads a central-group count naming no law, listed with the 第一议题 sessions, as political study', () => {
    expect(extract('坚持学习习近平法治思想，全年开展“第一议题”学习48期，组织中心组学习15期。')).toEqual([]);
    // a central-group count naming law there stays
    expect(extract('坚持学习习近平法治思想，全年开展“第一议题”48期，组织中心组学法15期。')).toEqual([
      ['study.central_group_sessions', 15],
    ]);
  });
});

describe('the cadres a training reached', () => {
  it('reads the law backbone people a training covered as its attendance', () => {
    expect(extract('开展镇级法治培训5场，覆盖130余名基层法治骨干。')).toEqual([
      ['study.cadre_trainings', 5],
      ['study.training_attendance', 130],
    ]);
  });
});

describe('another body’s count', () => {
  it('reads a training a county body organised as that body’s event', () => {
    expect(extract('组织机关干部参加区委依法治区办组织的法治培训4次。')).toEqual([]);
    // the unit's own training, attended by its cadres, stays
    expect(extract('组织镇村干部参加镇党委组织的法治培训4次。')).toEqual([['study.cadre_trainings', 4]]);
  });

  it('reads inspections a higher body made of the unit as no inspection count', () => {
    expect(extract('区普法办来镇督导检查法治建设工作3次。')).toEqual([]);
    expect(extract('全年接受上级执法检查5次。')).toEqual([]);
    expect(extract('全年开展执法检查26次。')).toEqual([['enforcement.inspections', 26]]);
  });

  it('reads a county bureau’s or a court’s work as no figure of the unit', () => {
    expect(extract('区城管局在辖区开展执法检查18次。')).toEqual([]);
    expect(extract('镇人民法庭审结行政案件6件。')).toEqual([]);
    // a bureau's lawyer lecturing the unit's cadres holds the unit's lecture
    expect(extract('县司法局律师为镇机关干部讲授法治专题讲座3场。')).toEqual([['study.lectures', 3]]);
  });
});

describe('a total over many years', () => {
  it('reads a count since years past as no figure of the report year', () => {
    expect(extract('历年来累计调处矛盾纠纷900余件。')).toEqual([]);
    expect(extract('多年来共培训法律明白人500余人次。')).toEqual([]);
  });
});
