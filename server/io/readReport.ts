import { decodeTextBytes } from '../../core/analyzer/text/encoding';
import { READ_LIMITS, type ReadLimits } from './limits';
import { readDocx } from './readDocx';
import { type ReadFailure, readFailure } from './readErrors';
import { readPdf } from './readPdf';
import { formatFromName, KIND_NAMES_ZH, type ReportFormat, type SniffedKind, sniffKind } from './sniff';

export type ReadResult = { text: string; format: ReportFormat } | ReadFailure;

/** The content kind each extension must have; `unknown` for .txt means "not a known binary format". */
const EXPECTED_KIND: Record<ReportFormat, SniffedKind> = { txt: 'unknown', docx: 'zip', pdf: 'pdf' };

/**
 * Reads an uploaded report (.txt, .docx, .pdf) into text. Never throws for bad
 * input: every refusal is a `{ error, code }` with a Chinese message. The size
 * limit is checked before anything is decoded.
 */
export async function readReport(
  input: { name: string; data: Uint8Array },
  limits: ReadLimits = READ_LIMITS,
): Promise<ReadResult> {
  const { name, data } = input;
  if (data.length === 0) return readFailure('EMPTY');
  if (data.length > limits.maxFileBytes) return readFailure('TOO_LARGE');

  const byName = formatFromName(name);
  const kind = sniffKind(data);
  if ('unsupported' in byName) {
    if (byName.unsupported === 'doc' || byName.unsupported === 'wps') return readFailure('LEGACY_DOC');
    return readFailure(
      'UNSUPPORTED_FORMAT',
      byName.unsupported ? `.${byName.unsupported}` : '文件没有扩展名',
    );
  }
  const { format } = byName;
  if (kind !== EXPECTED_KIND[format]) {
    // An old binary Word file renamed to .docx is common enough to deserve its own advice.
    if (kind === 'ole2') return readFailure('LEGACY_DOC');
    // Not any format we know: for .docx/.pdf that is a damaged file rather than a renamed one.
    if (kind === 'unknown') return readFailure(format === 'docx' ? 'NOT_ZIP' : 'PDF_CORRUPT');
    return readFailure('FORMAT_MISMATCH', `扩展名为 .${format}，实际是${KIND_NAMES_ZH[kind]}`);
  }

  if (format === 'txt') {
    const decoded = decodeTextBytes(data);
    if (!decoded.ok) return readFailure(decoded.code);
    if (decoded.text.trim() === '') return readFailure('NO_TEXT');
    return { text: decoded.text, format };
  }
  const read = format === 'docx' ? await readDocx(data, limits) : await readPdf(data);
  return 'error' in read ? read : { text: read.text, format };
}
