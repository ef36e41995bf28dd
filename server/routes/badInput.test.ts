import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildLedgerRecord, buildUser, type TestCounty } from '../test/factories';
import { type HttpClient, setupTestServer } from '../test/server';

type Err = { error: { code: string; message: string; field?: string } };

/** The 500s of issue 14 §1.7, each reproduced: every one must now be a 4xx with a Chinese message. */
const server = setupTestServer();
let county: TestCounty;
let admin: HttpClient;
let reviewer: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  admin = await server.client().login((await buildUser(server.database.db, county.county, 'admin')).username);
  reviewer = await server
    .client()
    .login((await buildUser(server.database.db, county.county, 'county_reviewer')).username);
});

describe('unchecked input (issue 14 §1.7)', () => {
  it('refuses NUL bytes and lone surrogates in queries and bodies, naming the field', async () => {
    const q = await admin.get<Err>('/api/users?q=a%00b');
    expect(q.status).toBe(400);
    expect(q.body.error.message).toBe('查询参数字段 q：含有无法保存的字符（空字符或不完整的 Unicode 字符）');
    const b = await admin.post<Err>('/api/units', {
      name: 'x\uD800',
      code: '110101001001',
      parentId: county.county.id,
    });
    expect(b.status).toBe(400);
    expect(b.body.error).toMatchObject({ code: 'VALIDATION', field: 'name' });
    const login = await server.client().post<Err>('/api/auth/login', { username: 'a\u0000b', password: 'x' });
    expect(login.status).toBe(400);
  });

  it('refuses impossible dates that have the right shape', async () => {
    const r = await admin.get<Err>(`/api/indicators?unit=${county.townA.id}&from=2025-02-30&to=2025-13-45`);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('日期应为有效的 YYYY-MM-DD 日期');
  });

  it('refuses a version past a 32-bit integer', async () => {
    const rec = await buildLedgerRecord(server.database.db, county.townA);
    const clerk = await server
      .client()
      .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
    const r = await clerk.patch<Err>(`/api/ledgers/dispute/${rec.id}`, { version: 2 ** 31, values: {} });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('version');
  });

  it('answers five parallel creates of one username with one 201 and four 409s', async () => {
    const body = {
      username: 'same_name',
      displayName: '同名',
      role: 'township_clerk',
      unitId: county.townA.id,
      password: 'Lamp-River-51',
    };
    const rs = await Promise.all(Array.from({ length: 5 }, () => admin.post<Err>('/api/users', body)));
    expect(rs.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const r of rs.filter((x) => x.status === 409))
      expect(r.body.error).toEqual({ code: 'USERNAME_TAKEN', field: 'username', message: '用户名已被使用' });
  });

  it('answers an 8,000-character path segment with a 4xx', async () => {
    const r = await admin.get<Err>(`/api/ledgers/${'x'.repeat(8000)}`);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });

  it('answers a truncated multipart upload with a 400 in Chinese', async () => {
    const r = await reviewer.request<Err>(
      'POST',
      '/api/reviews',
      '--cut\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n某镇2025年',
      { 'content-type': 'multipart/form-data; boundary=cut' },
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('上传的数据不完整或格式错误，请重新上传');
  });

  it('stores an upload whose file name holds NUL and a broken pair, with those characters cleaned', async () => {
    const form = new FormData();
    form.append(
      'files',
      new Blob(['某镇2025年法治政府建设年度报告\n一、主要举措和成效\n开展普法活动3场。']),
      'a\u0000b\uD800.txt',
    );
    const r = await reviewer.upload<{ items: { fileName: string }[] }>('/api/reviews', form);
    expect(r.status).toBe(201);
    expect(r.body.items[0]?.fileName).toBe('ab\uFFFD.txt');
  });

  it('refuses an export with a bad filter before answering, instead of cutting the connection', async () => {
    const res = await admin.raw(`/api/ledgers/dispute/export.xlsx?unit=${county.townA.id}&q=a%00b`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Err).error.code).toBe('VALIDATION');
  });
});
