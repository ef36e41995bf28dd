import { codeUnits } from '../codeUnits';

/**
 * One walk over a report's code units for the checks that look for fixed pairs of characters
 * (known typos, term gaps, fixed-term slips, own-vocabulary variants) and for a character
 * repeated one to four places on (doubled characters, the repeated-word scan): each of them walked the whole text
 * with its own gate before, about 10,000 positions a report and a few hundred thousand
 * instructions a walk (issue 12 round 9). Here each position's pair is gated once, against the
 * union of the checks' pair sets; the positions that pass are listed, and each check reads the
 * list and applies its own gate again (the union lets through pairs of the other checks).
 */

/** A pair of characters as a 16-bit slot: two pairs may share one (each check compares the pair itself). */
export const pairSlot = (c0: number, c1: number) => (c0 * 31 + c1) & 0xffff;

/** The union of the checks' pair slots (65,536 bits, 8 KB). */
const GATE = new Uint32Array(0x10000 >>> 5);
/** Bumped when a check adds slots, so a list made before is not reused. */
let gateVersion = 0;

/** Adds a check's slots (a 65,536-bit set by pairSlot) to the walk's gate; at module load. */
export function gatePairSlots(slots: Uint32Array): void {
  for (let w = 0; w < GATE.length; w++) GATE[w] = (GATE[w] as number) | (slots[w] as number);
  gateVersion++;
}

let list = new Int32Array(1 << 12);
let listLength = 0;
let listFor: string | null = null;
let listVersion = -1;

/** A list of positions and its length (the array is shared: read it before the next text). */
export interface Candidates {
  at: Int32Array;
  length: number;
}
const answer: Candidates = { at: list, length: 0 };

/**
 * The positions i of `text`, ascending, where the slot of the pair at i is in a check's set,
 * or the character at i is an ideograph (U+4E00–U+9FA5) met again 1, 2, 3 or 4 places on.
 */
export function pairCandidates(text: string): Candidates {
  if (text !== listFor || listVersion !== gateVersion) {
    if (list.length < text.length) list = new Int32Array(text.length * 2);
    listLength = walk(codeUnits(text), text.length, list);
    listFor = text;
    listVersion = gateVersion;
  }
  answer.at = list;
  answer.length = listLength;
  return answer;
}

/** The walk, in a function that ends with it (codeUnits.ts: V8's on-stack compiling). */
function walk(u: Uint16Array, n: number, out: Int32Array): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = u[i] as number;
    const s = (c * 31 + (u[i + 1] as number)) & 0xffff;
    if (
      ((GATE[s >>> 5] as number) & (1 << (s & 31))) !== 0 ||
      (c >= 0x4e00 && c <= 0x9fa5 && (u[i + 1] === c || u[i + 2] === c || u[i + 3] === c || u[i + 4] === c))
    )
      out[m++] = i;
  }
  return m;
}
