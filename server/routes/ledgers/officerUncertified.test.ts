import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Rec {
  id: string;
  title: string;
  clocks: { name: string }[];
}
type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});

describe('执法人员 without a certificate (issue 13 §2)', () => {
  it('registers them, refuses half a certificate, and no case accepts them as an acting officer', async () => {
    const certified = await clerk.post<Rec>('/api/ledgers/officer', {
      name: '甲执法',
      certNumber: 'ZF-甲',
      fields: ['comprehensive'],
      issuedOn: '2024-01-15',
      expiresOn: '2028-12-31',
    });
    expect(certified.status).toBe(201);
    const staff = await clerk.post<Rec>('/api/ledgers/officer', { name: '丁协管' });
    expect(staff.status).toBe(201);
    expect(staff.body.title).toBe('丁协管（未持证）');
    expect(staff.body.clocks).toEqual([]);

    const half = await clerk.post<Err>('/api/ledgers/officer', {
      name: '戊协管',
      certNumber: 'ZF-戊',
    });
    expect(half.status).toBe(400);
    expect(half.body.error.code).toBe('VALIDATION');
    expect(half.body.error.message).toContain('持有执法证的，须填写「发证日期」、「有效期至」、「执法领域」');

    const matter = await clerk.post<Rec>('/api/ledgers/enforcement_matter', {
      name: '占道经营',
      type: 'penalty',
      legalBasis: '城市市容管理条例 某条',
      department: '甲镇综合行政执法队',
      listedOn: '2026-01-05',
    });
    expect(matter.status).toBe(201);
    const refused = await clerk.post<Err>('/api/ledgers/enforcement_case', {
      filedOn: '2026-07-03',
      caseName: '某某占道经营案',
      procedure: 'ordinary',
      source: 'patrol',
      matter: matter.body.id,
      partyType: 'person',
      partyName: '某某',
      facts: '在镇主干道摆摊经营，劝阻后仍未改正',
      officers: [certified.body.id, staff.body.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('officers');
    expect(refused.body.error.message).toContain('丁协管（未持证）的证件当日无效');
  });
});
