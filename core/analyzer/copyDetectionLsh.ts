import { BANDS, type WindowIndex } from './copyDetectionMinHash';

/**
 * A bucket with more windows than this is common phrasing (it also caught repeated
 * wording inside a few reports); pairing its windows would be quadratic. A passage
 * copied into more than this many reports is, for our purpose, boilerplate too.
 */
const MAX_BUCKET = 64;

/**
 * LSH banding: windows whose signatures agree on all rows of some band land in the
 * same bucket and become candidate pairs. A bucket holding windows of `cutoff` or
 * more reports is shared wording, not copying, and is skipped whole.
 * Returns window pairs grouped by report pair (key = lower doc × docCount + higher doc),
 * flattened as [windowOfLowerDoc, windowOfHigherDoc, …], without duplicates.
 */
export function lshCandidates(index: WindowIndex, docCount: number, cutoff: number): Map<number, number[]> {
  const n = index.doc.length;
  const docOf = index.doc.data;
  let size = 1024;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Uint32Array(size);
  const head = new Int32Array(size);
  const next = new Int32Array(n);
  const seen = new Set<number>();
  const out = new Map<number, number[]>();

  for (let band = 0; band < BANDS; band++) {
    const keys = index.bandKeys[band]?.data;
    if (!keys) continue;
    head.fill(-1);
    for (let w = 0; w < n; w++) {
      const key = keys[w] ?? 0;
      let s = key & mask;
      while (head[s] !== -1 && slotKey[s] !== key) s = (s + 1) & mask;
      slotKey[s] = key;
      next[w] = head[s] ?? -1;
      head[s] = w;
    }
    for (let s = 0; s < size; s++) {
      const first = head[s] ?? -1;
      if (first === -1 || next[first] === -1) continue;
      const bucket: number[] = [];
      let docs = 0;
      let lastDoc = -1;
      for (let w = first; w !== -1 && bucket.length <= MAX_BUCKET; w = next[w] ?? -1) {
        bucket.push(w);
        // Windows were inserted report by report, so one report's windows are adjacent in the chain.
        if (docOf[w] !== lastDoc) {
          docs++;
          lastDoc = docOf[w] ?? -1;
        }
      }
      if (docs < 2 || docs >= cutoff || bucket.length > MAX_BUCKET) continue;
      emitPairs(bucket, docOf, docCount, n, seen, out);
    }
  }
  return out;
}

function emitPairs(
  bucket: number[],
  docOf: Uint32Array,
  docCount: number,
  windowCount: number,
  seen: Set<number>,
  out: Map<number, number[]>,
): void {
  for (let x = 0; x < bucket.length; x++) {
    for (let y = x + 1; y < bucket.length; y++) {
      let wa = bucket[x] ?? 0;
      let wb = bucket[y] ?? 0;
      let da = docOf[wa] ?? 0;
      let db = docOf[wb] ?? 0;
      if (da === db) continue;
      if (da > db) {
        [wa, wb, da, db] = [wb, wa, db, da];
      }
      const pairId = wa * windowCount + wb;
      if (seen.has(pairId)) continue;
      seen.add(pairId);
      const key = da * docCount + db;
      const list = out.get(key);
      if (list) list.push(wa, wb);
      else out.set(key, [wa, wb]);
    }
  }
}
