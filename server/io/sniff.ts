/**
 * What a file really is, from its first bytes. The extension decides which reader
 * runs; the sniff catches a PDF renamed to .docx, a .doc renamed to .docx, a zip
 * saved as .txt, so the clerk gets "this is really a PDF" instead of a parse error.
 */
export type SniffedKind = 'pdf' | 'zip' | 'ole2' | 'rtf' | 'image' | 'unknown';

export const KIND_NAMES_ZH: Record<SniffedKind, string> = {
  pdf: 'PDF 文件',
  zip: 'ZIP 压缩包（如 .docx/.xlsx）',
  ole2: '旧版 Office 文件（如 .doc/.wps/.xls）',
  rtf: 'RTF 文件',
  image: '图片',
  unknown: '未知格式',
};

const startsWith = (data: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => data[at + i] === b);

/** `%PDF-` may follow some junk; the PDF spec tolerates up to 1024 bytes before it. */
function pdfHeaderOffset(data: Uint8Array): number {
  const limit = Math.min(data.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (data[i] === 0x25 && startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  }
  return -1;
}

export function sniffKind(data: Uint8Array): SniffedKind {
  // PK\3\4 (first local header) or PK\5\6 (empty archive).
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (
    startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(data, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(data, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || // TIFF (little-endian), common from scanners
    startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return 'image';
  }
  if (pdfHeaderOffset(data) >= 0) return 'pdf';
  return 'unknown';
}

export type ReportFormat = 'txt' | 'docx' | 'pdf';

/** The report format named by the file's extension, or the raw extension when unsupported. */
export function formatFromName(name: string): { format: ReportFormat } | { unsupported: string } {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (ext === 'txt' || ext === 'docx' || ext === 'pdf') return { format: ext };
  return { unsupported: ext };
}
