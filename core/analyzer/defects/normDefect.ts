import type { DefectConfidence, DefectKind } from '../types';

/** A defect located in the normalised text; mapped back to the input at the end. */
export interface NormDefect {
  kind: DefectKind;
  message: string;
  /** null for defects about something absent (a missing part) */
  span: { start: number; end: number } | null;
  /** how sure the check is; findDefects fills in a default per kind when absent */
  confidence?: DefectConfidence;
}

export function at(
  kind: DefectKind,
  start: number,
  end: number,
  message: string,
  confidence?: DefectConfidence,
): NormDefect {
  return confidence
    ? { kind, message, span: { start, end }, confidence }
    : { kind, message, span: { start, end } };
}
