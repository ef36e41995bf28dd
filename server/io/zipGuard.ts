import type { Readable } from 'node:stream';
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl';
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
 * 3. the XML parts are actually inflated, which yauzl stops one byte past the declared size
 *    (`validateEntrySizes`), because a bomb can lie about its sizes; while they stream by, a
 *    DOCTYPE is looked for. This costs one extra inflate of ~1 MB of XML for a normal report.
 */
export async function checkZip(data: Uint8Array, limits: ReadLimits): Promise<ZipCheck> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
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
      const verdict = await inflatePart(zip, e);
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

/** Inflates one part, keeping nothing but the last few bytes (a DOCTYPE split across chunks). */
async function inflatePart(zip: ZipFile, e: Entry): Promise<Refusal | null> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(e);
  } catch (err) {
    return refuse('DOCX_CORRUPT', `${e.fileName}: ${(err as Error).message}`);
  }
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const window = Buffer.concat([tail, chunk]);
      if (window.includes(DOCTYPE)) {
        stream.destroy();
        return refuse('UNSAFE_XML', `${e.fileName}: document type declaration`);
      }
      tail = window.subarray(Math.max(0, window.length - DOCTYPE.length + 1));
    }
    return null;
  } catch (err) {
    const why = `${e.fileName}: ${(err as Error).message}`;
    // yauzl's wording when the inflated data runs past the size the headers declare
    return /too many bytes/.test(why) ? refuse('ZIP_BOMB', why) : refuse('DOCX_CORRUPT', why);
  }
}
