import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';

/**
 * Sentence structures met in the figures7 study set (real reports not read before): who a study
 * count is of, a list of people who sat an exam, the people noun before what they did, the topic
 * a study count names. Every sentence is written for this test; the places are invented.
 */
describe('the staff’s study beside the leadership’s', () => {
  it('keeps the central group’s law study when the next count is the whole staff’s', () => {
    expect(extract('全年开展党委理论学习中心组集体学法6次，干部职工集体学法9次。')).toEqual([
      ['study.central_group_sessions', 6],
      ['study.cadre_trainings', 9],
    ]);
    // two counts of the leadership's own study still leave the figure unsaid
    expect(extract('全年开展党委理论学习中心组学法6次，班子集体学法9次。')).toEqual([]);
  });
});

describe('a list of the people who sat an exam', () => {
  it('reads the cadres of several groups who sat a law exam', () => {
    expect(extract('组织全镇98名机关干部、村（社区）干部参加法治理论考试。')).toEqual([
      ['study.exam_takers', 98],
    ]);
    expect(extract('组织全乡64名在编干部和村干部参加学法考试。')).toEqual([['study.exam_takers', 64]]);
  });
});

describe('the people named before what they did', () => {
  it('reads the training past a long people noun', () => {
    expect(extract('组织全区812名行政执法人员参加学习培训。')).toEqual([
      ['enforcement.training_attendance', 812],
    ]);
    expect(extract('组织812名行政执法人员开展学习培训。')).toEqual([
      ['enforcement.training_attendance', 812],
    ]);
  });

  it('reads no noun of the figure before as what the next figure counts', () => {
    expect(extract('组织全区35个行政执法部门812名行政执法人员参加学习培训。')).toEqual([
      ['enforcement.training_attendance', 812],
    ]);
  });
});

describe('what a study count is of', () => {
  it('reads no law study in a clause that names another topic and no law', () => {
    expect(extract('举办法治能力提升培训班，镇党委围绕学习教育开展理论中心组学习18次。')).toEqual([]);
    expect(extract('镇党委围绕宪法和民法典开展理论中心组学习18次。')).toEqual([
      ['study.central_group_sessions', 18],
    ]);
  });

  it('reads the many bodies before a list as the subject of its later items', () => {
    expect(
      extract('将法治课程纳入干部教育培训，覆盖各级党委（党组）理论学习中心组70余场、干部教育培训120余场。'),
    ).toEqual([]);
  });
});
