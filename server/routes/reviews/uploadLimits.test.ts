// The bounds of a report upload (issue 14 §1.6): files go to disk, over-limit ones are refused by name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../../io/limits';
import { buildCounty, buildUser } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let reviewer: HttpClient;

// The server spools uploads under os.tmpdir(), which reads TMPDIR at each call: a directory of
// this file's own, so that another suite uploading at the same moment (CI runs two side by side)
// cannot put its spool beside ours.
const savedTmp = process.env.TMPDIR;
const ownTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-limits-test-'));
beforeAll(() => {
  process.env.TMPDIR = ownTmp;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  fs.rmSync(ownTmp, { recursive: true, force: true });
});

beforeAll(async () => {
  const county = await buildCounty(server.database.db);
  reviewer = await server
    .client()
    .login((await buildUser(server.database.db, county.county, 'county_reviewer')).username);
});

const text = (n: number) => `青石镇2025年法治政府建设工作报告\n第${n}份。`;
const spoolDirs = () => {
  expect(os.tmpdir()).toBe(ownTmp);
  return new Set(fs.readdirSync(ownTmp).filter((d) => d.startsWith('fazhi-upload-')));
};

function form(files: [string, Uint8Array<ArrayBuffer> | string][]): FormData {
  const f = new FormData();
  for (const [name, content] of files) f.append('files', new Blob([content]), name);
  return f;
}

describe('POST /api/reviews limits', () => {
  it('refuses a file over the limit with 413 naming it, stores nothing, and keeps answering', async () => {
    const before = spoolDirs();
    const big = new Uint8Array(UPLOAD_LIMITS.reportFileBytes + 1).fill(0x41);
    const r = await reviewer.request<Err>(
      'POST',
      '/api/reviews',
      form([
        ['小报告.txt', text(1)],
        ['超大报告.txt', big],
      ]),
    );
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('FILE_TOO_LARGE');
    expect(r.body.error.message).toBe('报告“超大报告.txt”超过 20 MB，请压缩图片或拆分后再上传');
    // all or nothing: the small file before it was not reviewed either
    expect((await reviewer.get<unknown[]>('/api/reviews')).body).toEqual([]);
    // the temporary files are gone
    expect([...spoolDirs()].filter((d) => !before.has(d))).toEqual([]);
    // and the server answers the next request
    const ok = await reviewer.request<{ items: { fileName: string; error: string | null }[] }>(
      'POST',
      '/api/reviews',
      form([['小报告.txt', text(2)]]),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.items.map((i) => i.fileName)).toEqual(['小报告.txt']);
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
  });

  it('refuses one file more than a batch may hold with 400 naming the first one left out', async () => {
    const n = UPLOAD_LIMITS.reportFilesPerBatch;
    const files = Array.from({ length: n + 1 }, (_, i): [string, string] => [`报告${i + 1}.txt`, text(i)]);
    const r = await reviewer.request<Err>('POST', '/api/reviews', form(files));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe(
      `一次最多上传 ${n} 个报告，“报告${n + 1}.txt”及之后的文件未接收，请分批上传`,
    );
  });
});
