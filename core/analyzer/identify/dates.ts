import { parseChineseInteger } from '../extract/numbers';

/** A signing date on its own line: 2024年12月4日 or 二〇二四年十二月四日. */
const ARABIC = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const CHINESE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const DOTTED = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/;

export interface SigningDate {
  year: number;
  month: number;
  day: number;
  iso: string;
}

function make(y: number, m: number, d: number): SigningDate | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { year: y, month: m, day: d, iso };
}

export function readDateLine(line: string): SigningDate | null {
  const a = ARABIC.exec(line) ?? DOTTED.exec(line);
  if (a) return make(Number(a[1]), Number(a[2]), Number(a[3]));
  const c = CHINESE.exec(line);
  if (!c) return null;
  const y = parseChineseInteger(c[1] ?? '');
  const m = parseChineseInteger(c[2] ?? '');
  const d = parseChineseInteger(c[3] ?? '');
  return y === null || m === null || d === null ? null : make(y, m, d);
}
