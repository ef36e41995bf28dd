import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';
import { anotherLeadershipStudy } from './sharedCounts';

/**
 * Counts no one key holds (several activities, channels or bodies together), the heads' own
 * talks, lessons and list entries, and the wordings that name an activity or a public
 * audience. Conventions of shared/corpus/dev/README.md met in the reader3 study set; every
 * sentence is written for this test and the places are invented.
 */
describe('one count for several things', () => {
  it('reads no lecture figure when another activity is joined before the lectures by 和', () => {
    expect(extract('全年青禾园区共组织各类普法宣传和法治讲座9次，面向企业职工。')).toEqual([]);
    // a topic before 和 names no activity: the count stays the key's
    expect(extract('青禾镇开展宪法和民法典宣传活动6场。')).toEqual([['publicity.events', 6]]);
  });

  it('reads no training attendance for the people of two activities listed before them', () => {
    expect(extract('全年开展专题学法8次、法治讲座3场，参与学习人数400余人次。')).toEqual([
      ['study.lectures', 3],
    ]);
    // a training count in a clause of its own keeps its attendance
    expect(extract('县委理论学习中心组学法5次，全年举办法治培训9期，培训1200余人次。')).toContainEqual([
      'study.training_attendance',
      1200,
    ]);
  });

  it('reads no petition or hotline count for cases of both channels', () => {
    expect(extract('联动12345热线及信访平台，全年跟进处理群众反映案件40余件。')).toEqual([]);
  });

  it('leaves the central group figure unsaid when the sentence gives several counts of the leadership study', () => {
    expect(
      extract('全年召开党委会专题学法4次，参加中心组学习会12次，按照学法计划集体学法20次，提升法律素养。'),
    ).toEqual([]);
    // a whole and its law part alone still give the part
    expect(extract('全年开展党委中心组专题学习15次、专题法治学习9次，提升法治思维。')).toEqual([
      ['study.central_group_sessions', 9],
    ]);
  });

  it('reads no figure of a count closing a 、-list of several kinds ended by 等', () => {
    expect(
      extract('通过举办法治宣讲、张贴宣传海报、设置咨询台等20余场次，营造法治氛围。'),
    ).not.toContainEqual(['publicity.lectures', 20]);
  });
});

describe('not the unit’s own figure', () => {
  it('reads the heads’ own talks as no lecture', () => {
    expect(
      extract('镇党政主要负责人认真履行第一责任人职责，全年带头为村民讲法治课3次，牵头开展普法宣讲2场次。'),
    ).toEqual([]);
    // lectures the unit held stay
    expect(extract('全年为群众举办法治讲座5场。')).toEqual([['publicity.lectures', 5]]);
  });

  it('reads lessons of a course as no training', () => {
    expect(extract('组织依法行政培训班，党校主体班讲授习近平法治思想11堂次。')).not.toContainEqual([
      'study.cadre_trainings',
      11,
    ]);
  });

  it('reads entries of a list of matters counted before their noun as no matters handled', () => {
    expect(extract('全县1960项政务服务事项中，1900项纳入政务服务中心一体化管理。')).toEqual([]);
  });
});

describe('one body’s study, an activity, a public audience', () => {
  it('reads law study at the leadership’s own meetings as the central group’s', () => {
    expect(extract('注重领导班子学法，全年领导班子会议学法7次。')).toEqual([
      ['study.central_group_sessions', 7],
    ]);
  });

  it('reads a 法治宣讲活动 count as publicity events', () => {
    expect(extract('2025年，共走村入户开展法治宣讲活动60余场次。')).toEqual([['publicity.events', 60]]);
  });

  it('reads a talk in the fields with an audience as a lecture to the public', () => {
    expect(extract('组织法律顾问在田间院坝开展宣讲20场，用方言解读法律，受众达1500余人次。')).toEqual([
      ['publicity.lectures', 20],
      ['publicity.audience', 1500],
    ]);
  });
});

describe('meetings of many matters', () => {
  it('reads no law meeting count when the meetings studied law among other matters', () => {
    expect(extract('全年召开党委会议30次，研究法治建设等议题100余项。')).toEqual([]);
    // meetings that studied law work alone stay
    expect(extract('全年召开领导小组会议3次，专题研究法治建设中的难点问题。')).toEqual([
      ['leadership.meetings', 3],
    ]);
  });
});

describe('one group of a list', () => {
  it('reads no attendance for the first of several groups a training covered', () => {
    expect(
      extract('邀请律师以案释法培训2次，实现全镇60余名机关干部、12个村“两委”成员法治培训全覆盖。'),
    ).toEqual([['study.lectures', 2]]);
  });
});

describe('anotherLeadershipStudy called again and again (its pattern is global)', () => {
  it('answers each call alone, whatever the call before returned', () => {
    const yes = '党委会专题学法3次，带头集体学法23次';
    const no = '干部职工集体学法8次';
    for (let k = 0; k < 3; k++) {
      expect(anotherLeadershipStudy(yes)).toBe(true);
      expect(anotherLeadershipStudy(yes)).toBe(true);
      expect(anotherLeadershipStudy(no)).toBe(false);
    }
  });
});

describe('a second law-study count with no subject right after the central group’s', () => {
  it('leaves the central group’s figure unsaid (several 学法 counts for one body)', () => {
    expect(extract('青禾镇党委理论学习中心组集中学法4次、专题学法6次。')).toEqual([]);
    expect(extract('全年召开党委理论学习中心组学法会议5次，开展专题法治学习3次。')).toEqual([]);
  });
  it('keeps it when 其中 marks it as the whole, or the next count has a subject of its own', () => {
    expect(extract('青禾镇党委中心组学法8次，其中专题学法4次。')).toEqual([
      ['study.central_group_sessions', 8],
    ]);
    expect(extract('青禾镇党委中心组学法7次，组织干部职工集中学法8次。')).toContainEqual([
      'study.central_group_sessions',
      7,
    ]);
  });
});
