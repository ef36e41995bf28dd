import { describe, expect, it } from 'vitest';
import { READ_ERROR_MESSAGES } from './readErrors';
import { readReport } from './readReport';
import { encodeGb18030 } from './testFixtures/encodeGb18030';
import { makeDocx } from './testFixtures/makeDocx';
import { makePdf } from './testFixtures/makePdf';
import { makeZip, minimalDocxEntries } from './testFixtures/makeZip';
import { SAMPLE_PARAGRAPHS, SAMPLE_TEXT, SAMPLE_TITLE } from './testFixtures/sampleReport';

const utf8 = (s: string) => new TextEncoder().encode(s);
const CHINESE = /[\u4e00-\u9fff]/;

async function failure(name: string, data: Uint8Array) {
  const result = await readReport({ name, data });
  if (!('error' in result)) throw new Error(`expected a refusal, got text: ${result.text.slice(0, 40)}`);
  expect(result.error).toMatch(CHINESE);
  return result;
}

describe('readReport: .txt', () => {
  it('reads UTF-8 with CRLF line ends', async () => {
    const data = utf8(SAMPLE_TEXT.replace(/\n/g, '\r\n'));
    expect(await readReport({ name: '青石镇.txt', data })).toEqual({ text: SAMPLE_TEXT, format: 'txt' });
  });

  it('reads GB18030 (Notepad "ANSI" on Chinese Windows)', async () => {
    const data = encodeGb18030(SAMPLE_TEXT);
    expect(data.length).toBeLessThan(utf8(SAMPLE_TEXT).length); // really two bytes per character
    expect(await readReport({ name: 'report.TXT', data })).toEqual({ text: SAMPLE_TEXT, format: 'txt' });
  });

  it('reads UTF-16LE with a BOM (Notepad "Unicode")', async () => {
    const data = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE_TEXT, 'utf16le')]),
    );
    expect(await readReport({ name: 'r.txt', data })).toEqual({ text: SAMPLE_TEXT, format: 'txt' });
  });

  it('refuses binary junk', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await failure('junk.txt', junk)).toMatchObject({
      code: 'BINARY',
      error: READ_ERROR_MESSAGES.BINARY,
    });
  });

  it('refuses bytes in no supported encoding', async () => {
    const data = new Uint8Array([...encodeGb18030('法治政府'), 0xff, 0xff, 0x41, 0x42]);
    expect((await failure('x.txt', data)).code).toBe('UNKNOWN_ENCODING');
  });

  it('refuses a file of blanks', async () => {
    expect((await failure('blank.txt', utf8(' \r\n\t\u3000\n'))).code).toBe('NO_TEXT');
  });
});

describe('readReport: size and format', () => {
  it('refuses an empty file', async () => {
    expect(await failure('a.docx', new Uint8Array(0))).toMatchObject({ code: 'EMPTY' });
  });

  it('refuses a file over 20 MB (UPLOAD_LIMITS.reportFileBytes) before decoding it, naming the limit', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    const result = await failure('big.txt', big);
    expect(result.code).toBe('TOO_LARGE');
    expect(result.error).toContain('20 MB');
  });

  it('refuses unsupported extensions, with advice for .doc', async () => {
    expect(await failure('report.xlsx', utf8('x'))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      error: `${READ_ERROR_MESSAGES.UNSUPPORTED_FORMAT}：.xlsx`,
    });
    expect((await failure('README', utf8('x'))).error).toContain('文件没有扩展名');
    expect((await failure('旧报告.doc', utf8('x'))).code).toBe('LEGACY_DOC');
  });

  it('catches a mismatch between extension and content', async () => {
    const pdf = makePdf([{ lines: ['text'] }], { font: 'latin' });
    const asDocx = await failure('report.docx', pdf);
    expect(asDocx).toMatchObject({ code: 'FORMAT_MISMATCH' });
    expect(asDocx.error).toContain('实际是PDF 文件');
    expect((await failure('report.txt', makeZip(minimalDocxEntries(['x'])))).code).toBe('FORMAT_MISMATCH');
    expect((await failure('scan.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).error).toContain(
      '图片',
    );
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure('renamed.docx', ole2)).code).toBe('LEGACY_DOC');
  });
});

describe('readReport: .docx', () => {
  it('reads a report made by the docx package, without its footer', async () => {
    const data = await makeDocx({ title: SAMPLE_TITLE, paragraphs: SAMPLE_PARAGRAPHS, footer: '— 1 —' });
    expect(await readReport({ name: 'r.docx', data })).toEqual({ text: SAMPLE_TEXT, format: 'docx' });
  });

  it('reads a hand-built minimal package', async () => {
    const data = makeZip(minimalDocxEntries(['第一段', '第二段 & <符号>']));
    expect(await readReport({ name: 'r.docx', data })).toEqual({
      text: '第一段\n第二段 & <符号>',
      format: 'docx',
    });
  });

  it('refuses a renamed text file and a truncated zip', async () => {
    expect((await failure('r.docx', utf8(SAMPLE_TEXT))).code).toBe('NOT_ZIP');
    const whole = makeZip(minimalDocxEntries(['第一段']));
    expect((await failure('r.docx', whole.subarray(0, whole.length - 30))).code).toBe('NOT_ZIP');
  });

  it('refuses an Excel workbook renamed to .docx', async () => {
    const xlsx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<w/>' },
    ]);
    expect((await failure('r.docx', xlsx)).error).toBe(`${READ_ERROR_MESSAGES.NOT_WORD}：这是Excel 表格`);
  });

  it('refuses a document whose XML is broken', async () => {
    const entries = minimalDocxEntries(['x']).map((e) =>
      e.name === 'word/document.xml' ? { ...e, data: '<w:document><w:body><w:p>' } : e,
    );
    expect((await failure('r.docx', makeZip(entries))).code).toBe('DOCX_CORRUPT');
  });

  it('refuses a document without text', async () => {
    expect((await failure('r.docx', makeZip(minimalDocxEntries([])))).code).toBe('NO_TEXT');
  });
});

describe('readReport: zip bombs', () => {
  const docx = (extra: Parameters<typeof makeZip>[0]) => makeZip([...minimalDocxEntries(['正文']), ...extra]);

  it('refuses 60 MB of zeros deflated into one entry', () => {
    const data = docx([{ name: 'word/media/blank.bin', data: new Uint8Array(60 * 1024 * 1024) }]);
    expect(data.length).toBeLessThan(200 * 1024);
    return failure('bomb.docx', data).then((r) => expect(r).toMatchObject({ code: 'ZIP_BOMB' }));
  });

  it('refuses many small entries that add up to more than 50 MB', async () => {
    const zeros = new Uint8Array(256 * 1024);
    const many = Array.from({ length: 220 }, (_, i) => ({ name: `word/media/p${i}.bin`, data: zeros }));
    const result = await failure('bomb.docx', docx(many));
    expect(result.code).toBe('ZIP_BOMB');
    expect(result.error).toContain('50 MB');
  });

  it('refuses an entry whose compression ratio is implausible', async () => {
    const data = docx([{ name: 'word/media/x.bin', data: new Uint8Array(5 * 1024 * 1024) }]);
    expect((await failure('bomb.docx', data)).code).toBe('ZIP_BOMB');
  });

  it('refuses a part that inflates beyond the size its headers declare', async () => {
    const lying = minimalDocxEntries(['x']).map((e) =>
      e.name === 'word/document.xml'
        ? { ...e, data: `<a>${' '.repeat(20 * 1024 * 1024)}</a>`, declaredSize: 1000 }
        : e,
    );
    expect((await failure('bomb.docx', makeZip(lying))).code).toBe('ZIP_BOMB');
  });

  it('refuses a part declaring entities (XXE) before mammoth parses it', async () => {
    const xxe = minimalDocxEntries(['x']).map((e) =>
      e.name === 'word/document.xml'
        ? { ...e, data: `<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>${e.data}` }
        : e,
    );
    expect(await failure('xxe.docx', makeZip(xxe))).toEqual({
      code: 'UNSAFE_XML',
      error: READ_ERROR_MESSAGES.UNSAFE_XML,
    });
  });

  it('refuses thousands of entries', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ name: `p${i}`, data: 'x', store: true }));
    expect((await failure('bomb.docx', docx(many))).code).toBe('ZIP_BOMB');
  });
});

describe('readReport: .pdf', () => {
  it('reads a Latin text layer, pages joined by newlines', async () => {
    const data = makePdf(
      [{ lines: ['Annual report 2024', 'Disputes mediated: 126'] }, { lines: ['Page 2'] }],
      {
        font: 'latin',
      },
    );
    expect(await readReport({ name: 'r.pdf', data })).toEqual({
      text: 'Annual report 2024\nDisputes mediated: 126\nPage 2',
      format: 'pdf',
    });
  });

  it('reads a Chinese text layer', async () => {
    const data = makePdf([
      { lines: [SAMPLE_TITLE, ...SAMPLE_PARAGRAPHS.slice(0, 4)] },
      { lines: SAMPLE_PARAGRAPHS.slice(4) },
    ]);
    expect(await readReport({ name: 'r.pdf', data })).toEqual({ text: SAMPLE_TEXT, format: 'pdf' });
  });

  it('refuses a scan without a text layer', async () => {
    expect(await failure('scan.pdf', makePdf([{ image: true }, { image: true }]))).toMatchObject({
      code: 'PDF_NO_TEXT',
      error: '该 PDF 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件',
    });
  });

  it('refuses an encrypted PDF', async () => {
    const data = makePdf([{ lines: ['secret'] }], { font: 'latin', encrypted: true });
    expect((await failure('r.pdf', data)).code).toBe('PDF_ENCRYPTED');
  });

  it('refuses a corrupt PDF', async () => {
    expect((await failure('r.pdf', utf8('%PDF-1.7\n1 0 obj << /Type'))).code).toBe('PDF_CORRUPT');
    expect((await failure('r.pdf', utf8('just some text'))).code).toBe('PDF_CORRUPT');
  });
});
