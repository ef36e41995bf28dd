import { inflateRawSync } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import type { ReadLimits } from './limits';

/** One part of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; JSZip (inside mammoth and exceljs) supports only these two. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; code: 'NOT_ZIP' | 'ZIP_BOMB' | 'DOCX_CORRUPT' | 'UNSAFE_XML'; why: string };

type Refusal = Extract<ZipCheck, { ok: false }>;
const refuse = (code: Refusal['code'], why: string): Refusal => ({ ok: false, code, why });

/** Parts mammoth's raw-text extraction and exceljs inflate: the XML parts and their relationships. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * Office never writes a document type declaration; one in a part can only be there to declare
 * entities (external ones read files or URLs — XXE; nested ones expand exponentially). The XML
 * parsers behind mammoth and exceljs do not resolve them today, but a part carrying one is
 * refused before they see it, so that stays true whatever parser a later version brings.
 */
const DOCTYPE = Buffer.from('<!DOCTYPE');

/**
 * Decides whether a .docx or .xlsx may be handed to mammoth or exceljs. The zip itself is read
 * by yauzl (central directory, zip64, local headers, sizes); what we add:
 * 1. the entry count from the end record, before any entry is read;
 * 2. the central directory's declared sizes (cheap): total, per-entry ratio;
 * 3. the XML parts are actually inflated, stopped one byte past the declared size, because a
 *    bomb can lie about its sizes; in them a DOCTYPE is looked for. This costs one extra
 *    inflate of ~1 MB of XML for a normal report (a few ms).
 */
export async function checkZip(data: Uint8Array, limits: ReadLimits): Promise<ZipCheck> {
  let zip: ZipFile;
  try {
    // loaded on first use: `fazhi analyze` of a .txt or .pdf never reads a zip, and loading
    // yauzl (CommonJS, parsed for its exports) was a tenth of that command's start-up
    const { fromBufferPromise } = await import('yauzl');
    zip = await fromBufferPromise(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      lazyEntries: true,
    });
  } catch (e) {
    const why = (e as Error).message;
    return /end of central directory record signature not found/i.test(why)
      ? refuse('NOT_ZIP', why)
      : refuse('DOCX_CORRUPT', why);
  }
  try {
    if (zip.entryCount > limits.maxZipEntries)
      return refuse('ZIP_BOMB', `more than ${limits.maxZipEntries} entries`);
    const entries: Entry[] = [];
    try {
      for await (const e of zip.eachEntry()) entries.push(e);
    } catch (e) {
      return refuse('DOCX_CORRUPT', (e as Error).message);
    }
    const declared = checkDeclaredSizes(entries, limits);
    if (declared) return declared;
    for (const e of entries) {
      if (!isXmlPart(e.fileName)) continue;
      const verdict = await inflatePart(zip, data, e);
      if (verdict) return verdict;
    }
    return {
      ok: true,
      entries: entries.map((e) => ({
        name: e.fileName,
        method: e.compressionMethod,
        compressedSize: e.compressedSize,
        uncompressedSize: e.uncompressedSize,
      })),
    };
  } finally {
    zip.close();
  }
}

function checkDeclaredSizes(entries: readonly Entry[], limits: ReadLimits): Refusal | null {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUnzippedBytes)
      return refuse('ZIP_BOMB', `declared total exceeds ${limits.maxUnzippedBytes} bytes`);
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxEntryRatio)
      return refuse('ZIP_BOMB', `${e.fileName}: ratio ${Math.round(ratio)}`);
  }
  return null;
}

/**
 * Inflates one part where yauzl's local header puts its data, capped one byte past its declared
 * size. Synchronous zlib on the bytes in hand: yauzl's own read stream goes through the zlib
 * thread pool in 16 KB steps: 25 ms against 13–18 ms per report on a busy machine (bench/zip-guard.ts).
 */
async function inflatePart(zip: ZipFile, data: Uint8Array, e: Entry): Promise<Refusal | null> {
  const name = e.fileName;
  let start: number;
  try {
    // yauzl checks the local header's signature and that the data lies within the file
    start = (await zip.readLocalFileHeaderPromise(e, { minimal: true })).fileDataStart;
  } catch (err) {
    return refuse('DOCX_CORRUPT', `${name}: ${(err as Error).message}`);
  }
  const raw = data.subarray(start, start + e.compressedSize);
  let xml: Uint8Array;
  if (e.compressionMethod === 0) {
    if (e.compressedSize !== e.uncompressedSize) return refuse('DOCX_CORRUPT', `${name}: sizes`);
    xml = raw;
  } else if (e.compressionMethod === 8) {
    try {
      xml = inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
    } catch (err) {
      return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? refuse('ZIP_BOMB', `${name}: inflates beyond its declared size`)
        : refuse('DOCX_CORRUPT', `${name}: ${(err as Error).message}`);
    }
  } else {
    return refuse('DOCX_CORRUPT', `${name}: compression method ${e.compressionMethod}`);
  }
  if (xml.length > e.uncompressedSize)
    return refuse('ZIP_BOMB', `${name}: inflates beyond its declared size`);
  if (xml.length < e.uncompressedSize) return refuse('DOCX_CORRUPT', `${name}: shorter than declared`);
  return Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).includes(DOCTYPE)
    ? refuse('UNSAFE_XML', `${name}: document type declaration`)
    : null;
}
