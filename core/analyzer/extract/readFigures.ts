import { normalize } from '../normalize/normalize';
import { extractIndicators } from './extractIndicators';

/**
 * The figures the extractor reads from a sentence written for a test, as [key, value] pairs:
 * the one reader the extraction tests share, so that each says only what it expects.
 */
export function readFigures(s: string, reportYear: number | null = 2025): [string, number][] {
  return extractIndicators(normalize(s).text, { reportYear, excluded: () => false }).map((i) => [
    i.key,
    i.value,
  ]);
}
