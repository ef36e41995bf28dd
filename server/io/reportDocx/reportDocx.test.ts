import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedReport } from '../../../core/report/model';
import { READ_LIMITS } from '../limits';
import { readDocx } from '../readDocx';
import { unzipEntries } from '../testFixtures/rewriteZip';
import { BODY_CHAR_SPACING, CHARS_PER_LINE, LINES_PER_PAGE, MARGIN, mm, PAGE, TEXT_WIDTH } from './layout';
import { charWidth, normalizeDocNumber, reportToDocx } from './reportDocx';
import { SAMPLE } from './testSample';

// --- a few readers for the generated WordprocessingML (written by one library, so regular) ---

type Parts = Map<string, string>;
const unzip = async (buf: Uint8Array): Promise<Parts> =>
  new Map((await unzipEntries(buf)).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
const part = (parts: Parts, name: string): string => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  return xml;
};

/** The first element `tag` (e.g. "w:pgSz") in xml, as its attributes. */
function el(xml: string, tag: string): Record<string, string> | undefined {
  const m = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (!m) return undefined;
  return Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}
const attrs = (xml: string, tag: string): Record<string, string> => {
  const found = el(xml, tag);
  if (!found) throw new Error(`no <${tag}> in ${xml.slice(0, 200)}`);
  return found;
};

/** The body's paragraphs, in order. */
const paragraphs = (xml: string): string[] =>
  xml.match(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? [];
const textOf = (p: string): string =>
  [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const styleOf = (p: string): string | undefined => el(p, 'w:pStyle')?.['w:val'];
/** A style's definition in styles.xml. */
const style = (styles: string, id: string): string => {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
};

/** The footer part a section references for `type` (default = odd pages, even). */
function footer(parts: Parts, type: 'default' | 'even'): string {
  const doc = part(parts, 'word/document.xml');
  const ref = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc);
  if (!ref) throw new Error(`no ${type} footer`);
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const target = new RegExp(`Id="${ref[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no relationship ${ref[1]}`);
  return part(parts, `word/${target}`);
}

describe('reportToDocx: GB/T 9704 layout', () => {
  let buf: Buffer;
  let parts: Parts;
  let body: string[];
  let styles: string;

  beforeAll(async () => {
    buf = await reportToDocx(SAMPLE, { now: new Date('2026-01-21T08:00:00Z') });
    parts = await unzip(buf);
    body = paragraphs(part(parts, 'word/document.xml'));
    styles = part(parts, 'word/styles.xml');
  });

  it('is an A4 page with the 37/35/28/26 mm margins', () => {
    const doc = part(parts, 'word/document.xml');
    expect(attrs(doc, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(doc, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
    });
    expect([PAGE.width, PAGE.height, MARGIN.top, MARGIN.bottom, MARGIN.left, MARGIN.right]).toEqual([
      11906, 16838, 2098, 1984, 1587, 1474,
    ]);
  });

  it('sets 22 lines of 28 characters: a line grid and body character spacing', () => {
    const grid = attrs(part(parts, 'word/document.xml'), 'w:docGrid');
    // a line grid only: LibreOffice lays out a character grid (linesAndChars) with wide gaps
    expect(grid).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '560' });
    expect(grid['w:charSpace']).toBeUndefined();
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    const spacing = Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"\/>/.exec(defaults)?.[1]);
    expect(spacing).toBe(BODY_CHAR_SPACING);
    // each character takes 16 pt + the spacing: 28 fit in the 156 mm text width, 29 do not
    const pitch = 320 + spacing;
    expect(Math.floor(TEXT_WIDTH / pitch)).toBe(CHARS_PER_LINE);
    // 22 lines of 28 pt fit in the 225 mm text height, 23 do not
    const heightTwips = PAGE.height - MARGIN.top - MARGIN.bottom;
    expect(Math.floor(heightTwips / 560)).toBe(LINES_PER_PAGE);
  });

  it('puts the page number about 7 mm below the text block', () => {
    const footerDistance = Number(attrs(part(parts, 'word/document.xml'), 'w:pgMar')['w:footer']);
    // the dash sits ~2.4 mm above the bottom of the 14 pt footer line
    const dashBelowText = MARGIN.bottom - footerDistance - mm(2.4);
    expect(Math.abs(dashBelowText - mm(7))).toBeLessThan(mm(0.5));
  });

  it('sets the body in 3号 仿宋_GB2312, 28 pt exact, 2-character indent, justified, Chinese', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attrs(defaults, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attrs(defaults, 'w:sz')['w:val']).toBe('32');
    expect(attrs(defaults, 'w:lang')['w:eastAsia']).toBe('zh-CN');
    expect(/<w:pPr>[\s\S]*?<w:spacing ([^>]*)\/>/.exec(defaults)?.[1]).toMatch(
      /w:line="560"[\s\S]*w:lineRule="exact"|w:lineRule="exact"[\s\S]*w:line="560"/,
    );
    expect(attrs(defaults, 'w:ind')).toMatchObject({ 'w:firstLine': '640', 'w:firstLineChars': '200' });
    expect(attrs(defaults, 'w:jc')['w:val']).toBe('both');
    // body paragraphs carry nothing of their own: the look is the document's default
    const first = body.find((p) => textOf(p).startsWith('2025年，青石镇'));
    expect(first).toBeDefined();
    expect(first).not.toContain('<w:pPr>');
    expect(first).not.toContain('<w:rPr>');
  });

  it('sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312, 3号, not bold, on the outline', () => {
    const h1 = style(styles, 'Heading1');
    expect(attrs(h1, 'w:rFonts')['w:eastAsia']).toBe('黑体');
    expect(attrs(h1, 'w:sz')['w:val']).toBe('32');
    expect(attrs(h1, 'w:b')['w:val']).toBe('false');
    expect(attrs(h1, 'w:outlineLvl')['w:val']).toBe('0');
    expect(h1).toContain('<w:keepNext/>');
    expect(h1).not.toContain('w:color');
    const h2 = style(styles, 'Heading2');
    expect(attrs(h2, 'w:rFonts')['w:eastAsia']).toBe('楷体_GB2312');
    expect(attrs(h2, 'w:sz')['w:val']).toBe('32');
    expect(attrs(h2, 'w:b')['w:val']).toBe('false');
    expect(attrs(h2, 'w:outlineLvl')['w:val']).toBe('1');
    expect(h2).not.toContain('w:color');
    // headings keep Normal's 2-character indent: based on Normal, no indent of their own
    expect(h1).toContain('<w:basedOn w:val="Normal"/>');
    expect(h1).not.toContain('<w:ind');
    expect(body.filter((p) => styleOf(p) === 'Heading1').map(textOf)).toEqual([
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '三、下一年度推进法治政府建设的主要安排',
    ]);
    expect(body.filter((p) => styleOf(p) === 'Heading2').map(textOf)).toEqual([
      '（一）严格规范公正文明执法',
      '（二）推进重大行政决策合法性审查',
    ]);
  });

  it('centres the title in 2号 方正小标宋简体 with one blank line before the body', () => {
    const [title, gap, next] = body;
    expect(textOf(title ?? '')).toBe(SAMPLE.title);
    expect(attrs(title ?? '', 'w:jc')['w:val']).toBe('center');
    expect(attrs(title ?? '', 'w:ind')).toMatchObject({ 'w:firstLine': '0', 'w:firstLineChars': '0' });
    expect(attrs(title ?? '', 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体');
    expect(attrs(title ?? '', 'w:sz')['w:val']).toBe('44');
    expect(gap).toBe('<w:p/>');
    expect(textOf(next ?? '')).toMatch(/^2025年，青石镇/);
  });

  it('signs off after two blank lines: date 右空四字, unit centred over it', () => {
    const tail = body.slice(-4);
    expect(tail.slice(0, 2)).toEqual(['<w:p/>', '<w:p/>']);
    const [unit, date] = tail.slice(2);
    expect(textOf(unit ?? '')).toBe('青石镇人民政府');
    expect(textOf(date ?? '')).toBe('2026年1月20日');
    expect(attrs(date ?? '', 'w:jc')['w:val']).toBe('right');
    expect(attrs(date ?? '', 'w:ind')['w:right']).toBe(String(4 * 320));
    expect(attrs(unit ?? '', 'w:jc')['w:val']).toBe('right');
    // date 6.5 字 wide (digits are half-width), unit 7: the unit's centre is over the date's
    expect(charWidth('2026年1月20日')).toBe(6.5);
    const unitRight = Number(attrs(unit ?? '', 'w:ind')['w:right']);
    const centre = (right: number, width: number) => right + (width * 320) / 2;
    expect(centre(unitRight, 7)).toBe(centre(4 * 320, 6.5));
  });

  it('numbers pages "— 1 —" in 4号 宋体: odd pages right, even pages left, each 空一字', () => {
    expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const odd = footer(parts, 'default');
    const even = footer(parts, 'even');
    for (const f of [odd, even]) {
      expect(f).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>.*<w:t xml:space="preserve"> —<\/w:t>/s,
      );
      expect(attrs(f, 'w:rFonts')).toMatchObject({
        'w:eastAsia': '宋体',
        'w:ascii': '宋体',
        'w:hAnsi': '宋体',
      });
      expect(attrs(f, 'w:sz')['w:val']).toBe('28');
      expect(attrs(f, 'w:ind')).toMatchObject({ 'w:firstLine': '0', 'w:firstLineChars': '0' });
    }
    expect(attrs(odd, 'w:jc')['w:val']).toBe('right');
    expect(attrs(odd, 'w:ind')['w:right']).toBe('280');
    expect(attrs(even, 'w:jc')['w:val']).toBe('left');
    expect(attrs(even, 'w:ind')['w:left']).toBe('280');
  });

  it('writes the title, creator and language into the core properties', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${SAMPLE.title}</dc:title>`);
    expect(core).toContain('<dc:creator>法治政府建设工作平台</dc:creator>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-21T08:00:00Z</dcterms:created>',
    );
  });

  it('names fallbacks for the GB2312 faces in the font table', () => {
    const fonts = part(parts, 'word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    for (const name of ['方正小标宋简体', '黑体', '宋体', 'Times New Roman']) {
      expect(fonts).toContain(`<w:font w:name="${name}">`);
    }
  });

  it('reads back with the platform reader: title, headings and paragraphs in order', async () => {
    const read = await readDocx(buf, READ_LIMITS);
    if (!('text' in read)) throw new Error(`not read: ${JSON.stringify(read)}`);
    const lines = read.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      SAMPLE.title,
      ...SAMPLE.blocks.map((b) => b.text),
      '青石镇人民政府',
      '2026年1月20日',
    ]);
  });

  it('converts with mammoth without a warning, headings as headings', async () => {
    const { value, messages } = await mammoth.convertToHtml({ buffer: buf });
    expect(messages).toEqual([]);
    expect(value).toContain('<h1>一、主要举措和成效</h1>');
    expect(value).toContain('<h2>（一）严格规范公正文明执法</h2>');
    expect(value).toContain(
      '<p>全年开展行政执法检查40余次，办理行政处罚案件12件，执法全过程记录率100%。</p>',
    );
  });
});

describe('reportToDocx: inputs', () => {
  it('writes the 发文字号 centred above the title, year in 六角括号', async () => {
    const parts = await unzip(await reportToDocx(SAMPLE, { docNumber: '青政发[2026]3号' }));
    const [num, gap, title] = paragraphs(part(parts, 'word/document.xml'));
    expect(textOf(num ?? '')).toBe('青政发〔2026〕3号');
    expect(attrs(num ?? '', 'w:jc')['w:val']).toBe('center');
    expect(gap).toBe('<w:p/>');
    expect(textOf(title ?? '')).toBe(SAMPLE.title);
    expect(normalizeDocNumber(' 青政发（2026）3号 ')).toBe('青政发〔2026〕3号');
    expect(normalizeDocNumber('青政发〔2026〕3号')).toBe('青政发〔2026〕3号');
  });

  it('escapes markup and drops characters XML cannot hold, so Word still opens the file', async () => {
    const report: RenderedReport = {
      ...SAMPLE,
      title: '青石镇 <法治> & “依法行政”\u0007报告',
      blocks: [{ kind: 'paragraph', paragraphId: 'x', text: 'a<b>&amp;\u0000c\uD800d 𠀀' }],
      signature: { unit: '青石镇人民政府 & 办公室', date: '2026-01-05' },
    };
    const buf = await reportToDocx(report);
    const parts = await unzip(buf);
    const doc = part(parts, 'word/document.xml');
    expect(doc).toContain('青石镇 &lt;法治&gt; &amp; “依法行政”报告');
    expect(doc).toContain('a&lt;b&gt;&amp;amp;cd 𠀀');
    expect(part(parts, 'docProps/core.xml')).toContain(
      '<dc:title>青石镇 &lt;法治&gt; &amp; “依法行政”报告</dc:title>',
    );
    const read = await readDocx(buf, READ_LIMITS);
    if (!('text' in read)) throw new Error('not read');
    expect(read.text.split('\n').filter(Boolean)).toEqual([
      '青石镇 <法治> & “依法行政”报告',
      'a<b>&amp;cd 𠀀',
      '青石镇人民政府 & 办公室',
      '2026年1月5日',
    ]);
  });

  it('keeps a title broken by hand on two centred lines of one paragraph', async () => {
    const parts = await unzip(
      await reportToDocx({ ...SAMPLE, title: '青石镇人民政府关于2025年\n法治政府建设工作情况的报告' }),
    );
    const [title] = paragraphs(part(parts, 'word/document.xml'));
    expect(title).toContain('<w:br/>');
    expect(textOf(title ?? '')).toBe(SAMPLE.title);
    expect(part(parts, 'docProps/core.xml')).toContain(`<dc:title>${SAMPLE.title}</dc:title>`);
  });

  it('lets a long unit run to the margin rather than past it', async () => {
    const unit = '青石镇全面依法治镇委员会办公室青石镇人民政府';
    const body = paragraphs(
      part(
        await unzip(await reportToDocx({ ...SAMPLE, signature: { unit, date: '2026-01-20' } })),
        'word/document.xml',
      ),
    );
    const para = body.find((p) => textOf(p) === unit) ?? '';
    expect(attrs(para, 'w:ind')['w:right']).toBe('0');
  });
});
