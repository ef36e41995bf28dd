import { describe, expect, it } from 'vitest';
import { escapeHtml, reportToHtml } from './reportHtml';
import { SAMPLE } from './testSample';

/** The visible blocks of the page, in order: tag and text. */
const blocks = (html: string) =>
  [...html.matchAll(/<(h[1-4]|p)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)].map((m) => [
    m[1],
    (m[2] ?? '').replace(/<[^>]+>/g, ''),
  ]);

describe('reportToHtml', () => {
  it('is a self-contained page for phones', () => {
    const html = reportToHtml(SAMPLE);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(`<title>${SAMPLE.title}</title>`);
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).toMatch(/main\{[^}]*max-width:36em/);
    expect(css).toMatch(/body\{[^}]*line-height:1\.9/);
    expect(css).toMatch(/\.signature\{[^}]*text-align:right/);
    // nothing fetched from elsewhere
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href=|@import|url\(/);
  });

  it('keeps the order: title, headings as h2/h3, paragraphs, signature', () => {
    expect(blocks(reportToHtml(SAMPLE))).toEqual([
      ['h1', SAMPLE.title],
      ['p', SAMPLE.blocks[0]?.text],
      ['h2', '一、主要举措和成效'],
      ['h3', '（一）严格规范公正文明执法'],
      ['p', '全年开展行政执法检查40余次，办理行政处罚案件12件，执法全过程记录率100%。'],
      ['h3', '（二）推进重大行政决策合法性审查'],
      ['p', '镇政府出台的3件重大行政决策均经合法性审查，审查通过率100%。'],
      ['h2', '二、存在的不足和原因'],
      ['p', '村（社区）法律顾问作用发挥还不够充分。'],
      ['h2', '三、下一年度推进法治政府建设的主要安排'],
      ['p', '2026年，青石镇将继续加强执法队伍建设。'],
      ['p', '青石镇人民政府'],
      ['p', '2026年1月20日'],
    ]);
    expect(reportToHtml(SAMPLE)).toContain('<time datetime="2026-01-20">2026年1月20日</time>');
  });

  it('escapes every piece of text', () => {
    const html = reportToHtml({
      title: '<script>alert(1)</script>报告',
      blocks: [
        { kind: 'heading', level: 1, text: '一、A & B' },
        { kind: 'paragraph', paragraphId: 'p', text: `<img src=x onerror="alert('x')">` },
      ],
      signature: { unit: '青石镇 <b>人民政府</b>', date: '2026-01-20' },
    });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;报告</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;报告</h1>');
    expect(html).toContain('<h2>一、A &amp; B</h2>');
    expect(html).toContain('<p>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;</p>');
    expect(html).toContain('<p>青石镇 &lt;b&gt;人民政府&lt;/b&gt;</p>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('keeps a hand-broken title as one heading with a line break', () => {
    const html = reportToHtml({ ...SAMPLE, title: '青石镇人民政府关于2025年\n法治政府建设工作情况的报告' });
    expect(html).toContain('<h1>青石镇人民政府关于2025年<br>法治政府建设工作情况的报告</h1>');
    expect(html).toContain(`<title>${SAMPLE.title}</title>`);
  });
});
