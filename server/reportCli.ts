import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { checkReport } from '../core/report/checks/index';
import { reportPlainText } from '../core/report/render';
import { operatorAt } from './commands/context';
import { composeFromLedgers } from './commands/reports/reportDraftOnly';
import type { Db } from './db/client';
import { units } from './db/schema';
import { reportToDocx } from './io/reportDocx/reportDocx';
import { findUnitByCodeOrId, type UnitRow } from './repositories/unitsRepo';

/** A unit by its id, its 12-digit code or its exact name (a name two units share is refused). */
export async function findUnit(db: Db, key: string): Promise<UnitRow | string> {
  const byKey = await findUnitByCodeOrId(db, key);
  if (byKey) return byKey;
  const named = await db.select().from(units).where(eq(units.name, key));
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1)
    return `有${named.length}个单位名为“${key}”，请改用12位代码：${named.map((u) => u.code).join('、')}`;
  return `找不到单位：${key} / unit not found`;
}

/**
 * `fazhi report --unit <id|代码|名称> --year <yyyy> --out <file.docx> [--json]`: drafts the
 * report from the ledgers as they are now and writes the .docx; stores nothing.
 */
export async function reportCli(db: Db, args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const year = Number(values.year);
  if (!values.unit || !values.out || !Number.isInteger(year) || year < 2000 || year > now.getUTCFullYear()) {
    console.error(
      '用法 / usage: npx fazhi report --unit <编号|代码|名称> --year <年度> --out <文件.docx> [--json]',
    );
    return 2;
  }
  const unit = await findUnit(db, values.unit);
  if (typeof unit === 'string') {
    console.error(unit);
    return 2;
  }
  const {
    document,
    rendered,
    values: figures,
  } = await composeFromLedgers({ db, actor: operatorAt(unit), now }, unit, year);
  await fs.writeFile(values.out, await reportToDocx(rendered));
  const checks = checkReport(document, { values: figures, otherReports: [] });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ unit: unit.name, year, out: values.out, checks }, null, 2)}\n`);
  } else {
    console.log(`已生成 ${unit.name}${year}年度报告：${values.out}（${reportPlainText(rendered).length}字）`);
    for (const c of checks) console.log(`${c.severity === 'error' ? '✗' : '!'} ${c.message}`);
  }
  return checks.some((c) => c.severity === 'error') ? 1 : 0;
}
