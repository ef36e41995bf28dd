import { parseChineseInteger } from '../extract/numbers';
import { matchesNear } from '../scan';
import type { Paragraph } from '../spans';
import type { Heading } from '../types';

/**
 * The heading tree of GB/T 9704 (一、→（一）→1.→（1）) and the inline 一是/二是 lists that
 * township reports use in place of lower levels.
 */

const LEVELS: { level: Heading['level']; re: RegExp; chinese: boolean }[] = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})、/, chinese: true },
  { level: 2, re: /^（([一二三四五六七八九十]{1,3})）/, chinese: true },
  { level: 3, re: /^(\d{1,2})[.、](?!\d)/, chinese: false },
  { level: 4, re: /^（(\d{1,2})）/, chinese: false },
];

export interface InlineItem {
  number: number;
  start: number;
  end: number;
}

function headingText(p: Paragraph): { text: string; end: number } {
  const stop = p.text.search(/[。！？]/);
  const len = stop < 0 ? p.text.length : stop;
  const cut = Math.min(len, 80);
  return { text: p.text.slice(0, cut), end: p.start + cut };
}

const CHINESE_DIGITS = [...'一二三四五六七八九十'].map((d) => d.charCodeAt(0));
/**
 * Whether a paragraph can open with a heading number: each LEVELS pattern begins with a
 * Chinese numeral, （ or a digit. Most paragraphs are turned away here, not by four patterns.
 */
function mayOpenHeading(c: number): boolean {
  return c === 0xff08 /* （ */ || (c >= 0x30 && c <= 0x39) || CHINESE_DIGITS.includes(c);
}

export function readHeadings(paras: readonly Paragraph[]): Heading[] {
  const out: Heading[] = [];
  for (const p of paras) {
    if (!mayOpenHeading(p.text.charCodeAt(0))) continue;
    for (const { level, re, chinese } of LEVELS) {
      const m = re.exec(p.text);
      if (!m) continue;
      const raw = m[1] ?? '';
      const number = chinese ? parseChineseInteger(raw) : Number(raw);
      if (number === null || number <= 0) break;
      const { text, end } = headingText(p);
      out.push({ level, number, text, start: p.start, end });
      break;
    }
  }
  return out;
}

const INLINE = /(^|[。；：，\n])([一二三四五六七八九十]{1,2})是(?![否非])/g;

/** 一是…二是… items; a list restarts after every heading. */
export function readInlineItems(text: string): InlineItem[] {
  const out: InlineItem[] = [];
  for (const m of matchesNear(text, INLINE, '是', 1, 3)) {
    const n = parseChineseInteger(m[2] ?? '');
    if (n === null) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    out.push({ number: n, start, end: start + (m[2] ?? '').length + 1 });
  }
  return out;
}
