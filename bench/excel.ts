/**
 * Ledger Excel figures: a streamed export of 100,000 dispute records (peak RSS, target ≤ 300 MB)
 * and the import check of a 10,000-row workbook (target ≤ 5 s, validation included).
 * Usage: npx tsx bench/excel.ts [exportRows=100000] [importRows=10000]
 * The export runs first, in a fresh process, so its peak is not inflated by the import's heap.
 */
import { createWriteStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { dispute } from '../core/ledgers/kinds/dispute';
import { type ExportRow, parseImport, sheetColumns, writeExport } from '../server/io/ledgerExcel';
import { rewriteZipPart } from '../server/io/testFixtures/rewriteZip';

const EXPORT_ROWS = Number(process.argv[2] ?? 100_000);
const IMPORT_ROWS = Number(process.argv[3] ?? 10_000);
const MB = 1024 * 1024;

function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return first17 + ('10X98765432'[sum % 11] as string);
}
const id = (i: number) =>
  idNumber(
    `4301211985${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`,
  );
const FAMILY = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
const nameOf = (i: number) => `${FAMILY[i % 20]}${GIVEN[(i * 7) % 20]}${GIVEN[(i * 13) % 20]}`;
const TYPES = ['邻里纠纷', '婚姻家庭', '土地山林', '宅基地', '劳资纠纷', '合同债务'];
const VILLAGES = Array.from({ length: 12 }, (_, i) => `第${i + 1}村`);
const day = (i: number) =>
  `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
const summary = (i: number) =>
  `${nameOf(i)}与${nameOf(i + 1)}因${TYPES[i % 6]}发生争执，双方多次协商未果，村调委会上门了解情况并组织双方当面沟通。`;

// ---- export: 100,000 rows streamed to a file, RSS sampled every 50 ms
async function* records(n: number): AsyncIterable<ExportRow> {
  for (let i = 0; i < n; i++)
    yield {
      number: `纠〔2025〕${i + 1}号`,
      stateLabel: '调解中',
      unitName: '青石镇',
      data: {
        registeredOn: day(i),
        source: 'screening',
        type: 'neighbour',
        village: `v${i % 12}`,
        parties: [
          {
            name: nameOf(i),
            idNumber: id(i),
            phone: `138${String(i).padStart(8, '0')}`,
            address: '青石镇石门村3组',
          },
          { name: nameOf(i + 1), idNumber: id(i + 1), phone: `139${String(i).padStart(8, '0')}` },
        ],
        summary: summary(i),
        riskLevel: 'low',
        mediator: nameOf(i + 2),
        amount: (i % 50) * 1000,
      },
      clocks: [{ label: '调解期限', state: '进行中', due: day(i + 1) }],
    };
}

const rss0 = process.memoryUsage().rss;
let peak = rss0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const file = path.join(tmpdir(), `ledger-export-${process.pid}.xlsx`);
const out = createWriteStream(file);
let t = performance.now();
await writeExport(dispute, records(EXPORT_ROWS), out, {
  mask: true,
  villageNames: new Map(VILLAGES.map((v, i) => [`v${i}`, v])),
});
out.end();
await finished(out);
const exportS = (performance.now() - t) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const size = (await stat(file)).size;
await unlink(file);
console.log(
  `export: ${EXPORT_ROWS} rows streamed in ${exportS.toFixed(2)} s (${Math.round(EXPORT_ROWS / exportS)} rows/s), ` +
    `${(size / MB).toFixed(1)} MB file; RSS before ${(rss0 / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (target ≤ 300 MB)`,
);

// ---- import: a 10,000-row workbook filled like the template
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('矛盾纠纷');
const headers = sheetColumns(dispute).map((c) => c.header);
ws.addRow(headers.map((h, i) => (sheetColumns(dispute)[i]?.required ? `*${h}` : h)));
for (let i = 0; i < IMPORT_ROWS; i++) {
  const row: Record<string, ExcelJS.CellValue> = {
    登记日期: new Date(`${day(i)}T00:00:00Z`),
    来源: '排查',
    纠纷类型: TYPES[i % 6] as string,
    '所在村（社区）': VILLAGES[i % 12] as string,
    当事人1姓名或名称: nameOf(i),
    当事人1身份证号: id(i),
    当事人1联系电话: `138${String(i).padStart(8, '0')}`,
    当事人1住址: '青石镇石门村3组',
    当事人2姓名或名称: nameOf(i + 1),
    当事人2身份证号: id(i + 1),
    纠纷概要: summary(i),
    风险等级: '低',
    调解员: nameOf(i + 2),
    涉及金额: (i % 50) * 1000,
  };
  ws.addRow(headers.map((h) => row[h] ?? null));
}
// a dropdown on 来源, as the template has; the last part of this bench stretches it over the column
for (let r = 2; r <= IMPORT_ROWS + 1; r++)
  ws.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['"排查,来访,转办"'] };
const buf = Buffer.from(await wb.xlsx.writeBuffer());
const opts = {
  today: '2026-06-01',
  villageByName: new Map(VILLAGES.map((v, i) => [v, `v${i}`])),
  villages: new Set(VILLAGES.map((_, i) => `v${i}`)),
};
t = performance.now();
const result = await parseImport(dispute, buf, opts);
const importS = (performance.now() - t) / 1000;
if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
console.log(
  `import: ${result.rows.length} rows (${(buf.length / MB).toFixed(1)} MB) read and validated in ${importS.toFixed(2)} s ` +
    `(target ≤ 5 s); RSS now ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
);

// ---- the same workbook with its dropdowns stretched over whole columns (to row 1,048,576),
// as Excel and WPS write them when a user selects a column: exceljs would expand every cell
const whole = await rewriteZipPart(buf, 'xl/worksheets/sheet1.xml', (xml) => {
  const out = xml.replace(/sqref="([A-Z]+)2:\1\d+"/g, 'sqref="$12:$11048576"');
  if (!out.includes('sqref="B2:B1048576"')) throw new Error('the workbook has no column dropdown to stretch');
  return out;
});
t = performance.now();
const wholeResult = await parseImport(dispute, Buffer.from(whole), opts);
const wholeS = (performance.now() - t) / 1000;
if (!wholeResult.ok) throw new Error(JSON.stringify(wholeResult.errors.slice(0, 3)));
console.log(
  `import with whole-column dropdowns: ${wholeResult.rows.length} rows in ${wholeS.toFixed(2)} s ` +
    `(target: no slower than the plain file); RSS now ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
);
