import { describe, expect, it } from 'vitest';
import { nounAfter } from './countedNoun';
import { readFigures as extract } from './readFigures';

/**
 * The noun after a figure's measure word names what it counts (countedNoun.ts, the catalog's
 * `counts`). Every sentence is written for the test.
 */
describe('the noun after the measure word', () => {
  it('reads no decision count from the villages a lawyer’s service covered', () => {
    expect(
      extract('聘请律师担任法律顾问，参与重大决策及涉法事务，对全镇12个嘎查村、2个社区法律顾问服务全覆盖。'),
    ).toEqual([]);
  });

  it('reads no window count from a service centre the unit built', () => {
    expect(extract('优化政务服务窗口布局，建有1个便民服务中心、7个村级服务站。')).toEqual([]);
    // windows named after their own figure stay
    expect(extract('设立4个便民服务窗口。')).toEqual([['service.windows', 4]]);
  });

  it('leaves a figure whose noun is the key’s thing, or whose words say what it did', () => {
    expect(extract('新建人民调解委员会3个。')).toEqual([['dispute.mediation_committees', 3]]);
    expect(extract('举办9场法治讲座。')).toEqual([['study.lectures', 9]]);
    expect(extract('开展普法宣传活动6场次进村入户。')).toEqual([['publicity.events', 6]]);
    expect(extract('发放宣传资料2000余份，走访3个企业。')).toEqual([['publicity.materials', 2000]]);
  });

  it('reads no session figure of another activity than the key’s a cue before it names', () => {
    expect(extract('深化普法宣传教育，全年组织4次法律知识测试。')).toEqual([]);
    expect(extract('加强干部法治培训，组织2次知识竞赛。')).toEqual([]);
    expect(extract('全年开展执法检查，开展3次消防演练。')).toEqual([]);
    // the key's own activity named after the count stays
    expect(extract('全年召开2次党委会议研究法治建设工作。')).toEqual([['leadership.meetings', 2]]);
    expect(extract('举办4期执法人员培训班。')).toEqual([['enforcement.trainings', 4]]);
  });

  it('reads a head count as the key’s only when its people are the ones the key counts', () => {
    // the leaders who received visitors are no visitors; the visitors after them are
    expect(extract('落实领导接访日制度，8名班子成员轮流接待来访群众96人次。')).toEqual([
      ['petition.visitors', 96],
    ]);
    // officers passing their certification are no cadres passing a law-study exam
    expect(extract('学法考试中，21名执法人员全部通过考核。')).toEqual([]);
    expect(extract('学法考试中，21名干部全部通过考核。')).toEqual([['study.exam_passed', 21]]);
    // a noun joined after the head still belongs to its phrase
    expect(extract('全年召开4次班子成员会议研究法治建设。')).toEqual([['leadership.meetings', 4]]);
  });

  it('reads a noun of people after a count of things as the next clause, run on with no comma', () => {
    // 份 counts no 法律明白人 or 律师: the figure stays the key's
    expect(extract('印发普法折页900余份法律明白人逐户讲解政策。')).toEqual([['publicity.materials', 900]]);
    expect(extract('全年发放宣传手册650册律师随队解答疑问。')).toEqual([['publicity.materials', 650]]);
    // a count of people in their own measure word still says who they are
    expect(extract('学法考试中，21名执法人员全部通过考核。')).toEqual([]);
  });

  it('reads a head count written with no measure word before its people', () => {
    expect(extract('组织学法考试，我镇47公职人员全部参加考试。')).toEqual([['study.exam_takers', 47]]);
    // a year before a noun is no head count
    expect(extract('2025干部学法考试顺利举行。')).toEqual([]);
  });

  it('reads the noun right before a count of things the same way', () => {
    // opinions a review wrote are no count of reviews
    expect(extract('组织开展合法性审查工作，出具法律审查意见13件。')).toEqual([]);
    expect(extract('开展重大行政决策合法性审查5件。')).toEqual([['decision.legality_reviews', 5]]);
    // a one-character noun ends a compound whose thing an earlier word names
    expect(extract('全年审查各类合同文书26份。')).toEqual([['decision.contracts_reviewed', 26]]);
  });

  it('finds the head noun behind a qualifier, and none behind a verb', () => {
    expect(nounAfter('1个便民服务中心，', 2)?.head).toBe('中心');
    expect(nounAfter('16个嘎查村、', 3)?.head).toBe('嘎查');
    expect(nounAfter('30余次深入各村开展', 4)).toBeNull();
    expect(nounAfter('12次，', 3)).toBeNull();
    // the noun phrase ends where the clause goes on with what the people did
    expect(nounAfter('8名班子成员轮流接待来访群众', 2)?.phrase).toBe('班子成员');
  });
});
