import type { InlineItem } from '../structure/headings';
import { numberingBreaks } from '../structure/numbering';
import { type Heading, SECTION_KEYS, type SectionKey } from '../types';
import { DEFECT_MESSAGES, SECTION_NAMES } from './messages';
import { at, type NormDefect } from './normDefect';

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function numeral(level: Heading['level'] | 0, n: number): string {
  const cn = n <= 10 ? (CN[n] ?? String(n)) : n < 20 ? `十${CN[n - 10] ?? ''}` : String(n);
  if (level === 1) return `${cn}、`;
  if (level === 2) return `（${cn}）`;
  if (level === 3) return `${n}.`;
  if (level === 4) return `（${n}）`;
  return `${cn}是`;
}

export function findStructureDefects(
  headings: readonly Heading[],
  inline: readonly InlineItem[],
  present: Record<SectionKey, boolean>,
): NormDefect[] {
  const out: NormDefect[] = [];
  for (const k of SECTION_KEYS) {
    if (!present[k])
      out.push({
        kind: 'missing_section',
        message: DEFECT_MESSAGES.missingSection(SECTION_NAMES[k]),
        span: null,
      });
  }
  // A Map keyed by start: a linear scan per break was quadratic on multi-megabyte uploads.
  // The first heading at a start wins, as Array.find did.
  const byStart = new Map<number, Heading>();
  for (const x of headings) if (!byStart.has(x.start)) byStart.set(x.start, x);
  for (const b of numberingBreaks(headings, inline)) {
    const h = byStart.get(b.start);
    const level = h ? h.level : 0;
    const end = h ? Math.min(h.end, h.start + 20) : b.end;
    out.push(
      at(
        'numbering',
        b.start,
        end,
        DEFECT_MESSAGES.numbering(numeral(level, b.expected), numeral(level, b.found)),
      ),
    );
  }
  return out;
}
