import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';

/**
 * Figures a cue nearby does not make the key's (notTheKeys.ts). Every sentence is written for
 * the test; 青禾镇 and 云岭县 are invented.
 */
describe('rectification items', () => {
  it('reads no dispute figure from the findings of an inspection of dispute work and their fixing', () => {
    expect(
      extract('云岭县对青禾镇开展实地督察，了解矛盾纠纷排查化解情况，提出整改建议5项，完成整改4项。'),
    ).toEqual([]);
    // a count of disputes handled in the same place stays
    expect(extract('全年排查化解矛盾纠纷36件，调解成功率100%。')).toContainEqual(['dispute.handled', 36]);
  });
});

describe('another body’s events the staff attended', () => {
  it('reads no lectures and no attendance for a higher body’s lecture series the cadres joined', () => {
    expect(extract('组织干部参加自治区“法治大讲堂”专题法治讲座24期，全县干部累计参加2万余人次。')).toEqual(
      [],
    );
    expect(extract('全年组织镇村干部参加县级法治培训3批次。')).toEqual([]);
    // trainings the unit held, or joined with no organiser named, stay the unit's
    expect(extract('全年举办法治专题讲座4场。')).toEqual([['study.lectures', 4]]);
    expect(extract('组织执法人员参加执法业务培训3次。')).toEqual([['enforcement.trainings', 3]]);
  });
});

describe('a law meeting beside the committee’s meetings', () => {
  it('leaves the meeting figure unsaid when a count of the committee for rule of law stands beside it', () => {
    expect(extract('全年召开镇全面依法治镇委员会会议3次、专题党委会5次，研究法治建设重点工作。')).toEqual([]);
    expect(extract('全年召开专题党委会5次、依法治镇委员会会议3次，研究法治建设重点工作。')).toEqual([]);
    // a general meeting count beside a law meeting count leaves the law one
    expect(extract('全年召开党委会议18次、法治专题会议3次。')).toEqual([['leadership.meetings', 3]]);
    // a total over both is the figure
    expect(
      extract('全年召开依法治镇委员会会议2次、专题党委会3次，共计5次，研究法治建设工作。'),
    ).not.toContainEqual(['leadership.meetings', 3]);
  });
});
