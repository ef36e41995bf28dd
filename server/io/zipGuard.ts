import { inflateRawSync } from 'node:zlib';
import type { ReadLimits } from './limits';
import { entryDataOffset, readZipDirectory, type ZipEntry } from './zipDirectory';

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; code: 'NOT_ZIP' | 'ZIP_BOMB' | 'DOCX_CORRUPT'; why: string };

/** Parts mammoth's raw-text extraction inflates: the XML parts and their relationships. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * Decides whether a .docx may be handed to mammoth. Two steps:
 * 1. the central directory's declared sizes (cheap): total, per-entry ratio, entry count;
 * 2. the XML parts are actually inflated with a cap at their declared size, because the
 *    declared sizes are written by whoever built the file and a bomb can lie about them.
 * Step 2 costs one extra inflate of ~1 MB of XML for a normal report (a few ms).
 */
export function checkZip(data: Uint8Array, limits: ReadLimits): ZipCheck {
  const dir = readZipDirectory(data, limits.maxZipEntries);
  if (!dir.ok) {
    return dir.reason === 'not_zip'
      ? { ok: false, code: 'NOT_ZIP', why: 'no end of central directory' }
      : { ok: false, code: 'DOCX_CORRUPT', why: 'central directory unreadable' };
  }
  const { entries } = dir;
  if (entries.length > limits.maxZipEntries) {
    return { ok: false, code: 'ZIP_BOMB', why: `more than ${limits.maxZipEntries} entries` };
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUnzippedBytes) {
      return { ok: false, code: 'ZIP_BOMB', why: `declared total exceeds ${limits.maxUnzippedBytes} bytes` };
    }
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxEntryRatio) {
      return { ok: false, code: 'ZIP_BOMB', why: `${e.name}: ratio ${Math.round(ratio)}` };
    }
  }
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    const verdict = verifyInflatedSize(data, e);
    if (verdict) return { ok: false, ...verdict };
  }
  return { ok: true, entries };
}

function verifyInflatedSize(
  data: Uint8Array,
  e: ZipEntry,
): Omit<Extract<ZipCheck, { ok: false }>, 'ok'> | null {
  const start = entryDataOffset(data, e);
  if (start < 0 || start + e.compressedSize > data.length) {
    return { code: 'DOCX_CORRUPT', why: `${e.name}: local header missing or truncated` };
  }
  if (e.method === 0) {
    return e.compressedSize === e.uncompressedSize ? null : { code: 'DOCX_CORRUPT', why: `${e.name}: sizes` };
  }
  if (e.method !== 8) return { code: 'DOCX_CORRUPT', why: `${e.name}: compression method ${e.method}` };
  try {
    const out = inflateRawSync(data.subarray(start, start + e.compressedSize), {
      // One byte over the declared size is enough to prove the header lied.
      maxOutputLength: e.uncompressedSize + 1,
    });
    if (out.length > e.uncompressedSize)
      return { code: 'ZIP_BOMB', why: `${e.name}: inflates beyond its size` };
    if (out.length < e.uncompressedSize)
      return { code: 'DOCX_CORRUPT', why: `${e.name}: shorter than declared` };
    return null;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return { code: 'ZIP_BOMB', why: `${e.name}: inflates beyond its declared size` };
    }
    return { code: 'DOCX_CORRUPT', why: `${e.name}: ${(err as Error).message}` };
  }
}
