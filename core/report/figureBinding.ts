import type { FigureToken, ReportDocument, ReportParagraph, Segment, TextRun } from './model';
import { renderFigure, segmentText } from './render';

/**
 * Figures in an edited paragraph, and figures against current ledger values.
 *
 * The editor shows a paragraph as plain text with its figures written out. When the
 * township saves, `bindFigures` aligns the new text with the old one (a character diff)
 * and keeps a token bound only where its rendered text came through the edit untouched;
 * a figure the township retyped becomes plain text, which the checks then read like any
 * hand-written number.
 */

/** A key's current value from the ledgers (null: no ledger answers it now). */
export interface CurrentFigure {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export type CurrentFigures = Readonly<Record<string, CurrentFigure>>;

export interface FigureChange {
  paragraphId: string;
  key: string;
  /** the value in the report */
  from: number;
  /** the ledger value now; null when no ledger answers it (the old value is kept) */
  to: number | null;
}

/** Above this many cells of the diff table (middle part, after common prefix and suffix) the diff is skipped. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * For each character of `a`, its position in `b` when it is kept by the diff, else -1.
 * Common prefix and suffix first (most edits touch one place), then a longest common
 * subsequence of the middle, ties taking the earliest match, so the result depends on
 * nothing but the two strings.
 */
export function alignChars(a: string, b: string): Int32Array {
  const map = new Int32Array(a.length).fill(-1);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) {
    map[pre] = pre;
    pre++;
  }
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) {
    map[a.length - 1 - suf] = b.length - 1 - suf;
    suf++;
  }
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  if (n === 0 || m === 0 || n * m > MAX_DIFF_CELLS) return map;
  // lcs[i][j]: LCS length of a[pre+i..pre+n) and b[pre+j..pre+m)
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[pre + i] === b[pre + j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[pre + i] === b[pre + j] && lcs[i * w + j] === (lcs[(i + 1) * w + j + 1] as number) + 1) {
      map[pre + i] = pre + j;
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number)) i++;
    else j++;
  }
  return map;
}

const DIGIT = /[0-9０-９.]/;

/**
 * Re-segments a paragraph's edited text. A token of `old` keeps its binding when its
 * rendered text survives the edit in one piece, in order, and is not glued to a digit
 * the township added (12场 → 112场 is a new number); everything else becomes text runs.
 */
export function bindFigures(old: readonly Segment[], newText: string): Segment[] {
  let oldText = '';
  const tokens: { token: FigureToken; start: number; end: number }[] = [];
  for (const s of old) {
    const t = segmentText(s);
    if (s.t === 'figure') tokens.push({ token: s, start: oldText.length, end: oldText.length + t.length });
    oldText += t;
  }
  const map = alignChars(oldText, newText);
  const kept: { token: FigureToken; start: number; end: number }[] = [];
  let last = 0;
  for (const { token, start, end } of tokens) {
    if (end === start) continue;
    const ns = map[start] as number;
    if (ns < last) continue;
    let whole = true;
    for (let k = start; k < end; k++) {
      if (map[k] !== ns + (k - start)) {
        whole = false;
        break;
      }
    }
    if (!whole) continue;
    const ne = ns + (end - start);
    const text = renderFigure(token);
    const before = newText[ns - 1] ?? '';
    const after = newText[ne] ?? '';
    // a digit typed right before the number, or right after a figure that ends in one, changes it
    if (DIGIT.test(before) && DIGIT.test(text[0] ?? '')) continue;
    if (DIGIT.test(after) && DIGIT.test(text[text.length - 1] ?? '')) continue;
    kept.push({ token, start: ns, end: ne });
    last = ne;
  }
  const out: Segment[] = [];
  const text = (s: string) => {
    if (s) out.push({ t: 'text', text: s } satisfies TextRun);
  };
  let at = 0;
  for (const k of kept) {
    text(newText.slice(at, k.start));
    out.push({ ...k.token });
    at = k.end;
  }
  text(newText.slice(at));
  return out;
}

/** Whether a token's value differs from the ledger's: a rate at the one decimal it is written with, counts exactly. */
export function isStale(token: FigureToken, current: number): boolean {
  if (Math.abs(token.value - current) < 1e-9) return false;
  return !(token.measure === '%' && Math.round(token.value * 10) === Math.round(current * 10));
}

function refreshParagraph(
  p: ReportParagraph,
  values: CurrentFigures,
  changed: FigureChange[],
): ReportParagraph {
  let touched = false;
  const segments = p.segments.map((s): Segment => {
    if (s.t !== 'figure') return s;
    const cur = values[s.key];
    if (!cur) return s;
    if (cur.value === null) {
      changed.push({ paragraphId: p.id, key: s.key, from: s.value, to: null });
      return s;
    }
    const valueChanged = isStale(s, cur.value);
    const partsChanged =
      (cur.numerator !== undefined && cur.numerator !== s.numerator) ||
      (cur.denominator !== undefined && cur.denominator !== s.denominator);
    if (!valueChanged && !partsChanged) return s;
    if (valueChanged) changed.push({ paragraphId: p.id, key: s.key, from: s.value, to: cur.value });
    touched = true;
    return {
      ...s,
      value: cur.value,
      ...(cur.numerator !== undefined ? { numerator: cur.numerator } : {}),
      ...(cur.denominator !== undefined ? { denominator: cur.denominator } : {}),
    };
  });
  return touched ? { ...p, segments } : p;
}

/**
 * Every token set to its key's current value (and counts, for a rate). A key whose current
 * value is null keeps the report's value and is listed with `to: null`; keys missing from
 * `values` are left alone. `changed` lists the figures whose value (as written) changed,
 * in document order. The input document is not modified.
 */
export function refreshFigures(
  doc: ReportDocument,
  values: CurrentFigures,
): { doc: ReportDocument; changed: FigureChange[] } {
  const changed: FigureChange[] = [];
  const para = (p: ReportParagraph) => refreshParagraph(p, values, changed);
  const next: ReportDocument = {
    ...doc,
    opening: doc.opening.map(para),
    parts: doc.parts.map((part) => ({
      ...part,
      intro: part.intro.map(para),
      sections: part.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(para) })),
    })),
  };
  return { doc: next, changed };
}

/** The figures `refreshFigures` would change (or could not refresh), without changing anything. */
export function staleFigures(doc: ReportDocument, values: CurrentFigures): FigureChange[] {
  return refreshFigures(doc, values).changed;
}
