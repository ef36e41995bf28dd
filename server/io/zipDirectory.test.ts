import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDocx } from './testFixtures/makeDocx';
import { makeZip } from './testFixtures/makeZip';
import { entryDataOffset, readZipDirectory } from './zipDirectory';

describe('readZipDirectory', () => {
  it('lists entries with their sizes and finds their data', () => {
    const data = makeZip([
      { name: 'a.txt', data: 'hello hello hello hello' },
      { name: '目录/b.bin', data: new Uint8Array([1, 2, 3]), store: true },
    ]);
    const dir = readZipDirectory(data);
    if (!dir.ok) throw new Error(dir.reason);
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 23],
      ['目录/b.bin', 0, 3],
    ]);
    const [a, b] = dir.entries;
    if (!a || !b) throw new Error('entries missing');
    const start = entryDataOffset(data, a);
    expect(inflateRawSync(data.subarray(start, start + a.compressedSize)).toString()).toBe(
      'hello hello hello hello',
    );
    expect([...data.subarray(entryDataOffset(data, b), entryDataOffset(data, b) + 3)]).toEqual([1, 2, 3]);
  });

  it('reads what the docx package writes', async () => {
    const dir = readZipDirectory(await makeDocx({ title: '标题', paragraphs: ['正文'] }));
    expect(dir.ok && dir.entries.map((e) => e.name)).toContain('word/document.xml');
  });

  it('finds the end record behind an archive comment', () => {
    const data = makeZip([{ name: 'a', data: 'x' }]);
    const withComment = new Uint8Array([...data, ...new Uint8Array(300).fill(0x20)]);
    new DataView(withComment.buffer).setUint16(data.length - 2, 300, true);
    expect(readZipDirectory(withComment)).toMatchObject({ ok: true, entries: [{ name: 'a' }] });
  });

  it('tells "not a zip" from "corrupt directory"', () => {
    expect(readZipDirectory(new TextEncoder().encode('plain text, no zip here'))).toEqual({
      ok: false,
      reason: 'not_zip',
    });
    const data = makeZip([{ name: 'a', data: 'x' }]);
    // Point the central directory past the end of the file.
    new DataView(data.buffer).setUint32(data.length - 6, data.length + 100, true);
    expect(readZipDirectory(data)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('stops reading after maxEntries + 1', () => {
    const data = makeZip(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: 'x', store: true })));
    const dir = readZipDirectory(data, 10);
    expect(dir.ok && dir.entries.length).toBe(11);
  });
});
