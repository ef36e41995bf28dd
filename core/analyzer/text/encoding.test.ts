import { describe, expect, it } from 'vitest';
import { decodeTextBytes, looksBinary, plausibility } from './encoding';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 法治政府建设 in GBK/GB18030, written out so the test needs no encoder. */
const GBK_FAZHI = [0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae, 0xbd, 0xa8, 0xc9, 0xe8];

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeTextBytes', () => {
  it('reads UTF-8 without BOM and normalises CRLF', () => {
    expect(decodeTextBytes(utf8('一、主要举措\r\n二、存在不足\r三'))).toEqual({
      ok: true,
      text: '一、主要举措\n二、存在不足\n三',
      encoding: 'utf-8',
    });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('法治')]);
    expect(decodeTextBytes(bytes)).toEqual({ ok: true, text: '法治', encoding: 'utf-8' });
  });

  it('reads GBK bytes as GB18030', () => {
    const bytes = new Uint8Array([...GBK_FAZHI, 0x0d, 0x0a, 0x32, 0x30, 0x32, 0x34]);
    expect(decodeTextBytes(bytes)).toEqual({ ok: true, text: '法治政府建设\n2024', encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decodeTextBytes(utf16('依法行政（2024年）', true))).toEqual({
      ok: true,
      text: '依法行政（2024年）',
      encoding: 'utf-16le',
    });
    expect(decodeTextBytes(utf16('依法行政', false))).toMatchObject({ ok: true, text: '依法行政' });
  });

  it('calls bytes with NULs binary', () => {
    expect(decodeTextBytes(new Uint8Array([0x41, 0x00, 0x42, 0x43]))).toEqual({ ok: false, code: 'BINARY' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    // 0xFF is never a valid lead byte in either encoding.
    const bytes = new Uint8Array([...GBK_FAZHI, 0xff, 0xfe, 0xfd, 0x41]);
    expect(decodeTextBytes(bytes)).toEqual({ ok: false, code: 'UNKNOWN_ENCODING' });
  });

  it('refuses a GB18030 decode that yields no plausible text', () => {
    // Valid GB18030 two-byte pairs, but in the user-defined (private use) area AAA1–AFFE.
    const bytes = new Uint8Array(200).map((_, i) => (i % 2 === 0 ? 0xaa : 0xa1 + (i % 50)));
    expect(decodeTextBytes(bytes)).toEqual({ ok: false, code: 'UNKNOWN_ENCODING' });
  });
});

describe('helpers', () => {
  it('looksBinary counts control bytes', () => {
    expect(looksBinary(utf8('第一行\n\t第二行\f'))).toBe(false);
    expect(looksBinary(new Uint8Array([1, 2, 3, 0x41, 0x42]))).toBe(true);
  });

  it('plausibility is the share of prose characters', () => {
    expect(plausibility('法治，2024。')).toBe(1);
    expect(plausibility('法\u{e000}')).toBe(0.5);
  });
});
