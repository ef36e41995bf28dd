import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from './test/globalSetup';

/**
 * The operator's commands as a county runs them: `backup` while the server runs (PGlite through
 * the server's control socket, PostgreSQL directly), with --keep rotation, `restore` into an empty
 * target and its refusal of a non-empty one, and the audit heads export checked by verify.
 */
const BIN = path.resolve(import.meta.dirname, '../bin/fazhi.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzb-'));
const serverUrl = process.env.TEST_DATABASE_URL;
let source: NodeJS.ProcessEnv;
let target: NodeJS.ProcessEnv;
let dropAll: (() => Promise<void>) | undefined;
let server: ChildProcess | undefined;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  if (serverUrl) {
    const names = ['src', 'dst'].map((n) => `fazhi_bk_${n}_${process.pid}`);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const name of names) {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(
        `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
    }
    source = { DATABASE_URL: withDatabase(serverUrl, names[0] as string), FAZHI_DATA_DIR: '' };
    target = { DATABASE_URL: withDatabase(serverUrl, names[1] as string), FAZHI_DATA_DIR: '' };
    dropAll = async () => {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    source = { FAZHI_DATA_DIR: path.join(tmp, 'src'), DATABASE_URL: '' };
    target = { FAZHI_DATA_DIR: path.join(tmp, 'dst'), DATABASE_URL: '' };
  }
});

afterAll(async () => {
  server?.kill('SIGTERM');
  await dropAll?.();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npx fazhi backup / restore / audit heads', () => {
  it('backs up a running server, rotates, restores into an empty target and refuses a full one', {
    timeout: 600_000,
  }, async () => {
    server = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        ...source,
        PORT: '0',
        HOST: '127.0.0.1',
        FAZHI_DEMO: 'true',
        FAZHI_LOG_LEVEL: 'info',
      },
    });
    await new Promise<void>((resolve, reject) => {
      let log = '';
      server?.stdout?.on('data', (d) => {
        log += d;
        if (log.includes('已启动')) resolve();
      });
      server?.on('exit', () => reject(new Error(`server exited: ${log}`)));
    });

    const dir = path.join(tmp, 'backups');
    fs.mkdirSync(dir);
    // two older scheduled backups and a file of the county's own that rotation must not touch
    for (const n of ['fazhi-20250101-020000.jsonl.gz', 'fazhi-20250102-020000.jsonl.gz', '说明.txt'])
      fs.writeFileSync(path.join(dir, n), 'old');
    const b = await run(['backup', '--out', `${dir}/`, '--keep', '2'], source);
    expect(b.out).toMatch(/备份完成：.*fazhi-\d{8}-\d{6}\.jsonl\.gz（[\d.]+ MB，\d+ 张表 \d+ 行/);
    expect(b.code).toBe(0);
    if (!serverUrl) expect(b.out).toContain('由服务经本机控制通道写出备份');
    expect(b.out).toContain('已删除较早的备份 / rotated out: fazhi-20250101-020000.jsonl.gz');
    const left = fs.readdirSync(dir).sort();
    expect(left).toEqual([
      'fazhi-20250102-020000.jsonl.gz',
      expect.stringMatching(/^fazhi-\d{8}-\d{6}\.jsonl\.gz$/),
      '说明.txt',
    ]);
    const file = path.join(dir, left[1] as string);

    // the heads are exported from the running server too (PGlite: through the same socket)
    const heads = path.join(tmp, 'heads.txt');
    const exported = await run(['audit', 'heads', '--out', heads], source);
    expect(exported.out).toMatch(/已导出 \d+ 条审计链的链头/);
    expect(exported.code).toBe(0);

    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;

    const r = await run(['restore', file], target);
    expect(r.out).toMatch(/恢复完成：\d+ 张表 \d+ 行已写入/);
    expect(r.code).toBe(0);
    const v = await run(['audit', 'verify'], target);
    expect(v.out).toContain('未发现篡改');
    expect(v.code).toBe(0);

    const again = await run(['restore', file], target);
    expect(again.code).toBe(1);
    expect(again.out).toContain('恢复目标不是空的');
    expect(again.out).not.toMatch(/\n\s+at /);

    // the restored copy matches the heads taken from the original
    const checked = await run(['audit', 'verify', '--heads', heads], target);
    expect(checked.out).toContain('已与链头登记表比对');
    expect(checked.out).toContain('未发现篡改');
    expect(checked.code).toBe(0);
  });
});
