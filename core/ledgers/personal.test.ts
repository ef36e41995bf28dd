import { describe, expect, it } from 'vitest';
import {
  isCreditCode,
  isIdNumber,
  isPhone,
  MASKERS,
  maskAddress,
  maskIdNumber,
  maskName,
  maskPhone,
} from './personal';

/** GB 11643-1999, computed here independently: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11. */
function idNumber(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return first17 + (c === 10 ? 'X' : String(c));
}

/** GB 32100-2015: 31 characters (no I O S V Z), weights 3^i mod 31, check (31 - sum mod 31) mod 31. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function creditCode(first17: string): string {
  let sum = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    sum += CODE_CHARS.indexOf(first17[i] as string) * w;
    w = (w * 3) % 31;
  }
  return first17 + CODE_CHARS[(31 - (sum % 31)) % 31];
}

describe('isIdNumber', () => {
  const valid = idNumber('43999919800315002');

  it.each<[string, string, boolean]>([
    ['computed check digit', valid, true],
    ['wrong check digit', valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'), false],
    ['17 digits', valid.slice(0, 17), false],
    ['19 digits', `${valid}1`, false],
    ['letters inside', `4399991980031500${'A'}${valid[17]}`, false],
    ['lower-case x is left to the caller (validate upper-cases)', 'x'.padStart(18, '1'), false],
    ['born 1899', idNumber('43999918991231001'), false],
    ['born on 2月30日', idNumber('43999920000230001'), false],
    ['born on 2月29日 of a leap year', idNumber('43999920000229001'), true],
    ['born on 2月29日 of a common year', idNumber('43999920010229001'), false],
    ['month 13', idNumber('43999920001301001'), false],
    ['day 00', idNumber('43999920000100001'), false],
  ])('%s', (_name, id, expected) => {
    expect(isIdNumber(id)).toBe(expected);
  });

  it('accepts a computed check digit of X', () => {
    let id = '';
    for (let seq = 100; !id.endsWith('X'); seq++) id = idNumber(`43999919900101${seq}`);
    expect(isIdNumber(id)).toBe(true);
    expect(isIdNumber(id.toLowerCase())).toBe(false);
  });
});

describe('isPhone', () => {
  it.each<[string, boolean]>([
    ['13800001234', true],
    ['19912345678', true],
    ['12800001234', false], // no 12x mobile numbers
    ['1380000123', false],
    ['138000012345', false],
    ['0731-84123456', true],
    ['073184123456', true],
    ['010-6512345', true],
    ['84123456', false], // a landline needs its area code
    ['+8613800001234', false],
  ])('%s → %s', (v, expected) => {
    expect(isPhone(v)).toBe(expected);
  });
});

describe('isCreditCode', () => {
  const computed = creditCode('91439999MA0000001');

  it.each<[string, string, boolean]>([
    ['computed check character', computed, true],
    ['a published example', '91350100M000100Y43', true],
    ['wrong check character', '91350100M000100Y44', false],
    ['one body character changed', `92${computed.slice(2)}`, false],
    ['contains I', `${computed.slice(0, 10)}I${computed.slice(11)}`, false],
    ['contains O', `${computed.slice(0, 10)}O${computed.slice(11)}`, false],
    ['17 characters', computed.slice(0, 17), false],
    ['letters in the region code', `91AB9999${computed.slice(8)}`, false],
  ])('%s', (_name, v, expected) => {
    expect(isCreditCode(v)).toBe(expected);
  });

  it('a check value of 0 is written 0, not a 32nd character', () => {
    let code = '';
    for (let n = 0; !code.endsWith('0'); n++) code = creditCode(`91439999MA${String(n).padStart(7, '0')}`);
    expect(isCreditCode(code)).toBe(true);
  });
});

describe('masking', () => {
  it.each<[string | null | undefined, string | null]>([
    ['张三', '张*'],
    ['李四光', '李**'],
    ['欧阳明华', '欧阳**'],
    ['司马相如', '司马**'],
    ['王', '王'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('name %j → %j', (v, expected) => {
    expect(maskName(v)).toBe(expected);
  });

  it('ID number: region and check digit stay, birth date and sequence hidden', () => {
    const id = idNumber('43999919800315002');
    const masked = maskIdNumber(id);
    expect(masked).toBe(`439999***********${id[17]}`);
    expect(masked).toHaveLength(18);
    expect(masked).not.toContain('19800315');
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskIdNumber(null)).toBeNull();
  });

  it.each<[string | null, string | null]>([
    ['13800001234', '138****1234'],
    ['138 0000 1234', '138****1234'],
    ['0731-84123456', '073****3456'],
    ['110', '***'],
    [null, null],
  ])('phone %j → %j', (v, expected) => {
    expect(maskPhone(v)).toBe(expected);
  });

  it('address: the first 6 characters (county and township) stay', () => {
    expect(maskAddress('示例县青石镇枫林村三组12号')).toBe('示例县青石镇***');
    expect(maskAddress(null)).toBeNull();
  });

  it('MASKERS map every personal format to its masker', () => {
    expect(MASKERS.name('欧阳明华')).toBe('欧阳**');
    expect(MASKERS.phone('13800001234')).toBe('138****1234');
    expect(MASKERS.id_number(idNumber('43999919800315002'))?.startsWith('439999*')).toBe(true);
    expect(MASKERS.address('示例县青石镇枫林村')).toBe('示例县青石镇***');
  });
});
