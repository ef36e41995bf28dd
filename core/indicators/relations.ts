/**
 * Consistency rules between keys: a rate is its numerator over its denominator, and a
 * part never exceeds its whole. Checked on generated and imported reports alike.
 */

export interface PartWhole {
  part: string;
  whole: string;
}

export const PART_WHOLE: readonly PartWhole[] = [
  { part: 'dispute.resolved', whole: 'dispute.handled' },
  { part: 'petition.closed', whole: 'petition.cases' },
  { part: 'study.exam_passed', whole: 'study.exam_takers' },
  { part: 'supervision.litigation_lost', whole: 'supervision.litigation_cases' },
];

/** Rates never leave 0–100. */
export const RATE_RANGE = { min: 0, max: 100 } as const;
