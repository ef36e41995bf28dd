/**
 * A hand-written PDF builder for test fixtures and benches, so we need neither a
 * PDF library nor a CJK font file. Chinese text uses a Type0 font with Identity-H
 * encoding (the code of each glyph is its UTF-16 unit) and a ToUnicode CMap that
 * maps codes back to text — the text layer is exact, while the glyphs, not being
 * embedded, only matter to a viewer. Pages may instead hold only an image (a scan).
 */

export type FixturePage = { lines: string[] } | { image: true };

export interface PdfOptions {
  /** 'latin' writes Helvetica (ASCII only); 'cjk' the Type0 font (any BMP text). */
  font?: 'latin' | 'cjk';
  /** Adds an /Encrypt dictionary whose empty user password does not match: readers must ask for a password. */
  encrypted?: boolean;
}

export function makePdf(pages: FixturePage[], opts: PdfOptions = {}): Uint8Array {
  const cjk = opts.font !== 'latin';
  const objects: string[] = []; // objects[i] is object number i + 1
  const add = (body: string) => objects.push(body);
  const stream = (dict: string, data: string) =>
    `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: the page tree, filled in when the kids are known
  add(
    cjk
      ? '<< /Type /Font /Subtype /Type0 /BaseFont /FixtureSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>'
      : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ); // 3
  add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FixtureSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>',
  ); // 4
  add(
    '<< /Type /FontDescriptor /FontName /FixtureSong /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ); // 5
  const chars = new Set(pages.flatMap((p) => ('lines' in p ? [...p.lines.join('')] : [])));
  add(stream('', toUnicodeCMap([...chars]))); // 6
  add(
    stream(
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
      'ABCD',
    ),
  ); // 7

  const kids: number[] = [];
  for (const page of layout(pages, cjk)) {
    const content =
      'image' in page
        ? 'q 595 0 0 842 0 0 cm /Im1 Do Q'
        : `BT /F1 10 Tf 50 800 Td 14 TL ${page.lines.map((l) => `${encodeLine(l, cjk)} Tj T*`).join(' ')} ET`;
    add(stream('', content));
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 7 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (opts.encrypted) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -44 >>`);
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>]`;
  }
  return serialise(objects, encrypt);
}

/** Text outside the page box is dropped by readers, so long lines wrap and long pages overflow to the next one. */
function layout(pages: FixturePage[], cjk: boolean): FixturePage[] {
  const perLine = cjk ? 49 : 82; // 495 pt of width at 10 pt (CJK glyphs are 1 em, Helvetica ~0.6 em)
  const perPage = 53; // 750 pt of height at 14 pt leading
  const out: FixturePage[] = [];
  for (const page of pages) {
    if ('image' in page) {
      out.push(page);
      continue;
    }
    const lines = page.lines.flatMap((l) => {
      const chars = [...l];
      const parts: string[] = [];
      for (let i = 0; i < chars.length; i += perLine) parts.push(chars.slice(i, i + perLine).join(''));
      return parts.length ? parts : [''];
    });
    for (let i = 0; i < lines.length; i += perPage) out.push({ lines: lines.slice(i, i + perPage) });
  }
  return out;
}

function encodeLine(line: string, cjk: boolean): string {
  if (!cjk) return `(${line.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const hex = [...line].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0'));
  return `<${hex.join('')}>`;
}

/** bfchar entries come in blocks of at most 100, as the CMap syntax requires. */
function toUnicodeCMap(chars: string[]): string {
  const hex = (ch: string) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    blocks.push(
      `${part.length} beginbfchar\n${part.map((c) => `<${hex(c)}> <${hex(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Fixture-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** Writes objects, the cross-reference table (byte offsets) and the trailer. All content is ASCII. */
function serialise(objects: string[], trailerExtra: string): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
