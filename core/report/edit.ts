import type { ReportDocument, ReportParagraph, ReportPartKey } from './model';

/** Every paragraph with where it sits, in reading order. */
export function paragraphsOf(doc: ReportDocument): { paragraph: ReportParagraph; part?: ReportPartKey }[] {
  return [
    ...doc.opening.map((paragraph) => ({ paragraph })),
    ...doc.parts.flatMap((part) => [
      ...part.intro.map((paragraph) => ({ paragraph, part: part.key })),
      ...part.sections.flatMap((s) => s.paragraphs.map((paragraph) => ({ paragraph, part: part.key }))),
    ]),
  ];
}

export function findParagraph(doc: ReportDocument, id: string): ReportParagraph | undefined {
  return paragraphsOf(doc).find((p) => p.paragraph.id === id)?.paragraph;
}

/** The document with one paragraph replaced (or dropped when `fn` returns null); the input is not changed. */
export function mapParagraph(
  doc: ReportDocument,
  id: string,
  fn: (p: ReportParagraph) => ReportParagraph | null,
): ReportDocument {
  const each = (ps: ReportParagraph[]) =>
    ps.flatMap((p) => {
      if (p.id !== id) return [p];
      const next = fn(p);
      return next ? [next] : [];
    });
  return {
    ...doc,
    opening: each(doc.opening),
    parts: doc.parts.map((part) => ({
      ...part,
      intro: each(part.intro),
      sections: part.sections.map((s) => ({ ...s, paragraphs: each(s.paragraphs) })),
    })),
  };
}

/** A new id not used in the document: w1, w2 … for paragraphs the township writes. */
function freshId(doc: ReportDocument): string {
  const used = new Set(paragraphsOf(doc).map((p) => p.paragraph.id));
  let n = 1;
  while (used.has(`w${n}`)) n += 1;
  return `w${n}`;
}

/**
 * A paragraph the township writes, appended to a part: after the part's last subsection, or
 * to the part's intro when it has none (其他需要报告的情况).
 */
export function appendParagraph(
  doc: ReportDocument,
  partKey: ReportPartKey,
  text: string,
  sectionId?: string,
): { doc: ReportDocument; id: string } {
  const id = freshId(doc);
  const paragraph: ReportParagraph = { id, origin: 'written', segments: [{ t: 'text', text }] };
  const parts = doc.parts.map((part) => {
    if (part.key !== partKey) return part;
    const target = sectionId
      ? part.sections.find((s) => s.id === sectionId)
      : part.sections[part.sections.length - 1];
    if (!target) return { ...part, intro: [...part.intro, paragraph] };
    return {
      ...part,
      sections: part.sections.map((s) =>
        s === target ? { ...s, paragraphs: [...s.paragraphs, paragraph] } : s,
      ),
    };
  });
  return { doc: { ...doc, parts }, id };
}
