import type { ReadLimits } from './limits';
import { type ReadFailure, readFailure } from './readErrors';
import { checkZip } from './zipGuard';

/** Names of other OOXML packages, to tell the clerk what was uploaded instead. */
const OTHER_PACKAGES: [prefix: string, zh: string][] = [
  ['xl/', 'Excel 表格'],
  ['ppt/', 'PowerPoint 演示文稿'],
];

/**
 * Text of a .docx, one paragraph per line. The zip is checked first (zipGuard)
 * so that mammoth never inflates a bomb.
 */
export async function readDocx(
  data: Uint8Array,
  limits: ReadLimits,
): Promise<{ text: string } | ReadFailure> {
  const zip = await checkZip(data, limits);
  if (!zip.ok) return readFailure(zip.code);
  const names = zip.entries.map((e) => e.name);
  if (!names.includes('word/document.xml')) {
    const other = OTHER_PACKAGES.find(([prefix]) => names.some((n) => n.startsWith(prefix)));
    return readFailure('NOT_WORD', other ? `这是${other[1]}` : undefined);
  }
  let raw: string;
  try {
    raw =
      // loaded on first use: most server starts never read a .docx, and the reader costs memory
      (
        await (
          await import('mammoth')
        ).default.extractRawText({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) })
      ).value;
  } catch {
    // mammoth/JSZip errors are English parser messages; the clerk only needs to know it is damaged.
    return readFailure('DOCX_CORRUPT');
  }
  // mammoth ends every paragraph with "\n\n"; one "\n" per paragraph keeps offsets compact
  // and matches what the .txt and .pdf readers give.
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\s+$/, '');
  if (text.trim() === '') return readFailure('NO_TEXT');
  return { text };
}
