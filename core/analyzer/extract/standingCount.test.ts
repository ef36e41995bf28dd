import { describe, expect, it } from 'vitest';
import { readFigures as extract } from './readFigures';

/**
 * A count of people the unit has against one of what was done with them (standingCount.ts,
 * IndicatorDef.standing). Every sentence is written for the test.
 */
describe('standing counts and activity counts of people', () => {
  it('reads the legal aides the unit has as its roster, not as people trained', () => {
    expect(extract('全镇共有法律明白人46名，覆盖全部行政村。')).toEqual([['dispute.legal_aides', 46]]);
    expect(extract('全镇法律明白人58名，均已登记在册。')).toEqual([['dispute.legal_aides', 58]]);
  });

  it('reads no activity figure from staff in post or people on a list', () => {
    expect(extract('组织干部参加法治培训，全镇在岗干部52名。')).toEqual([]);
    expect(extract('群众来访中，现有重点信访人员5名。')).toEqual([]);
  });

  it('keeps the counts of what was done with the people', () => {
    expect(extract('培训法律明白人120人次。')).toEqual([['dispute.legal_aides_trained', 120]]);
    expect(extract('开展法治培训2次，12名村干部参训。')).toEqual([
      ['study.cadre_trainings', 2],
      ['study.training_attendance', 12],
    ]);
    expect(extract('组织现有执法人员18名参加执法培训。')).toEqual([['enforcement.training_attendance', 18]]);
    expect(extract('开展普法活动12场，受众2000人次。')).toEqual([
      ['publicity.events', 12],
      ['publicity.audience', 2000],
    ]);
  });
});
