import { buffer } from 'node:stream/consumers';
import { fromBufferPromise } from 'yauzl';
import { makeZip } from './makeZip';

/** Every entry of a zip, inflated (yauzl, the reader the guard uses). */
export async function unzipEntries(data: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await fromBufferPromise(Buffer.from(data), { lazyEntries: true });
  const out: { name: string; data: Uint8Array }[] = [];
  for await (const e of zip.eachEntry())
    out.push({ name: e.fileName, data: await buffer(await zip.openReadStreamPromise(e)) });
  zip.close();
  return out;
}

/** The same archive with one text part edited: for files no library would write (whole-column rules). */
export async function rewriteZipPart(
  data: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  let found = false;
  const entries = (await unzipEntries(data)).map((e) => {
    if (e.name !== name) return e;
    found = true;
    return { name: e.name, data: edit(Buffer.from(e.data).toString('utf8')) };
  });
  if (!found) throw new Error(`no part ${name}`);
  return makeZip(entries);
}
