import { describe, expect, it } from 'vitest';
import { recomputedText, settingLabel } from './settingText';

describe('settingText', () => {
  it('drops the kind from the label the 台账 column already shows', () => {
    expect(settingLabel({ label: '执法案件·较大数额罚没款（个人）' })).toBe('较大数额罚没款（个人）');
    expect(settingLabel({ label: '调解期限' })).toBe('调解期限');
  });

  it('says how many deadlines were recomputed', () => {
    expect(recomputedText(12)).toBe('已重新计算12条记录的期限');
    expect(recomputedText(0)).toBe('已重新计算0条记录的期限');
  });
});
