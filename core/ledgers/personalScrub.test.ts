import { describe, expect, it } from 'vitest';
import { scrubPersonalNumbers } from './personal';

const HIDDEN = '（已隐去）';

describe('scrubPersonalNumbers', () => {
  it.each([
    ['mobile', '13812345678'],
    ['mobile in groups', '138 1234 5678'],
    ['mobile with hyphens', '138-1234-5678'],
    ['+86 and spaces', '+86 138 1234 5678'],
    ['+86 run together', '+8613812345678'],
    ['0086 prefix', '0086-13812345678'],
    ['full-width mobile', '１３８１２３４５６７８'],
    ['full-width in groups', '１３８ １２３４ ５６７８'],
    ['ideographic spaces', '138\u30001234\u30005678'],
    ['ID number', '430121198501011234'],
    ['ID in groups', '430121 19850101 1234'],
    ['ID in fours', '4301 2119 8501 0112 34'],
    ['ID with X', '43012119850101123X'],
    ['ID with lowercase x', '43012119850101123x'],
    ['full-width ID', '４３０１２１１９８５０１０１１２３４'],
    ['old 15-digit ID', '430121850101123'],
    ['landline', '0731-84561234'],
    ['landline, bracketed area code', '(0731)84561234'],
    ['full-width landline', '０７３１－８４５６１２３４'],
  ])('hides a %s', (_, number) => {
    const out = scrubPersonalNumbers(`当事人联系电话${number}，已告知。`);
    expect(out).toBe(`当事人联系电话${HIDDEN}，已告知。`);
  });

  it.each([
    ['an amount', '处罚款2000元，于2026-10-19缴清。'],
    ['a document number', '桃执罚〔2026〕12号'],
    ['a date', '2026年10月19日作出决定'],
    ['a sum with a separator', '罚没款合计20,000元'],
    ['a short case number', '第3-12号案卷'],
  ])('leaves %s alone', (_, text) => {
    expect(scrubPersonalNumbers(text)).toBe(text);
  });
});
