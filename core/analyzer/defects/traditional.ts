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
interface CharSets {
  traditional: Set<string>;
  simplified: Set<string>;
}

let sets: CharSets | null | undefined;

function decodeRange(label: string, leads: [number, number], trails: [number, number][]): Set<string> {
  const dec = new TextDecoder(label);
  const out = new Set<string>();
  const pair = new Uint8Array(2);
  for (let h = leads[0]; h <= leads[1]; h++)
    for (const [lo, hi] of trails)
      for (let l = lo; l <= hi; l++) {
        pair[0] = h;
        pair[1] = l;
        const c = dec.decode(pair);
        if (c.length === 1 && c >= '\u4e00' && c <= '\u9fff') out.add(c);
      }
  return out;
}

function charSets(): CharSets | null {
  if (sets !== undefined) return sets;
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
    const traditional = new Set([...big5].filter((c) => !gb.has(c)));
    const simplified = new Set([...gb].filter((c) => !big5.has(c)));
    sets = traditional.size > 1000 && simplified.size > 1000 ? { traditional, simplified } : null;
  } catch {
    sets = null;
  }
  return sets;
}

export function findTraditionalCharacters(text: string, from = 0): NormDefect[] {
  const cs = charSets();
  if (cs === null) return [];
  let simplified = 0;
  const found = new Map<string, number[]>();
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (c < '\u4e00') continue;
    if (cs.simplified.has(c)) simplified++;
    else if (cs.traditional.has(c)) {
      const list = found.get(c);
      if (list) list.push(i);
      else found.set(c, [i]);
    }
  }
  if (simplified < 20 || found.size === 0 || found.size > 3) return [];
  const out: NormDefect[] = [];
  for (const [c, where] of found) {
    if (where.length > 2) continue;
    for (const i of where) out.push(at('typo', i, i + 1, DEFECT_MESSAGES.traditional(c), 'medium'));
  }
  return out;
}
