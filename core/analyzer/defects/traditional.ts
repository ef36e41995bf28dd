import { codeUnits } from '../codeUnits';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A traditional character typed into a simplified report (工作情況 for 情况): an input method
 * left in traditional mode for one word, or a phrase pasted from a traditional source. Decided by
 * the two national character sets, not by a list: a character of Big5's common set (the
 * traditional standard) that GB 2312 (the simplified standard) lacks is traditional-only;
 * 於, 乾, 着 are in both and never counted. Both sets are read once from the platform's
 * TextDecoder (gb2312, big5 — the WHATWG encodings every browser and Node ship); where it
 * lacks them the check finds nothing.
 *
 * Only a report that is plainly simplified (at least 20 simplified-only characters such as
 * 这, 们, 国) and has at most three distinct traditional characters is judged: a traditional
 * mirror, or a report quoting a traditional source at length, is left alone. A traditional
 * character written three times or more is taken as intended (a name).
 */
/** Per UTF-16 unit: SIMPLIFIED only in GB 2312, TRADITIONAL only in Big5's common set, else 0. */
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
let classes: Uint8Array | null | undefined;

/**
 * The hanzi of the given double-byte rows, decoded in one call (a call per pair cost 36 ms at
 * start-up). Every pair of these ranges is one character in both encodings; if a platform's
 * decoder ever answered otherwise, the lengths would disagree and the set is not trusted.
 */
function decodeRange(label: string, leads: [number, number], trails: [number, number][]): string[] | null {
  const bytes: number[] = [];
  for (let h = leads[0]; h <= leads[1]; h++)
    for (const [lo, hi] of trails) for (let l = lo; l <= hi; l++) bytes.push(h, l);
  const chars = Array.from(new TextDecoder(label).decode(new Uint8Array(bytes)));
  return chars.length === bytes.length / 2 ? chars : null;
}

function charClasses(): Uint8Array | null {
  if (classes !== undefined) return classes;
  classes = null;
  try {
    // GB 2312's hanzi rows (B0–F7), Big5's common hanzi (A440–C67E).
    const gb = decodeRange('gb2312', [0xb0, 0xf7], [[0xa1, 0xfe]]);
    const big5 = decodeRange(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    );
    if (!gb || !big5) return classes;
    const inGb = new Uint8Array(0x10000);
    const inBig5 = new Uint8Array(0x10000);
    const han = (c: string) => c.length === 1 && c >= '\u4e00' && c <= '\u9fff';
    for (const c of gb) if (han(c)) inGb[c.charCodeAt(0)] = 1;
    for (const c of big5) if (han(c)) inBig5[c.charCodeAt(0)] = 1;
    const table = new Uint8Array(0x10000);
    let simplified = 0;
    let traditional = 0;
    for (let u = 0x4e00; u <= 0x9fff; u++) {
      if (inGb[u] && !inBig5[u]) {
        table[u] = SIMPLIFIED;
        simplified++;
      } else if (inBig5[u] && !inGb[u]) {
        table[u] = TRADITIONAL;
        traditional++;
      }
    }
    if (simplified > 1000 && traditional > 1000) classes = table;
  } catch {
    classes = null;
  }
  return classes;
}

/**
 * Simplified-only characters counted, traditional-only ones found, over the shared code units
 * (a typed array read about twice as fast as charCodeAt); null when there is no traditional one.
 * The loop is a function of its own that ends with it (see codeUnits.ts on V8's on-stack compiling).
 */
function classify(
  table: Uint8Array,
  u: Uint16Array,
  from: number,
  to: number,
): { simplified: number; at: Map<number, number[]> } | null {
  let simplified = 0;
  let at: Map<number, number[]> | null = null;
  for (let i = from; i < to; i++) {
    const k = table[u[i] as number];
    if (k === SIMPLIFIED) simplified++;
    else if (k === TRADITIONAL) {
      at ??= new Map();
      const c = u[i] as number;
      const list = at.get(c);
      if (list) list.push(i);
      else at.set(c, [i]);
    }
  }
  return at === null ? null : { simplified, at };
}

export function findTraditionalCharacters(text: string, from = 0): NormDefect[] {
  const table = charClasses();
  if (table === null) return [];
  const found = classify(table, codeUnits(text), from, text.length);
  if (found === null || found.simplified < 20 || found.at.size > 3) return [];
  const out: NormDefect[] = [];
  for (const [c, where] of found.at) {
    if (where.length > 2) continue;
    for (const i of where)
      out.push(at('typo', i, i + 1, DEFECT_MESSAGES.traditional(String.fromCharCode(c)), 'medium'));
  }
  return out;
}
