import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db/client';
import { withDatabase } from './test/globalSetup';

/** The real command line, as an operator runs it: child processes on a real data directory or server database. */
const BIN = path.resolve(import.meta.dirname, '../bin/fazhi.mjs');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-cli-'));
let env: NodeJS.ProcessEnv;
let dropDb: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `fazhi_cli_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    env = { DATABASE_URL: withDatabase(url, name), FAZHI_DATA_DIR: '' };
    dropDb = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    env = { FAZHI_DATA_DIR: path.join(tmp, 'data'), DATABASE_URL: '' };
  }
});

afterAll(async () => {
  await dropDb?.();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function withDb(fn: (d: Database) => Promise<void>) {
  const d = await openDatabase({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.FAZHI_DATA_DIR ?? '',
  });
  try {
    await fn(d);
  } finally {
    await d.close();
  }
}

describe('npx fazhi', () => {
  it('prints help in Chinese and English', async () => {
    const r = await run(['help'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('校验审计链');
    expect(r.out).toContain('verify the audit chain');
  });

  // each of these starts processes that seed or open a database: a loaded machine needs minutes
  it('seeds the demo, verifies the chain, then finds a row tampered with in SQL', {
    timeout: 120_000,
  }, async () => {
    const seed = await run(['demo', 'seed'], { ...env, FAZHI_ADMIN_PASSWORD: 'Cli-Admin-2026' });
    expect(seed.code).toBe(0);
    expect(seed.out).toMatch(/admin\s+系统管理员.*Cli-Admin-2026/);
    expect(seed.out).toContain('qingshi_clerk');
    const clean = await run(['audit', 'verify'], env);
    expect(clean.out).toContain('未发现篡改');
    expect(clean.code).toBe(0);
    await withDb(async ({ db }) => {
      await db.execute(sql`update audit_log set after = jsonb_set(after, '{role}', '"admin"')
        where action = 'user.create' and after->>'username' = 'qingshi_clerk'`);
    });
    const dirty = await run(['audit', 'verify'], env);
    expect(dirty.code).toBe(1);
    expect(dirty.out).toContain('记录内容被修改');
    expect(dirty.out).toContain('发现 1 处篡改');
  });

  it('creates a user from the command line and rejects a bad role in Chinese', {
    timeout: 120_000,
  }, async () => {
    const ok = await run(
      [
        'user',
        'create',
        '--username',
        'cli_user',
        '--name',
        '命令行用户',
        '--role',
        'township_clerk',
        '--unit',
        '439999101000',
      ],
      env,
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/已创建用户 cli_user（乡镇经办人，青石镇）/);
    expect(ok.out).toMatch(/初始密码 \/ initial password: Fz-/);
    const bad = await run(
      ['user', 'create', '--username', 'x_user', '--name', 'x', '--role', 'king', '--unit', '439999101000'],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('角色无效');
  });

  it('creates a county and a township from the command line, refusing a code that does not fit', {
    timeout: 120_000,
  }, async () => {
    const county = await run(
      ['unit', 'create', '--name', '新设县', '--code', '439888000000', '--level', 'county'],
      env,
    );
    expect(county.out).toContain('已创建单位 新设县（县（区），439888000000）');
    expect(county.code).toBe(0);
    const town = await run(
      [
        'unit',
        'create',
        '--name',
        '新设镇',
        '--code',
        '439888101000',
        '--level',
        'township',
        '--parent',
        '439888000000',
      ],
      env,
    );
    expect(town.code).toBe(0);
    const wrong = await run(
      [
        'unit',
        'create',
        '--name',
        '错位镇',
        '--code',
        '439777101000',
        '--level',
        'township',
        '--parent',
        '439888000000',
      ],
      env,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/^错误：.*（code）/m);
  });
});

describe('npx fazhi analyze', () => {
  const body = [
    '丙镇2025年法治政府建设工作报告',
    '一、主要举措和成效',
    '全年排查调处矛盾纠纷48件，调解成功45件，调解成功率93.8%。组织党委理论学习中心组学法10次。',
    '二、党政主要负责人履行推进法治建设第一责任人职责情况',
    '镇党委书记主持召开法治建设专题会议3次。',
    '三、存在的不足和原因',
    '基层法治力量薄弱。',
    '四、2026年工作安排',
    '持续推进依法行政。',
    '丙镇人民政府',
    '2026年1月10日',
  ].join('\n');

  it('prints the JSON contract per file, and an error object for an unreadable file', async () => {
    const good = path.join(tmp, '丙镇.txt');
    const bad = path.join(tmp, '空.txt');
    fs.writeFileSync(good, body);
    fs.writeFileSync(bad, '');
    const r = await run(['analyze', '--json', good, bad], {});
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out.slice(r.out.indexOf('[')));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ file: good, unit: '丙镇', level: 'township', report_year: 2025 });
    expect(out[0].sections).toEqual({
      measures_and_results: true,
      first_responsible_person: true,
      shortcomings: true,
      next_year_plan: true,
    });
    const handled = out[0].indicators.find((i: { key: string }) => i.key === 'dispute.handled');
    expect(handled).toMatchObject({ value: 48, approx: false, unit: '件' });
    expect(body.slice(handled.start, handled.end)).toBe(handled.quote);
    expect(out[1]).toMatchObject({ file: bad, unit: null });
    expect(out[1].error).toContain('文件为空');
  });

  it('prints a readable Chinese summary without --json', async () => {
    const good = path.join(tmp, '丙镇.txt');
    const r = await run(['analyze', good], {});
    expect(r.code).toBe(0);
    expect(r.out).toContain('单位：丙镇（乡镇）  报告年度：2025');
    expect(r.out).toMatch(/排查调处矛盾纠纷：48件/);
  });
});

describe('PGlite data directory lock', () => {
  let first: ChildProcess | undefined;
  afterAll(() => {
    first?.kill('SIGTERM');
  });

  it('refuses a second process on the same directory with a Chinese message', {
    timeout: 120_000,
  }, async () => {
    const dir = path.join(tmp, 'locked');
    first = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        FAZHI_DATA_DIR: dir,
        DATABASE_URL: '',
        PORT: '0',
        HOST: '127.0.0.1',
        FAZHI_DEMO: 'false',
      },
    });
    await new Promise<void>((resolve, reject) => {
      let log = '';
      first?.stdout?.on('data', (d) => {
        log += d;
        if (log.includes('已启动')) resolve();
      });
      first?.on('exit', () => reject(new Error(`first server exited: ${log}`)));
    });
    const second = await run(['db', 'migrate'], { FAZHI_DATA_DIR: dir, DATABASE_URL: '' });
    expect(second.code).toBe(1);
    expect(second.out).toContain('正被另一个进程使用');
    expect(second.out).not.toMatch(/\n\s+at /); // no stack trace

    // SIGTERM shuts down cleanly and releases the lock for the next process
    const exited = new Promise<number | null>((resolve) => first?.once('exit', (code) => resolve(code)));
    first.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dir, 'fazhi.lock'))).toBe(false);
    const third = await run(['db', 'migrate'], { FAZHI_DATA_DIR: dir, DATABASE_URL: '' });
    expect(third.code).toBe(0);
  });
});
