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

  it('seeds the demo, verifies the chain, then finds a row tampered with in SQL', async () => {
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

  it('creates a user from the command line and rejects a bad role in Chinese', async () => {
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
});

describe('PGlite data directory lock', () => {
  let first: ChildProcess | undefined;
  afterAll(() => {
    first?.kill('SIGTERM');
  });

  it('refuses a second process on the same directory with a Chinese message', async () => {
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
