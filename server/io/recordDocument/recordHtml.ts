import type { RecordDocument } from '../../../core/ledgers';
import { escapeHtml } from '../reportDocx/reportHtml';

/** Text with the line breaks a textarea kept, escaped. */
const lines = (s: string) => s.split(/\r?\n/).map(escapeHtml).join('<br>');

/**
 * The print view of one record's document (issue 15 §5): the same content as the .docx, as a
 * self-contained A4 page (no scripts; the app's CSP allows inline styles only). On screen a bar
 * says how to print; `@media print` hides it and keeps table rows whole across pages.
 */
const CSS = `
@page{size:A4;margin:25mm 24mm 25mm 26mm}
body{margin:0;color:#000;background:#fff;font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;font-size:14pt;line-height:1.6}
main{max-width:160mm;margin:0 auto;padding:8mm 0 16mm}
.bar{background:#fffbe6;border-bottom:1px solid #ffe58f;padding:8px 16px;font-family:sans-serif;font-size:14px}
h1{font-family:"方正小标宋简体","SimSun","宋体","Noto Serif CJK SC",serif;font-size:22pt;font-weight:normal;text-align:center;margin:0 0 6mm}
.number{text-align:right;margin:0 0 3mm}
table{width:100%;border-collapse:collapse;margin:0 0 4mm}
th,td{border:1px solid #000;padding:2mm 3mm;vertical-align:middle;text-align:left;overflow-wrap:anywhere}
th{font-weight:bold}
th.label{width:38mm}
h2{font-size:14pt;margin:5mm 0 2mm}
p.note{text-indent:2em;text-align:justify;margin:3mm 0}
.signatures{margin-top:8mm}
.signatures p{margin:6mm 0}
.date{text-align:right;margin-right:2em}
@media print{.bar{display:none}main{padding:0}tr{break-inside:avoid}}
`.trim();

export function recordToHtml(doc: RecordDocument, revealed: boolean): string {
  const body: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length > 0) body.push(`<table class="fields">${rows.join('')}</table>`);
    rows = [];
  };
  for (const item of doc.items) {
    if (item.type === 'field') {
      rows.push(
        `<tr><th class="label" scope="row">${escapeHtml(item.label)}</th><td>${lines(item.text)}</td></tr>`,
      );
      continue;
    }
    flush();
    body.push(`<h2>${escapeHtml(item.label)}</h2>`);
    body.push(
      `<table><thead><tr>${item.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${
        item.rows.length > 0
          ? item.rows.map((r) => `<tr>${r.map((v) => `<td>${lines(v)}</td>`).join('')}</tr>`).join('')
          : `<tr><td colspan="${item.columns.length}">（无）</td></tr>`
      }</tbody></table>`,
    );
  }
  flush();
  if (doc.steps.length > 0) {
    body.push('<h2>办理过程</h2>');
    body.push(
      `<table class="steps"><thead><tr><th scope="col">日期</th><th scope="col">步骤</th><th scope="col">经办人</th><th scope="col">情况</th></tr></thead><tbody>${doc.steps
        .map(
          (s) =>
            `<tr><td>${escapeHtml(s.on)}</td><td>${escapeHtml(s.label)}</td><td>${escapeHtml(s.actorName ?? '')}</td><td>${s.details.map(lines).join('<br>')}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }
  for (const n of doc.notes) body.push(`<p class="note">${lines(n)}</p>`);
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${doc.title} ${doc.number}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="bar" role="note">打印预览：请使用浏览器的“打印”（Ctrl+P）打印本页，打印时不含本提示。${
      revealed ? '本页含完整个人信息，本次打印已记入审计日志。' : '个人信息已按规定隐去部分内容。'
    }</div>`,
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="number">${escapeHtml(doc.unitName)}　编号：${escapeHtml(doc.number)}</p>`,
    ...body,
    '<section class="signatures">',
    ...doc.signatures.map((s) => `<p>${escapeHtml(s)}：＿＿＿＿＿＿＿＿</p>`),
    `<p class="date">${escapeHtml(doc.date ?? '　　年　　月　　日')}</p>`,
    '</section>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
