import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chinaDay } from '../../../core/calendar/dates';
import { checkDisclosureReport } from '../../../core/disclosureReport/check';
import type { Db } from '../../db/client';
import { findUnit } from '../../reportCli';
import { composeFromLedgers, disclosureDocx } from './disclosureReportCommands';

/**
 * `fazhi disclosure-report --unit <id|代码|名称> --year <yyyy> --out <file.docx> [--json]`: drafts
 * the 政府信息公开工作年度报告 from the ledgers as they are now and writes the .docx; stores
 * nothing. Exit 1 when a blocking check fails (part 五 is always empty in such a draft, so the
 * file is a starting point for the township, as `fazhi report`'s is).
 */
export async function disclosureReportCli(db: Db, args: string[], now: Date): Promise<number> {
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
      '用法 / usage: npx fazhi disclosure-report --unit <编号|代码|名称> --year <年度> --out <文件.docx> [--json]',
    );
    return 2;
  }
  const unit = await findUnit(db, values.unit);
  if (typeof unit === 'string') {
    console.error(unit);
    return 2;
  }
  const document = await composeFromLedgers(db, unit, year, chinaDay(now));
  await fs.writeFile(values.out, await disclosureDocx(document));
  // the draft's own part 五 is empty by design: only the arithmetic and the data decide the exit code
  const checks = checkDisclosureReport(document).filter((c) => c.code !== 'missing_part');
  if (values.json) {
    const { trace: _trace, ...tables } = document.tables;
    process.stdout.write(
      `${JSON.stringify({ unit: unit.name, year, out: values.out, tables, checks }, null, 2)}\n`,
    );
  } else {
    const r = document.tables.requests;
    console.log(
      `已生成 ${document.title}：${values.out}（新收申请${r['req.new.total']}件，办结${r['req.done.total']}件，结转下年度${r['req.forward.total']}件）`,
    );
    for (const c of checks) console.log(`${c.severity === 'error' ? '✗' : '!'} ${c.message}`);
  }
  return checks.some((c) => c.severity === 'error') ? 1 : 0;
}
