import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { ROLE_LABELS, ROLES, type Role } from '../core/roles';
import { UNIT_LEVEL_LABELS, UNIT_LEVELS, type UnitLevel } from '../core/units/unitLevel';
import { auditVerifier } from './commands/auditVerifier';
import { operatorAt } from './commands/context';
import { unitCreator } from './commands/unitCreator';
import { userCreator } from './commands/userCreator';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/dataDirLock';
import { ensureTemplate } from './db/pgliteTemplate';
import { demoSeeder, generatePassword } from './demo/demoSeeder';
import { printLogins } from './demo/printLogins';
import { OpsError } from './ops/opsErrors';
import { findUnitByCodeOrId } from './repositories/unitsRepo';
import { serve } from './serve';

const HELP = `法治政府建设工作平台 命令行 / fazhi command line

用法 / usage: npx fazhi <命令 command> [选项 options]

  serve                 启动服务（npm start 即此命令）/ start the server (what npm start runs)
  db migrate            执行数据库迁移 / apply database migrations
  db template           预先准备嵌入式数据库模板（npm install 时自动执行）/ prepare the PGlite template
  demo seed             在空数据库中生成示例县、乡镇、村和各角色用户 / seed the demo county into an empty database
  analyze [--json] 文件…  分析报告（txt/docx/pdf）：单位、年度、结构、指标、问题 / analyze reports
  report                按当前台账数据起草年度报告并导出 .docx（不保存）/ draft a report from the ledgers
      --unit <编号|代码|名称> --year <年度> --out <文件.docx> [--json 输出检查结果]
  disclosure-report     按当前台账起草政府信息公开工作年度报告并导出 .docx（不保存）/ the 政府信息公开 annual report
      --unit <编号|代码|名称> --year <年度> --out <文件.docx> [--json 输出表格和检查结果]
  audit verify          校验审计链，发现篡改则退出码为 1 / verify the audit chain; exit 1 on tampering
      [--heads <文件>]  同时与导出的链头登记表比对，发现整链重写或最新记录被删 / also compare with exported heads
  audit heads --out <文件>  导出各审计链的链头（长度、哈希、时间）及摘要，供打印或报县里留存 / export the chain heads
  backup --out <文件|目录> [--keep N]
                        备份整个数据库（含附件、审计链）为一个文件；目录时按时间命名，--keep 只保留最近 N 份
                        / back up everything into one file; into a directory with a dated name, keeping the newest N
  restore <文件>        恢复到空的数据目录或空数据库 / restore into an empty data directory or database
  unit create           新建单位（不用示例数据时，先建县，再建乡镇、村）/ create a unit (county first when not using the demo)
      --name <名称>     单位名称 / name
      --code <代码>     12位统计用区划代码 / 12-digit statistical division code
      --level <层级>    ${UNIT_LEVELS.map((l) => `${l}(${UNIT_LEVEL_LABELS[l]})`).join(' ')}
      --parent <代码|ID> 上级单位，建县时省略 / parent unit; omit for a county
  user create           新建用户 / create a user
      --username <名>   用户名 / username
      --name <姓名>     显示名 / display name
      --role <角色>     ${ROLES.map((r) => `${r}(${ROLE_LABELS[r]})`).join(' ')}
      --unit <代码|ID>  所属单位的12位行政区划代码或编号 / unit code or id
      --password <密码> 省略则随机生成并打印 / generated and printed when omitted
      --phone <号码>    可选 / optional
  help                  显示本帮助 / show this help

环境变量 / environment: PORT, DATABASE_URL, FAZHI_DATA_DIR, FAZHI_ADMIN_PASSWORD … (见 README / see README)
`;

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const cfg = loadConfig();
  const database = await openDatabase(cfg);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const [cmd, sub] = argv;
  const key = [cmd, sub].filter(Boolean).join(' ');
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  if (cmd === 'serve') {
    await serve(loadConfig());
    return 0;
  }
  if (key === 'db template') {
    const dir = await ensureTemplate();
    if (!argv.includes('--quiet')) console.log(`PGlite 模板已就绪 / template ready: ${dir}`);
    // the demo too, so the first start copies it instead of seeding (server/demo/demoTemplate.ts)
    if (loadConfig().seedDemo) {
      const { ensureDemoTemplate } = await import('./demo/demoTemplate');
      const demo = await ensureDemoTemplate(new Date());
      if (!argv.includes('--quiet')) console.log(`示例数据模板已就绪 / demo template ready: ${demo}`);
    }
    return 0;
  }
  if (key === 'db migrate') {
    await withDb(async (d) => console.log(`数据库迁移完成（${d.kind}）/ migrations applied`));
    return 0;
  }
  if (key === 'demo seed') {
    const cfg = loadConfig();
    return withDb(async ({ db }) => {
      const r = await demoSeeder(db, {
        now: new Date(),
        adminPassword: cfg.adminPassword,
        demoPassword: cfg.demoPassword,
      });
      if (!r.seeded) console.log('数据库中已有单位，未生成示例数据 / database not empty, nothing seeded');
      else printLogins(r);
      return 0;
    });
  }
  if (cmd === 'analyze') {
    const { main: analyzeMain } = await import('./analyzeCli');
    return analyzeMain(argv);
  }
  if (cmd === 'report') {
    const { reportCli } = await import('./reportCli');
    return withDb(({ db }) => reportCli(db, argv.slice(1), new Date()));
  }
  if (cmd === 'disclosure-report') {
    const { disclosureReportCli } = await import('./kinds/disclosure/disclosureReportCli');
    return withDb(({ db }) => disclosureReportCli(db, argv.slice(1), new Date()));
  }
  if (cmd === 'backup') {
    const { backupCli } = await import('./backupCli');
    return backupCli(loadConfig(), argv.slice(1), new Date());
  }
  if (cmd === 'restore') {
    const { restoreCli } = await import('./backupCli');
    return restoreCli(loadConfig(), argv.slice(1));
  }
  if (key === 'audit heads') {
    const { auditHeadsCli } = await import('./auditHeadsCli');
    return auditHeadsCli(loadConfig(), argv.slice(2), new Date());
  }
  if (key === 'audit verify') {
    const { values } = parseArgs({ args: argv.slice(2), options: { heads: { type: 'string' } } });
    const { readHeadsFile } = await import('./auditHeadsCli');
    const anchors = values.heads ? readHeadsFile(values.heads) : undefined;
    return withDb(async ({ db }) => {
      const r = await auditVerifier(db, anchors);
      if (anchors)
        console.log(`已与链头登记表比对（${anchors.exportedAt} 导出，${anchors.chains.length} 条链）`);
      for (const p of r.problems) console.log(`✗ 单位 ${p.unitId} 第 ${p.seq} 条：${p.message}`);
      console.log(
        `审计链 ${r.chains} 条，记录 ${r.records} 条，${r.problems.length ? `发现 ${r.problems.length} 处篡改` : '未发现篡改'}`,
      );
      console.log(`audit chains: ${r.chains}, records: ${r.records}, problems: ${r.problems.length}`);
      return r.problems.length ? 1 : 0;
    });
  }
  if (key === 'unit create') {
    const { values } = parseArgs({
      args: argv.slice(2),
      options: {
        name: { type: 'string' },
        code: { type: 'string' },
        level: { type: 'string' },
        parent: { type: 'string' },
      },
    });
    if (!values.name || !values.code || !values.level) {
      console.error('缺少参数：--name --code --level 均为必填 / missing required options');
      return 2;
    }
    if (!UNIT_LEVELS.includes(values.level as UnitLevel)) {
      console.error(`层级无效：${values.level}，可选 ${UNIT_LEVELS.join(', ')} / invalid level`);
      return 2;
    }
    return withDb(async ({ db }) => {
      const parent = values.parent ? await findUnitByCodeOrId(db, values.parent) : null;
      if (values.parent && !parent) {
        console.error(`找不到上级单位：${values.parent} / parent unit not found`);
        return 2;
      }
      // the operator at the command line acts as an administrator above every county
      const actor = operatorAt(parent ?? { id: '00000000-0000-0000-0000-000000000000', path: '/' });
      const unit = await unitCreator(
        { db, actor, now: new Date() },
        {
          parentId: parent?.id ?? null,
          name: values.name as string,
          code: values.code as string,
          level: values.level as UnitLevel,
        },
      );
      console.log(`已创建单位 ${unit.name}（${UNIT_LEVEL_LABELS[unit.level]}，${unit.code}）`);
      return 0;
    });
  }
  if (key === 'user create') {
    const { values } = parseArgs({
      args: argv.slice(2),
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        unit: { type: 'string' },
        password: { type: 'string' },
        phone: { type: 'string' },
      },
    });
    if (!values.username || !values.name || !values.role || !values.unit) {
      console.error('缺少参数：--username --name --role --unit 均为必填 / missing required options');
      return 2;
    }
    if (!ROLES.includes(values.role as Role)) {
      console.error(`角色无效：${values.role}，可选 ${ROLES.join(', ')} / invalid role`);
      return 2;
    }
    const password = values.password ?? generatePassword();
    return withDb(async ({ db }) => {
      const unit = await findUnitByCodeOrId(db, values.unit as string);
      if (!unit) {
        console.error(`找不到单位：${values.unit} / unit not found`);
        return 2;
      }
      await userCreator(
        { db, actor: operatorAt(unit), now: new Date() },
        {
          username: values.username as string,
          displayName: values.name as string,
          role: values.role as Role,
          unitId: unit.id,
          password,
          phone: values.phone,
        },
      );
      console.log(`已创建用户 ${values.username}（${ROLE_LABELS[values.role as Role]}，${unit.name}）`);
      if (!values.password) console.log(`初始密码 / initial password: ${password}`);
      return 0;
    });
  }
  console.error(`未知命令：${argv.join(' ')} / unknown command\n`);
  process.stdout.write(HELP);
  return 2;
}

/** Runs a command; expected failures print their Chinese message, never a stack. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    if (e instanceof AppError || e instanceof DataDirLockedError || e instanceof OpsError) {
      console.error(`错误：${e.message}${e instanceof AppError && e.field ? `（${e.field}）` : ''}`);
      return 1;
    }
    console.error('错误：', e instanceof Error ? e.message : e);
    return 1;
  }
}
