import type { FigureToken, RenderedReport, ReportDocument, ReportParagraph, ReportPartKey } from '../model';
import { chineseDate, paragraphText, renderReport, reportPlainText, segmentText } from '../render';

/**
 * The report's plain text (exactly `reportPlainText(renderReport(doc))`) with a map from
 * offsets back to where they were written: the title, a part or section heading, a
 * paragraph (with its part and section), the signature; and where each figure token sits.
 */

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'signature';

export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  paragraphId?: string;
  /** for a paragraph: composed from data, suggested, or written by hand */
  origin?: ReportParagraph['origin'];
  part?: ReportPartKey;
  /** the part's heading as written, without its numbering */
  partHeading?: string;
  sectionId?: string;
  sectionHeading?: string;
  /** 1-based position of the paragraph in its section (or in the part's intro, or the opening) */
  ordinal?: number;
  /** for a heading: 1 = part, 2 = section */
  level?: 1 | 2;
}

export interface TokenSpan {
  token: FigureToken;
  paragraphId: string;
  start: number;
  end: number;
}

export interface ReportTextMap {
  rendered: RenderedReport;
  text: string;
  blocks: TextBlock[];
  tokens: TokenSpan[];
}

interface ParagraphPlace {
  part?: ReportPartKey;
  partHeading?: string;
  sectionId?: string;
  sectionHeading?: string;
  ordinal: number;
}

export function reportTextMap(doc: ReportDocument): ReportTextMap {
  const rendered = renderReport(doc);
  const places = new Map<string, ParagraphPlace>();
  const paragraphs = new Map(
    [
      ...doc.opening,
      ...doc.parts.flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]),
    ].map((p) => [p.id, p]),
  );
  doc.opening.forEach((p, i) => {
    places.set(p.id, { ordinal: i + 1 });
  });
  for (const part of doc.parts) {
    const base = { part: part.key, partHeading: part.heading };
    part.intro.forEach((p, i) => {
      places.set(p.id, { ...base, ordinal: i + 1 });
    });
    for (const s of part.sections) {
      s.paragraphs.forEach((p, i) => {
        places.set(p.id, { ...base, sectionId: s.id, sectionHeading: s.heading, ordinal: i + 1 });
      });
    }
  }
  // Headings carry no ids: follow renderReport's order (parts with text, 'other' only when written).
  const isWritten = (ps: readonly ReportParagraph[]) => ps.some((p) => paragraphText(p).trim() !== '');
  const shownParts = doc.parts.filter(
    (p) => p.key !== 'other' || isWritten([...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]),
  );
  let partIndex = -1;
  let sectionIndex = -1;

  const blocks: TextBlock[] = [];
  const tokens: TokenSpan[] = [];
  let offset = 0;
  const add = (b: Omit<TextBlock, 'start' | 'end'>) => {
    blocks.push({ ...b, start: offset, end: offset + b.text.length });
    offset += b.text.length + 1;
  };
  add({ kind: 'title', text: rendered.title });
  for (const b of rendered.blocks) {
    if (b.kind === 'heading') {
      if (b.level === 1) {
        partIndex += 1;
        sectionIndex = -1;
        const part = shownParts[partIndex];
        add({ kind: 'heading', level: 1, text: b.text, part: part?.key, partHeading: part?.heading });
      } else {
        const part = shownParts[partIndex];
        const sections = part?.sections.filter((s) => isWritten(s.paragraphs)) ?? [];
        sectionIndex += 1;
        const s = sections[sectionIndex];
        add({
          kind: 'heading',
          level: 2,
          text: b.text,
          part: part?.key,
          partHeading: part?.heading,
          sectionId: s?.id,
          sectionHeading: s?.heading,
        });
      }
      continue;
    }
    const p = paragraphs.get(b.paragraphId);
    const start = offset;
    if (p) {
      const full = paragraphText(p);
      const lead = full.length - full.trimStart().length;
      let at = 0;
      for (const s of p.segments) {
        const len = segmentText(s).length;
        if (s.t === 'figure') {
          const from = Math.max(0, at - lead);
          const to = Math.min(b.text.length, at + len - lead);
          if (to > from) tokens.push({ token: s, paragraphId: p.id, start: start + from, end: start + to });
        }
        at += len;
      }
    }
    add({
      kind: 'paragraph',
      text: b.text,
      paragraphId: b.paragraphId,
      origin: p?.origin,
      ...places.get(b.paragraphId),
    });
  }
  if (rendered.signature.party) add({ kind: 'signature', text: rendered.signature.party });
  add({ kind: 'signature', text: rendered.signature.unit });
  add({ kind: 'signature', text: chineseDate(rendered.signature.date) });
  const text = reportPlainText(rendered);
  return { rendered, text, blocks, tokens };
}

/** The block holding `pos`; a position on a line break belongs to the block before it. */
export function blockAt(map: ReportTextMap, pos: number): TextBlock | undefined {
  let lo = 0;
  let hi = map.blocks.length - 1;
  let found: TextBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = map.blocks[mid] as TextBlock;
    if (b.start <= pos) {
      found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first paragraph block overlapping [start, end), else the block at start. */
export function blockOfSpan(map: ReportTextMap, start: number, end: number): TextBlock | undefined {
  const first = blockAt(map, start);
  if (first?.kind === 'paragraph') return first;
  const para = map.blocks.find(
    (b) => b.kind === 'paragraph' && b.start < Math.max(end, start + 1) && b.end > start,
  );
  return para ?? first;
}

/** Where a block is, in words the township clerk knows: 「二、存在的不足和原因」第2段. */
export function describeBlock(b: TextBlock | undefined): string {
  if (!b) return '报告中';
  if (b.kind === 'title') return '报告标题';
  if (b.kind === 'signature') return '落款';
  if (b.kind === 'heading') return `标题“${b.text}”`;
  if (!b.part) return `开头第${b.ordinal ?? 1}段`;
  const where = b.sectionHeading ? `“${b.sectionHeading}”` : `“${b.partHeading ?? ''}”`;
  return `${where}第${b.ordinal ?? 1}段`;
}
