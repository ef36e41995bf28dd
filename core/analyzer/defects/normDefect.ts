import type { DefectKind } from '../types';

/** A defect located in the normalised text; mapped back to the input at the end. */
export interface NormDefect {
  kind: DefectKind;
  message: string;
  /** null for defects about something absent (a missing part) */
  span: { start: number; end: number } | null;
}

export function at(kind: DefectKind, start: number, end: number, message: string): NormDefect {
  return { kind, message, span: { start, end } };
}
