import { type Heading, SECTION_KEYS, type SectionKey } from '../types';

/**
 * Corrections to the parts findSections() reports, for texts from the web: openings cut
 * off after a few paragraphs, and reports that fold two parts into one heading.
 */

/**
 * Below this length a text that has begun the measures but has no closing part and no signature is an excerpt, not a
 * report: the shortest complete annual report in the seeds and the dev corpus runs to
 * several thousand characters, and the statutory contents (domain rules §2) cannot be
 * covered in fewer than this. A setting, not a rule of law.
 */
export const EXCERPT_MAX_CHARS = 1500;

/** A heading that names the measures before the shortcomings: 主要举措、成效及存在的问题. */
const MEASURES_FIRST = /(举措|成效|做法|措施)[^。]*?(存在|问题|不足)/;

export function adjustParts(opts: {
  present: Record<SectionKey, boolean>;
  headings: readonly Heading[];
  truncated: boolean;
  textLength: number;
  hasSignature: boolean;
  /** characters of body text before the first heading (the opening summary) */
  openingChars: number;
}): { present: Record<SectionKey, boolean>; truncated: boolean } {
  const present = { ...opts.present };
  // A part of its own needs its own heading: a sentence inside the measures saying the
  // heads 履行第一责任人职责 is a measure, not the part on how they discharged the duty, and
  // so is a numbered item (1. 2.) under a measure; a part or sub-part (一、 （一）) is.
  present.first_responsible_person = opts.headings.some(
    (h) => h.section === 'first_responsible_person' && h.level <= 2,
  );
  const combined = opts.headings.filter(
    (h) => h.level === 1 && h.section === 'shortcomings' && MEASURES_FIRST.test(h.text),
  );
  if (combined.length > 0) {
    // The combined heading opens with the measures; the shortcomings part starts only at a
    // heading of its own.
    present.measures_and_results = true;
    present.shortcomings = opts.headings.some((h) => h.section === 'shortcomings' && !combined.includes(h));
  }
  let truncated =
    opts.truncated ||
    (opts.textLength < EXCERPT_MAX_CHARS &&
      present.measures_and_results &&
      !opts.hasSignature &&
      !present.shortcomings &&
      !present.next_year_plan);
  // A cut-off text that opens with a summary of the year's work and then a heading of
  // another part (一、…第一责任人职责情况) has begun the measures: the summary is their start.
  if (
    !present.measures_and_results &&
    (truncated || opts.textLength < EXCERPT_MAX_CHARS) &&
    opts.openingChars >= 100
  ) {
    present.measures_and_results = true;
    truncated ||= !opts.hasSignature && !present.shortcomings && !present.next_year_plan;
  }
  return { present, truncated };
}

/**
 * In a cut-off text the parts after the last one it reached were never reached: they are
 * not missing. Parts are ordered as domain rules §2 lists them.
 */
const ORDER: readonly SectionKey[] = [
  'measures_and_results',
  'shortcomings',
  'first_responsible_person',
  'next_year_plan',
];

export function unreachedParts(present: Record<SectionKey, boolean>, truncated: boolean): Set<SectionKey> {
  if (!truncated) return new Set();
  // The responsible-person part is often a sub-heading inside the measures: it says
  // nothing of how far the text went.
  let last = -1;
  ORDER.forEach((k, i) => {
    if (present[k] && k !== 'first_responsible_person') last = i;
  });
  return new Set(SECTION_KEYS.filter((k) => !present[k] && ORDER.indexOf(k) > last));
}
