/**
 * A reader of a zip file's central directory: the list of entries with their
 * sizes, read without decompressing anything. It lets us refuse a zip bomb before
 * mammoth (through JSZip) inflates every part into memory.
 * Format: PKWARE APPNOTE.TXT §4.3 (end of central directory, central headers, zip64).
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; JSZip (inside mammoth) supports only these two. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not_zip' | 'corrupt' };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

class Corrupt extends Error {}

export function readZipDirectory(data: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipDirectory {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, reason: 'not_zip' };
  try {
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
      const z64 = readZip64Eocd(view, eocd);
      count = z64.count;
      cdSize = z64.cdSize;
      cdOffset = z64.cdOffset;
    }
    if (cdOffset + cdSize > data.length) throw new Corrupt();
    // Report at least maxEntries + 1 so the caller can tell "too many" from "exactly the limit".
    if (count > maxEntries) count = maxEntries + 1;
    const entries: ZipEntry[] = [];
    let pos = cdOffset;
    for (let i = 0; i < count; i++) {
      const { entry, next } = readCentralHeader(view, pos);
      entries.push(entry);
      pos = next;
    }
    return { ok: true, entries };
  } catch (e) {
    // DataView throws RangeError when a length field points past the end of the file.
    if (e instanceof Corrupt || e instanceof RangeError) return { ok: false, reason: 'corrupt' };
    throw e;
  }
}

/** The EOCD record is 22 bytes plus a comment of up to 65535 bytes, at the very end. */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - U16_MAX);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) return i;
  }
  return -1;
}

function readZip64Eocd(view: DataView, eocd: number) {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) throw new Corrupt();
  const at = u64(view, locator + 8);
  if (view.getUint32(at, true) !== ZIP64_EOCD_SIG) throw new Corrupt();
  return { count: u64(view, at + 32), cdSize: u64(view, at + 40), cdOffset: u64(view, at + 48) };
}

function readCentralHeader(view: DataView, pos: number): { entry: ZipEntry; next: number } {
  if (view.getUint32(pos, true) !== CENTRAL_SIG) throw new Corrupt();
  const nameLen = view.getUint16(pos + 28, true);
  const extraLen = view.getUint16(pos + 30, true);
  const commentLen = view.getUint16(pos + 32, true);
  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + pos + 46, nameLen);
  const entry: ZipEntry = {
    // Bit 11 flags UTF-8 names; Office always writes ASCII part names, so UTF-8 is a safe reading.
    name: new TextDecoder().decode(nameBytes),
    flags: view.getUint16(pos + 8, true),
    method: view.getUint16(pos + 10, true),
    compressedSize: view.getUint32(pos + 20, true),
    uncompressedSize: view.getUint32(pos + 24, true),
    localHeaderOffset: view.getUint32(pos + 42, true),
  };
  applyZip64Extra(view, pos + 46 + nameLen, extraLen, entry);
  return { entry, next: pos + 46 + nameLen + extraLen + commentLen };
}

/** Fields saturated at 0xFFFFFFFF are given in the zip64 extra field (id 1), in this order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.uncompressedSize === U32_MAX) {
        entry.uncompressedSize = u64(view, q);
        q += 8;
      }
      if (entry.compressedSize === U32_MAX) {
        entry.compressedSize = u64(view, q);
        q += 8;
      }
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = u64(view, q);
      return;
    }
    p += 4 + size;
  }
}

/** A 64-bit size as a number; beyond 2^53 it is absurd for us anyway, so Infinity. */
function u64(view: DataView, at: number): number {
  const v = view.getBigUint64(at, true);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
}

/** Where an entry's compressed bytes start: after its local header, whose lengths may differ from the central one. */
export function entryDataOffset(data: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== 0x04034b50) return -1;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}
