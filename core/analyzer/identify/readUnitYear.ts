import { analyzeText } from '../analyzeText';

/** What the identify tests assert of a whole report: its unit, level and year, as analyzeText reads them. */
export function readUnitYear(text: string) {
  const r = analyzeText(text);
  return [r.unit, r.level, r.report_year];
}
