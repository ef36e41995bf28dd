import type { RenderedBlock, RenderedReport } from '../../../core/report/model';
import { chineseDate } from '../../../core/report/render';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Text as one line of HTML: escaped, line breaks an editor left inside kept as <br>. */
const inline = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((l) => escapeHtml(l.trim()))
    .join('<br>');

/** Phone-first: no external fonts or scripts, the system's CJK face, 1.9 line height, ~34 characters a line. */
const CSS = `
:root{color-scheme:light dark}
body{margin:0;background:Canvas;color:CanvasText;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:17px;line-height:1.9;-webkit-text-size-adjust:100%}
main{max-width:36em;margin:0 auto;padding:1.5em 1.1em 3em}
h1{font-size:1.35em;line-height:1.5;text-align:center;margin:0 0 1.2em}
h2{font-size:1.1em;margin:1.4em 0 .4em}
h3{font-size:1em;margin:1em 0 .3em}
h2,h3{text-indent:2em}
p{margin:0 0 .6em;text-indent:2em;text-align:justify;overflow-wrap:anywhere}
.signature{margin-top:2.5em;text-align:right}
.signature p{text-indent:0;text-align:right;margin:0}
`.trim();

function block(b: RenderedBlock): string {
  if (b.kind === 'heading') {
    // the document's h1 is the title: 一、 is h2, （一） h3
    const tag = `h${b.level + 1}`;
    return `<${tag}>${inline(b.text)}</${tag}>`;
  }
  return `<p>${inline(b.text)}</p>`;
}

/** The report as a self-contained page for the public site, readable on a phone. */
export function reportToHtml(report: RenderedReport): string {
  const title = report.title.replace(/\s*\r?\n\s*/g, '');
  const unit = report.signature.unit.trim();
  const party = report.signature.party?.trim() ?? '';
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    `<h1>${inline(report.title)}</h1>`,
    ...report.blocks.map(block),
    '<footer class="signature">',
    ...(party ? [`<p>${escapeHtml(party)}</p>`] : []),
    ...(unit ? [`<p>${escapeHtml(unit)}</p>`] : []),
    `<p><time datetime="${escapeHtml(report.signature.date)}">${escapeHtml(chineseDate(report.signature.date))}</time></p>`,
    '</footer>',
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
