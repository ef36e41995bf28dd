import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispute } from '../../core/ledgers/kinds/dispute';
import { petition } from '../../core/ledgers/kinds/petition';
import type { PersonalFormat } from '../../core/ledgers/types';
import {
  buildTemplate,
  type ExportRow,
  formatImportError,
  type ImportOptions,
  type ImportResult,
  parseImport,
  writeExport,
} from './ledgerExcel';
import { makeDocx } from './testFixtures/makeDocx';
import { makeZip } from './testFixtures/makeZip';
import { rewriteZipPart } from './testFixtures/rewriteZip';

/** A valid 18-digit ID number from its first 17 digits. */
function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return first17 + ('10X98765432'[sum % 11] as string);
}
const ID1 = idNumber('43012119850612001');
const ID2 = idNumber('43012119900101002');

const VILLAGES = ['石门村', '龙泉社区'];
const OPTS: ImportOptions = {
  today: '2026-06-01',
  villageByName: new Map([
    ['石门村', 'v-shimen'],
    ['龙泉社区', 'v-longquan'],
  ]),
  villages: new Set(['v-shimen', 'v-longquan']),
};

async function load(buf: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ArrayBuffer);
  return wb;
}

const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** Header (without the * marker) → column number in the template's first sheet. */
function headerIndex(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => {
    out.set(String(c.value).replace(/^\*/, ''), n);
  });
  return out;
}

/** The dispute template with rows filled in by header. */
let template: Promise<Buffer> | undefined;
async function filledDispute(rows: Record<string, ExcelJS.CellValue>[]): Promise<Buffer> {
  template ??= buildTemplate(dispute, { villages: VILLAGES });
  const wb = await load(await template);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const idx = headerIndex(ws);
  rows.forEach((row, i) => {
    for (const [h, v] of Object.entries(row)) {
      const n = idx.get(h);
      if (n === undefined) throw new Error(`no column ${h}`);
      ws.getCell(i + 2, n).value = v;
    }
  });
  return bytes(wb);
}

const goodRow = (over: Record<string, ExcelJS.CellValue> = {}): Record<string, ExcelJS.CellValue> => ({
  登记日期: '2026-03-01',
  来源: '排查',
  纠纷类型: '邻里纠纷',
  当事人1姓名或名称: '张三',
  纠纷概要: '两户因宅前排水沟走向发生争执',
  风险等级: '低',
  ...over,
});
// the village header has full-width brackets
const VILLAGE = '所在村（社区）';

const errorsOf = (r: ImportResult) => {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const rowsOf = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.errors.map(formatImportError).join('\n'));
  return r.rows;
};

describe('buildTemplate', () => {
  it('has Chinese headers with required ones marked, dropdowns, formats and the 填写说明 sheet', async () => {
    const wb = await load(await buildTemplate(dispute, { villages: VILLAGES }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['矛盾纠纷', '填写说明', '选项']);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      '*登记日期',
      '*来源',
      '*纠纷类型',
      '所在村（社区）',
      '*当事人1姓名或名称',
      '当事人1身份证号',
      '当事人1联系电话',
      '当事人1住址',
      '当事人2姓名或名称',
      '当事人2身份证号',
      '当事人2联系电话',
      '当事人2住址',
      '*纠纷概要',
      '*风险等级',
      '调解组织',
      '调解员',
      '涉及金额',
    ]);
    expect(ws.getCell('A1').font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('D1').font?.color).toBeUndefined();
    expect(ws.getColumn(1).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(6).numFmt).toBe('@'); // ID numbers stay text

    // dropdowns point at the hidden 选项 sheet, which holds the labels
    const lists = wb.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(lists.state).toBe('hidden');
    const listOf = (addr: string) => {
      const dv = ws.getCell(addr).dataValidation;
      expect(dv?.type).toBe('list');
      const m = /'选项'!\$([A-Z]+)\$2:\$\1\$(\d+)/.exec(String(dv?.formulae?.[0]));
      if (!m) throw new Error(`no list on ${addr}`);
      const out: string[] = [];
      for (let r = 2; r <= Number(m[2]); r++) out.push(String(lists.getCell(`${m[1]}${r}`).value));
      return out;
    };
    expect(listOf('B2')).toEqual(['排查', '来访', '网格上报', '转办', '群众线上申请']);
    expect(listOf('B1001')).toEqual(['排查', '来访', '网格上报', '转办', '群众线上申请']);
    expect(listOf('D500')).toEqual(VILLAGES);
    expect(listOf('N2')).toEqual(['低', '中', '高']);
    expect(ws.getCell('B1002').dataValidation).toBeUndefined();
    expect(ws.getCell('Q2').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 1_000_000_000] });

    const guide = wb.getWorksheet('填写说明') as ExcelJS.Worksheet;
    const lines: string[][] = [];
    guide.eachRow((row) => {
      lines.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    });
    const byHeader = new Map(lines.map((l) => [l[0], l]));
    expect(byHeader.get('来源')?.slice(1, 4)).toEqual([
      '必填',
      '单选（下拉选择）',
      '排查、来访、网格上报、转办、群众线上申请',
    ]);
    expect(byHeader.get('当事人1身份证号')?.[1]).toBe('选填');
    expect(byHeader.get('当事人1身份证号')?.[4]).toContain('18位');
    expect(byHeader.get('当事人2姓名或名称')?.[1]).toBe('选填');
    expect(byHeader.get('当事人2姓名或名称')?.[4]).toContain('填写了第2行当事人的任一项时必填');
    expect(byHeader.get(VILLAGE)?.[3]).toBe('石门村、龙泉社区');
    expect(byHeader.get('登记日期')?.[4]).toContain('2026-03-05');
    expect(byHeader.get('涉及金额')?.slice(2, 5)).toEqual(['整数（元）', '', '0～1000000000']);
    expect(lines.some((l) => l[0]?.includes('不要合并单元格'))).toBe(true);
  });

  it('puts a kind’s help text in the guide (petition 推选代表人数)', async () => {
    const wb = await load(await buildTemplate(petition, { villages: [] }));
    expect(wb.worksheets[0]?.name).toBe('信访事项');
    const guide = wb.getWorksheet('填写说明') as ExcelJS.Worksheet;
    let help = '';
    let village = '';
    guide.eachRow((row) => {
      if (row.getCell(1).value === '推选代表人数') help = String(row.getCell(6).value);
      if (row.getCell(1).value === VILLAGE) village = String(row.getCell(4).value);
    });
    expect(help).toContain('代表人数不超过5人');
    expect(village).toBe('（本乡镇尚未登记村（社区））');
  });
});

describe('parseImport', () => {
  it('reads a filled template back into validated values', async () => {
    const buf = await filledDispute([
      goodRow({
        登记日期: new Date(Date.UTC(2026, 2, 1)),
        [VILLAGE]: '石门村',
        当事人1身份证号: ID1.slice(0, -1) + ID1.slice(-1).toLowerCase(),
        当事人1联系电话: 13812345678,
        当事人1住址: { richText: [{ text: '石门村' }, { text: '3组', font: { bold: true } }] },
        当事人2姓名或名称: '李四',
        当事人2身份证号: ID2,
        调解组织: '村（居）人民调解委员会',
        涉及金额: { formula: '500*2', result: 1000 },
      }),
      {},
      goodRow({
        登记日期: '2026/3/5',
        来源: '来访',
        纠纷类型: '劳资纠纷',
        风险等级: '高',
        涉及金额: '12,000元',
      }),
    ]);
    const rows = rowsOf(await parseImport(dispute, buf, OPTS));
    expect(rows.map((r) => r.row)).toEqual([2, 4]); // the blank row 3 is skipped
    expect(rows[0]?.values).toEqual({
      registeredOn: '2026-03-01',
      source: 'screening',
      type: 'neighbour',
      village: 'v-shimen',
      parties: [
        { name: '张三', idNumber: ID1, phone: '13812345678', address: '石门村3组' },
        { name: '李四', idNumber: ID2 },
      ],
      summary: '两户因宅前排水沟走向发生争执',
      riskLevel: 'low',
      mediationBody: 'village',
      amount: 1000,
    });
    expect(rows[1]?.values).toMatchObject({
      registeredOn: '2026-03-05',
      source: 'visit',
      type: 'labour',
      riskLevel: 'high',
      amount: 12000,
      parties: [{ name: '张三' }],
    });
    expect(rows[0]?.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the row and the column of a bad cell, and imports nothing', async () => {
    const buf = await filledDispute([
      goodRow(),
      goodRow({ 当事人2姓名或名称: '王五', 当事人2身份证号: '430121198506120011', 风险等级: '极高' }),
      goodRow(),
    ]);
    const r = await parseImport(dispute, buf, OPTS);
    expect(r.ok).toBe(false);
    expect(errorsOf(r)).toEqual([
      { row: 3, column: '当事人2身份证号', message: '「当事人2身份证号」不是有效的18位居民身份证号码' },
      { row: 3, column: '风险等级', message: '「风险等级」只能是：低、中、高' },
    ]);
    expect(formatImportError(errorsOf(r)[0] as never)).toBe(
      '第 3 行「当事人2身份证号」：「当事人2身份证号」不是有效的18位居民身份证号码',
    );
  });

  it('reports required cells, unknown villages, future dates and a second party without a name', async () => {
    const buf = await filledDispute([
      goodRow({
        来源: null,
        [VILLAGE]: '外乡村',
        登记日期: '2026-07-01',
        当事人1姓名或名称: null,
        当事人2联系电话: '13912345678',
      }),
    ]);
    const errors = errorsOf(await parseImport(dispute, buf, OPTS));
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '登记日期', '「登记日期」不能晚于今天'],
      [2, '来源', '「来源」不能为空'],
      [2, VILLAGE, '「所在村（社区）」“外乡村”不是本乡镇的村（社区）'],
      // the party data sits in the second spread row only: the message names that column
      [2, '当事人2姓名或名称', '「当事人2姓名或名称」不能为空'],
    ]);
  });

  it('refuses an ID number that Excel stored as a number', async () => {
    const buf = await filledDispute([goodRow({ 当事人1身份证号: 430121198506120000 })]);
    expect(errorsOf(await parseImport(dispute, buf, OPTS))).toEqual([
      {
        row: 2,
        column: '当事人1身份证号',
        message: expect.stringContaining('被 Excel 存成了数字'),
      },
    ]);
  });

  it('names the missing required columns; ignores unknown ones; tolerates retyped headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow([' 登记 日期 ', '来源', '所在村(社区)', '*当事人1姓名或名称', '备注']);
    ws.addRow(['2026-03-01', '排查', '石门村', '张三', 'x']);
    const errors = errorsOf(await parseImport(dispute, await bytes(wb), OPTS));
    expect(errors).toEqual([
      {
        row: 1,
        column: null,
        message:
          '缺少必填列：「纠纷类型」「纠纷概要」「风险等级」。请使用下载的模板，不要删除或修改第 1 行的列名',
      },
    ]);

    ws.getRow(1).values = [
      '登记日期',
      '来源',
      '所在村(社区)',
      '*当事人1姓名或名称',
      '纠纷类型',
      '纠纷概要',
      '风险等级',
      '备注',
    ];
    ws.getRow(2).values = ['2026-03-01', '排查', '石门村', '张三', '其他', '概要', '中', '随便'];
    const r = await parseImport(dispute, await bytes(wb), OPTS);
    expect(r).toMatchObject({ ok: true, ignoredColumns: ['备注'] });
    expect(rowsOf(r)[0]?.values).toMatchObject({ village: 'v-shimen', type: 'other', riskLevel: 'medium' });
  });

  it('finds the header below a merged title row, but refuses merged cells among the data', async () => {
    const wb = await load(await filledDispute([goodRow(), goodRow(), goodRow()]));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    ws.spliceRows(1, 0, ['青石镇2026年矛盾纠纷排查台账']);
    ws.mergeCells('A1:Q1');
    expect(rowsOf(await parseImport(dispute, await bytes(wb), OPTS)).map((r) => r.row)).toEqual([3, 4, 5]);

    ws.mergeCells('B4:B5');
    expect(errorsOf(await parseImport(dispute, await bytes(wb), OPTS))).toEqual([
      {
        row: 4,
        column: '来源',
        message: '单元格 B4:B5 是合并单元格。导入时每一行须是一条完整的记录，请取消合并，并在每一行分别填写',
      },
    ]);
  });

  it('answers files that are not .xlsx with a Chinese reason', async () => {
    const only = async (data: Uint8Array) => {
      const errors = errorsOf(await parseImport(dispute, data, OPTS));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ row: null, column: null });
      return errors[0]?.message as string;
    };
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(await only(random)).toBe(
      '文件不是有效的 Excel（.xlsx）文件。请下载本台账的导入模板，填写后以 .xlsx 格式上传',
    );
    expect(await only(new TextEncoder().encode('登记日期,来源\n2026-03-01,排查\n'))).toMatch(
      /^文件不是有效的 Excel（.xlsx）文件/,
    );
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await only(xls)).toContain('旧版 Excel（.xls）');
    expect(await only(xls)).toContain('另存为');
    expect(await only(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toContain(
      '（看起来是PDF 文件）',
    );
    expect(await only(await makeDocx({ title: '报告', paragraphs: ['正文'] }))).toContain('可能是 Word 文档');
    expect(
      await only(
        makeZip([
          { name: 'xl/workbook.xml', data: '<not really' },
          { name: '[Content_Types].xml', data: '' },
        ]),
      ),
    ).toContain('无法读取其中的表格');
    expect(await only(new Uint8Array(0))).toContain('文件是空的');
  });

  // its speed (exceljs would expand each of the million cells: 7 s, 1 GB) is timed in bench/excel.ts
  it('reads a file whose dropdowns cover whole columns', async () => {
    const buf = await filledDispute([goodRow(), goodRow()]);
    const whole = await rewriteZipPart(buf, 'xl/worksheets/sheet1.xml', (xml) => {
      const out = xml.replace(/sqref="([A-Z]+)2:\1\d+"/g, 'sqref="$12:$11048576"');
      expect(out).toContain('sqref="B2:B1048576"');
      return out;
    });
    expect(rowsOf(await parseImport(dispute, whole, OPTS)).map((r) => r.row)).toEqual([2, 3]);
  });

  it('refuses a sheet declaring entities (XXE) before exceljs parses it', async () => {
    const buf = await filledDispute([goodRow()]);
    const xxe = await rewriteZipPart(buf, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    );
    expect(errorsOf(await parseImport(dispute, xxe, OPTS))).toEqual([
      {
        row: null,
        column: null,
        message: '文件含有 Excel 和 WPS 不会写入的 XML 文档类型声明，疑似构造的恶意文件，已拒绝导入',
      },
    ]);
  });

  it('refuses an empty sheet, a sheet of headers only, and too many rows', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('空表');
    expect(errorsOf(await parseImport(dispute, await bytes(empty), OPTS))[0]?.message).toContain(
      '第一个工作表「空表」是空的',
    );
    const headersOnly = await buildTemplate(dispute, { villages: VILLAGES });
    expect(errorsOf(await parseImport(dispute, headersOnly, OPTS))[0]?.message).toBe(
      '表格中只有列名，没有数据：请从第 2 行起每行填写一条记录',
    );
    const eleven = await filledDispute(Array.from({ length: 11 }, () => goodRow()));
    expect(rowsOf(await parseImport(dispute, eleven, { ...OPTS, maxRows: 11 }))).toHaveLength(11);
    expect(errorsOf(await parseImport(dispute, eleven, { ...OPTS, maxRows: 10 }))).toEqual([
      {
        row: null,
        column: null,
        message:
          '数据超过 10 行，一次最多导入 10 行；请把表格分成几个文件分别导入（每个文件保留第 1 行的列名）',
      },
    ]);
  });

  it('lists 5,000 bad rows as 200 errors and a count of the rest', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('矛盾纠纷');
    ws.addRow(['登记日期', '来源', '纠纷类型', '当事人1姓名或名称', '纠纷概要', '风险等级']);
    for (let i = 0; i < 5000; i++) ws.addRow(['2026-02-30', '排查', '邻里纠纷', `当事人${i}`, '概要', '低']);
    const errors = errorsOf(await parseImport(dispute, await bytes(wb), OPTS));
    expect(errors).toHaveLength(201);
    expect(errors[0]).toEqual({ row: 2, column: '登记日期', message: '「登记日期」应为日期（年-月-日）' });
    expect(errors[199]?.row).toBe(201);
    expect(errors[200]).toEqual({
      row: null,
      column: null,
      message: '另有 4800 处错误未列出（共 5000 行有错误），请先改正以上错误后重新导入',
    });
  });

  it('gives the same row the same key in the same or another file, and different rows different keys', async () => {
    const buf = await filledDispute([goodRow(), goodRow({ 当事人1姓名或名称: '李四' }), goodRow()]);
    const a = rowsOf(await parseImport(dispute, buf, OPTS)).map((r) => r.key);
    const b = rowsOf(await parseImport(dispute, buf, OPTS)).map((r) => r.key);
    expect(b).toEqual(a);
    expect(a[0]).toBe(a[2]);
    expect(a[0]).not.toBe(a[1]);
    // the same content written differently (a label vs a typed date) is the same row
    const retyped = await filledDispute([
      goodRow({ 登记日期: new Date(Date.UTC(2026, 2, 1)), 风险等级: ' 低 ' }),
    ]);
    expect(rowsOf(await parseImport(dispute, retyped, OPTS))[0]?.key).toBe(a[0]);
  });
});

describe('writeExport', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ledger-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const parties = Array.from({ length: 3 }, (_, i) => ({
    name: ['张三', '欧阳明华', '李四'][i],
    idNumber: [ID1, ID2, null][i],
    phone: ['13812345678', '0731-84123456', null][i],
    address: ['湖南省长沙县青石镇石门村3组', null, null][i],
  }));
  async function* records(n: number): AsyncIterable<ExportRow> {
    for (let i = 0; i < n; i++)
      yield {
        number: `访〔2026〕${i + 1}号`,
        stateLabel: '办理中',
        unitName: '青石镇',
        data: {
          receivedOn: '2026-03-02',
          channel: 'visit',
          origin: 'forwarded',
          people: 3,
          parties,
          subject: '土地承包经营权纠纷',
          category: 'land',
          content: '要求重新丈量承包地',
          village: 'v-shimen',
          acceptedOn: '2026-03-05',
          outcome: 'support',
        },
        clocks: [
          { label: '办理期限', state: '临期', due: '2026-05-01' },
          { label: '书面告知受理', state: 'overdue', due: '2026-03-17' },
        ],
      };
  }

  async function exportRows(mask: boolean | PersonalFormat[]): Promise<Map<string, unknown>[]> {
    const file = path.join(dir, `petition-${String(mask)}.xlsx`);
    const out = createWriteStream(file);
    await writeExport(petition, records(3), out, {
      mask,
      villageNames: new Map([['v-shimen', '石门村']]),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(createReadStream(file));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe('信访事项');
    const headers = Array.from(ws.getRow(1).values as unknown[], String);
    const out2: Map<string, unknown>[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const values = ws.getRow(r).values as unknown[];
      out2.push(new Map(headers.map((h, i) => [h, values[i] ?? null])));
    }
    return out2;
  }

  it('streams labels, names, real dates and masked personal data', async () => {
    const rows = await exportRows(true);
    expect(rows).toHaveLength(3);
    const r = rows[0] as Map<string, unknown>;
    expect([...r.keys()].slice(1, 6)).toEqual(['编号', '单位', '状态', '收到日期', '信访形式']);
    expect(r.get('编号')).toBe('访〔2026〕1号');
    expect(r.get('单位')).toBe('青石镇');
    expect(r.get('状态')).toBe('办理中');
    expect(r.get('收到日期')).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(r.get('信访形式')).toBe('来访');
    expect(r.get('来源')).toBe('上级转送');
    expect(r.get('人数')).toBe(3);
    expect(r.get('问题类别')).toBe('农村农业与土地');
    expect(r.get('所在村（社区）')).toBe('石门村');
    expect(r.get('信访人1姓名或名称')).toBe('张*');
    expect(r.get('信访人1身份证号')).toBe(`430121***********${ID1.slice(-1)}`);
    expect(r.get('信访人1联系电话')).toBe('138****5678');
    expect(r.get('信访人1住址')).toBe('湖南省长沙县***');
    expect(r.get('信访人2姓名或名称')).toBe('欧阳**');
    expect(r.get('信访人2联系电话')).toBe('073****3456');
    expect(r.get('其他信访人')).toBe('信访人3（姓名或名称：李*）');
    expect(r.get('期限状态')).toBe('办理期限：临期（2026-05-01）；书面告知受理：逾期（2026-03-17）');
    expect(r.get('信访事由')).toBe('土地承包经营权纠纷');
    // what the workflow stored on the record follows the registration fields
    expect(r.get('受理日期')).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(r.get('处理意见')).toBe('支持');
    expect(r.get('复查意见')).toBeNull();
    const headers = [...r.keys()];
    expect(headers.indexOf('受理日期')).toBeGreaterThan(headers.indexOf('所在村（社区）'));
    expect(headers.at(-1)).toBe('期限状态');
  });

  it('shows personal data unmasked when the role may see it', async () => {
    const r = (await exportRows(false))[0] as Map<string, unknown>;
    expect(r.get('信访人1姓名或名称')).toBe('张三');
    expect(r.get('信访人1身份证号')).toBe(ID1);
    expect(r.get('信访人1联系电话')).toBe('13812345678');
    expect(r.get('信访人2身份证号')).toBe(ID2);
    expect(r.get('其他信访人')).toBe('信访人3（姓名或名称：李四）');
  });

  it('has a date column for each step whose date is not a field: 回访 (each visit), 结案 (issue 15 §5)', async () => {
    const file = path.join(dir, 'dispute-steps.xlsx');
    async function* one(): AsyncIterable<ExportRow> {
      yield {
        number: '纠〔2026〕1号',
        stateLabel: '已结案',
        unitName: '青石镇',
        data: { registeredOn: '2026-03-02', agreementOn: '2026-03-10', mediationStartedOn: '2026-03-03' },
        events: [
          { action: 'start_mediation', on: '2026-03-03' },
          { action: 'succeed', on: '2026-03-10' },
          { action: 'follow_up', on: '2026-04-10' },
          { action: 'follow_up', on: '2026-05-11' },
          { action: 'close', on: '2026-05-12' },
        ],
      };
    }
    const out = createWriteStream(file);
    const closed = new Promise<void>((resolve) => out.on('close', () => resolve()));
    await writeExport(dispute, one(), out, { mask: true, villageNames: new Map() });
    await closed;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(createReadStream(file));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = Array.from(ws.getRow(1).values as unknown[], String);
    const cell = (h: string) => (ws.getRow(2).values as unknown[])[headers.indexOf(h)];
    expect(cell('回访日期')).toBe('2026-04-10、2026-05-11');
    expect(cell('结案日期')).toEqual(new Date(Date.UTC(2026, 4, 12)));
    // a step's date kept on the record is its own column once, not repeated
    expect(headers.filter((h) => h === '协议生效日期')).toHaveLength(1);
    expect(cell('协议生效日期')).toEqual(new Date(Date.UTC(2026, 2, 10)));
    expect(headers.indexOf('结案日期')).toBeLessThan(headers.indexOf('期限状态'));
    expect(ws.getRow(2).getCell(headers.indexOf('结案日期')).numFmt).toBe('yyyy-mm-dd');
  });

  it('masks only the listed formats when given a list', async () => {
    const r = (await exportRows(['id_number', 'phone']))[0] as Map<string, unknown>;
    expect(r.get('信访人1姓名或名称')).toBe('张三');
    expect(r.get('信访人1住址')).toBe('湖南省长沙县青石镇石门村3组');
    expect(r.get('信访人1身份证号')).toBe(`430121***********${ID1.slice(-1)}`);
    expect(r.get('信访人1联系电话')).toBe('138****5678');
  });
});
