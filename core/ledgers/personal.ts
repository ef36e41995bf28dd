import { isDayString } from '../calendar/dates';
import type { PersonalFormat } from './types';

/**
 * Formats of personal and registration numbers, and how each is masked. The one place these
 * rules live: server presenters, Excel exports and the public pages all mask through here.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 18-digit 居民身份证号 (GB 11643-1999): shape, birth date and check digit. */
export function isIdNumber(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  // the birth date must be a real day (no 2月30日), from 1900 on
  if (!isDayString(`${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] === v[17];
}

/** A mainland mobile number, or a landline with its area code (0731-84123456). */
export function isPhone(v: string): boolean {
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v);
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters with a base-31 check character. */
export function isCreditCode(v: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(v[i] as string) * (CREDIT_WEIGHTS[i] as number);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === v[17];
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Keeps the region (first 6) and the check digit; hides the birth date and sequence. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 7)}${id.slice(-1)}`;
}

/** 张三 → 张*, 欧阳明华 → 欧阳**: the family name stays, as on court and enforcement publicity. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  if (chars.length <= 1) return name;
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/** Addresses keep their first 6 characters (county and township), the rest is hidden. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const chars = [...address];
  return chars.length <= 6 ? `${chars.join('')}***` : `${chars.slice(0, 6).join('')}***`;
}

export const MASKERS: Record<PersonalFormat, (v: string) => string | null> = {
  id_number: maskIdNumber,
  phone: maskPhone,
  name: maskName,
  address: maskAddress,
};

/**
 * A stretch of text that may be a number written by hand: digits (half- or full-width), an ID's
 * closing X, and what people put between digits — spaces, hyphens and dashes, dots, brackets
 * around an area code, a leading + of +86. It must start and end with a digit or X.
 */
const NUMBERISH = /[+＋(（]?[0-9０-９](?:[0-9０-９Xx\s\u3000\-－‐–—.．()（）]*[0-9０-９Xx])?/g;

const toAsciiDigits = (s: string) =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/x/g, 'X');

/** The personal number a hand-written stretch holds, once separators and +86 are dropped; null if none. */
function personalNumberIn(stretch: string): 'id' | 'phone' | null {
  const plain = toAsciiDigits(stretch).replace(/[^0-9X]/g, '');
  if (plain.length < 7) return null;
  if (/^(\d{17}[\dX]|\d{15})$/.test(plain)) return 'id';
  const national = plain.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
  if (/^1[3-9]\d{9}$/.test(national) || /^0\d{2,3}\d{7,8}$/.test(national)) return 'phone';
  return null;
}

/**
 * Hides ID and phone numbers inside free text however they were typed: 138 1234 5678,
 * +86-138-1234-5678, full-width １３８…, (0731)84561234, an ID in groups of four. Dates, amounts
 * and document numbers are left alone: only a stretch that is wholly such a number is hidden.
 */
export function scrubPersonalNumbers(text: string, replacement = '（已隐去）'): string {
  return text.replace(NUMBERISH, (stretch) => (personalNumberIn(stretch) ? replacement : stretch));
}
