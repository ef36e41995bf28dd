import { inflateRawSync } from 'node:zlib';
import { entryDataOffset, readZipDirectory } from '../zipDirectory';
import { makeZip } from './makeZip';

/** Every entry of a zip, inflated. */
export function unzipEntries(data: Uint8Array): { name: string; data: Uint8Array }[] {
  const dir = readZipDirectory(data);
  if (!dir.ok) throw new Error(`not a zip: ${dir.reason}`);
  return dir.entries.map((e) => {
    const start = entryDataOffset(data, e);
    const raw = data.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? raw : inflateRawSync(raw) };
  });
}

/** The same archive with one text part edited: for files no library would write (whole-column rules). */
export function rewriteZipPart(data: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  let found = false;
  const entries = unzipEntries(data).map((e) => {
    if (e.name !== name) return e;
    found = true;
    return { name: e.name, data: edit(Buffer.from(e.data).toString('utf8')) };
  });
  if (!found) throw new Error(`no part ${name}`);
  return makeZip(entries);
}
