import type { CopyOptions } from './batch';
import { normalise } from './normaliseText';
import { GRAM, gramHashes } from './winnowing';

/**
 * The county's memory of every report it has received keeps a few fingerprints per
 * report, not all of them: findCopies' winnowing (window 6) selects about 2 grams in 7,
 * some 2,800 for a report of 10,000 characters, which stored one row each would cost
 * hundreds of kilobytes per report. The memory winnows the same 24-character grams over
 * a much wider window, so that
 * - a report keeps about 2/(MEMORY_WINDOW+1) of its grams: some 90 for 10,000
 *   characters. The GIN index costs some 38 bytes a fingerprint as it grows by inserts,
 *   so 90 fingerprints and the row come to about 4 KB a report (bench/copy-memory.ts;
 *   the budget of issue 12 is 5 KB; a window of 160 measured 4.9 KB);
 * - the guarantee stays deterministic (Schleimer, Wilkerson & Aiken 2003): two reports
 *   sharing an exact run of MEMORY_GUARANTEE normalised characters or more share a
 *   memory fingerprint, wherever the run sits. Shorter copied runs are found by chance
 *   only; a report copied from another shares many runs, so the pair is found.
 * The memory only nominates candidate reports; their passages are then verified by
 * findCopies on the full texts, so the memory's coarseness never decides what a copy is.
 */
export const MEMORY_WINDOW = 200;
export const MEMORY_GUARANTEE = MEMORY_WINDOW + GRAM - 1;

/**
 * findCopies' options when new reports are verified against the candidates the memory
 * chose: no fingerprint is common wording and every shared one is evidence (shares above
 * 1 put both limits beyond the batch). findCopies decides common wording by how many
 * reports of the batch carry a fingerprint, which in these few reports says nothing:
 * with a report, two townships' copies of it and a third copy being checked, every
 * fingerprint of the copied text is in all four and nothing would be found. The memory
 * left the county's stock wording out when choosing the candidates; a stock sentence
 * inside a copied passage is counted with it, as in a batch of two.
 */
export const MEMORY_VERIFY: CopyOptions = { commonShare: 1.01, rareShare: 1.01 };

/**
 * A report's memory fingerprints: the distinct window minima of its gram hashes (the
 * same hashes findCopies winnows), as signed 32-bit integers (PostgreSQL's int4), sorted.
 */
export function memoryFingerprints(text: string, window = MEMORY_WINDOW): Int32Array {
  const { chars, length } = normalise(text, false);
  const grams = new Int32Array(length + 1);
  const count = gramHashes(chars, length, grams);
  const picked: number[] = [];
  let minPos = -1;
  let minVal = 0;
  let last = -1;
  for (let q = 0; q < count; q++) {
    const gh = grams[q] as number;
    if (minPos < 0 || gh <= minVal) {
      minVal = gh;
      minPos = q;
    } else if (minPos <= q - window) {
      // The minimum left the window: look for the new one among the window's grams.
      minVal = gh;
      minPos = q;
      for (let k = q - 1; k > q - window; k--) {
        const v = grams[k] as number;
        if (v < minVal) {
          minVal = v;
          minPos = k;
        }
      }
    }
    if ((q >= window - 1 || q === count - 1) && minPos !== last) {
      last = minPos;
      picked.push(minVal);
    }
  }
  const out = Int32Array.from(new Set(picked));
  out.sort();
  return out;
}
