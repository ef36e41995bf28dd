import { type ReadFailure, readFailure } from './readErrors';

/**
 * Text layer of a PDF, pages joined with "\n". A PDF printed from Word has one; a
 * scanned report has only images, which we cannot read without OCR, so it is
 * refused with a message asking for a PDF with selectable text or the Word file.
 */
export async function readPdf(data: Uint8Array): Promise<{ text: string } | ReadFailure> {
  let pages: string[];
  try {
    // pdf.js may transfer (detach) the buffer it is given; the copy keeps the caller's bytes intact.
    // loaded on first use: pdf.js is large and most server starts never read a PDF
    const { extractText, getDocumentProxy } = await import('unpdf');
    const doc = await getDocumentProxy(data.slice(), { verbosity: 0, isEvalSupported: false });
    try {
      pages = (await extractText(doc, { mergePages: false })).text;
    } finally {
      await doc.destroy();
    }
  } catch (err) {
    return readFailure(pdfErrorCode(err));
  }
  const text = pages.map((p) => p.replace(/\s+$/, '')).join('\n');
  if (text.replace(/\s/g, '') === '') return readFailure('PDF_NO_TEXT');
  return { text };
}

/** pdf.js signals a password with PasswordException; everything else means we could not parse it. */
function pdfErrorCode(err: unknown): 'PDF_ENCRYPTED' | 'PDF_CORRUPT' {
  const name = (err as { name?: string } | null)?.name;
  return name === 'PasswordException' ? 'PDF_ENCRYPTED' : 'PDF_CORRUPT';
}
