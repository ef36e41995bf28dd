import { describe, expect, it } from 'vitest';
import { READ_LIMITS } from './limits';
import { makeDocx } from './testFixtures/makeDocx';
import { makeZip, minimalDocxEntries } from './testFixtures/makeZip';
import { checkZip } from './zipGuard';

const check = (data: Uint8Array) => checkZip(data, READ_LIMITS);

describe('checkZip', () => {
  it('lists entries with their method and sizes', async () => {
    const data = makeZip([
      { name: 'a.xml', data: '<a>hello hello hello hello</a>' },
      { name: '目录/b.bin', data: new Uint8Array([1, 2, 3]), store: true },
    ]);
    const zip = await check(data);
    if (!zip.ok) throw new Error(zip.why);
    expect(zip.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.xml', 8, 30],
      ['目录/b.bin', 0, 3],
    ]);
  });

  it('reads what the docx package writes', async () => {
    const zip = await check(await makeDocx({ title: '标题', paragraphs: ['正文'] }));
    expect(zip.ok && zip.entries.map((e) => e.name)).toContain('word/document.xml');
  });

  it('finds the end record behind an archive comment', async () => {
    const data = makeZip([{ name: 'a', data: 'x' }]);
    const withComment = new Uint8Array([...data, ...new Uint8Array(300).fill(0x20)]);
    new DataView(withComment.buffer).setUint16(data.length - 2, 300, true);
    expect(await check(withComment)).toMatchObject({ ok: true, entries: [{ name: 'a' }] });
  });

  it('tells "not a zip" from "corrupt directory"', async () => {
    expect(await check(new TextEncoder().encode('plain text, no zip here'))).toMatchObject({
      ok: false,
      code: 'NOT_ZIP',
    });
    const data = makeZip([{ name: 'a', data: 'x' }]);
    // point the central directory past the end of the file
    new DataView(data.buffer).setUint32(data.length - 6, data.length + 100, true);
    expect(await check(data)).toMatchObject({ ok: false, code: 'DOCX_CORRUPT' });
  });

  it('counts entries from the end record before reading any', async () => {
    const data = makeZip(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: 'x', store: true })));
    expect(await checkZip(data, { ...READ_LIMITS, maxZipEntries: 49 })).toEqual({
      ok: false,
      code: 'ZIP_BOMB',
      why: 'more than 49 entries',
    });
    expect((await checkZip(data, { ...READ_LIMITS, maxZipEntries: 50 })).ok).toBe(true);
  });

  it('refuses a part that inflates beyond its declared size, and one that falls short', async () => {
    const entry = { name: 'word/document.xml', data: `<a>${' '.repeat(100_000)}</a>` };
    expect(await check(makeZip([{ ...entry, declaredSize: 1000 }]))).toMatchObject({ code: 'ZIP_BOMB' });
    expect(await check(makeZip([{ ...entry, declaredSize: 200_000 }]))).toMatchObject({
      code: 'DOCX_CORRUPT',
    });
  });

  it('refuses a stored part whose sizes disagree, and a part whose data runs past the file', async () => {
    const stored = makeZip([{ name: 'a.xml', data: '<a/>', store: true, declaredSize: 9 }]);
    expect(await check(stored)).toMatchObject({ code: 'DOCX_CORRUPT' });
    const data = makeZip([{ name: 'a.xml', data: '<a/>' }]);
    // the local header's compressed size (offset 18) now reaches beyond the archive
    new DataView(data.buffer).setUint32(18, 1_000_000, true);
    new DataView(data.buffer).setUint32(data.length - 22 - 46 - 5 + 20, 1_000_000, true);
    expect(await check(data)).toMatchObject({ ok: false, code: 'DOCX_CORRUPT' });
  });

  it('refuses a document type declaration in an XML part (entities: XXE, billion laughs)', async () => {
    const xxe = minimalDocxEntries(['x']).map((e) =>
      e.name === 'word/document.xml'
        ? {
            ...e,
            data: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>`,
          }
        : e,
    );
    expect(await check(makeZip(xxe))).toEqual({
      ok: false,
      code: 'UNSAFE_XML',
      why: 'word/document.xml: document type declaration',
    });
    // found anywhere in a part, not only at its start: here after 900 KB of padding
    const late = `<?xml version="1.0"?>${' '.repeat(900_001)}<!DOCTYPE d><d/>`;
    expect(await check(makeZip([{ name: 'xl/workbook.xml', data: late }]))).toMatchObject({
      code: 'UNSAFE_XML',
    });
    // only XML parts are inflated and looked at: an image may hold any bytes
    expect((await check(makeZip([{ name: 'media/p.bin', data: '<!DOCTYPE' }]))).ok).toBe(true);
  });
});
