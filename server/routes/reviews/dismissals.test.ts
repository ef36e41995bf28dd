import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildReview, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Dismissal = { defectIndex: number; reason: string | null; dismissedAt: string };
type Detail = { result: { defects: { kind: string }[] }; dismissed: Dismissal[] };
type ApiError = { error: { field?: string; message: string } };

const server = setupTestServer();
let county: TestCounty;
let reviewer: HttpClient;
let clerk: HttpClient;
let outsider: HttpClient;

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  reviewer = await server.client().login((await buildUser(db, county.county, 'county_reviewer')).username);
  clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  const other = await buildCounty(db);
  outsider = await server.client().login((await buildUser(db, other.county, 'county_reviewer')).username);
});

describe('dismissing a finding of a reviewed report', () => {
  it('remembers the dismissal on the review, audits it, and restores the finding on request', async () => {
    const review = await buildReview(server.database.db, county.townA);
    const made = await reviewer.post<Dismissal[]>(`/api/reviews/${review.id}/dismissals`, {
      defectIndex: 0,
      reason: '原文为引用的文件名称',
    });
    expect(made.status).toBe(201);
    expect(made.body.map((d) => [d.defectIndex, d.reason])).toEqual([[0, '原文为引用的文件名称']]);

    const detail = await reviewer.get<Detail>(`/api/reviews/${review.id}`);
    expect(detail.body.dismissed.map((d) => d.defectIndex)).toEqual([0]);
    // The finding itself stays in the result: dismissing hides nothing from the record.
    expect(detail.body.result.defects.map((d) => d.kind)).toEqual(['typo']);

    // A second dismissal of the same finding changes nothing and writes no second record.
    const again = await reviewer.post<Dismissal[]>(`/api/reviews/${review.id}/dismissals`, {
      defectIndex: 0,
    });
    expect(again.body.map((d) => d.reason)).toEqual(['原文为引用的文件名称']);

    const restored = await reviewer.request<Dismissal[]>('DELETE', `/api/reviews/${review.id}/dismissals/0`);
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual([]);
    expect((await reviewer.get<Detail>(`/api/reviews/${review.id}`)).body.dismissed).toEqual([]);

    const history = await reviewer.get<{ action: string; after: unknown; before: unknown }[]>(
      `/api/audit?entity=report_review&entityId=${review.id}`,
    );
    const steps = history.body.filter((h) => h.action.startsWith('review.defect_'));
    expect(steps.map((h) => h.action)).toEqual(['review.defect_dismiss', 'review.defect_restore']);
    expect(steps[0]?.after).toMatchObject({ defectIndex: 0, defect: { kind: 'typo', quote: '治度' } });
    expect(steps[1]?.before).toMatchObject({ defectIndex: 0, reason: '原文为引用的文件名称' });
  });

  it('refuses a finding that does not exist, naming the field in Chinese', async () => {
    const review = await buildReview(server.database.db, county.townA);
    const r = await reviewer.post<ApiError>(`/api/reviews/${review.id}/dismissals`, { defectIndex: 5 });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('defectIndex');
    expect(r.body.error.message).toContain('第 6 项问题不存在');
    const bad = await reviewer.post<ApiError>(`/api/reviews/${review.id}/dismissals`, { defectIndex: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('问题序号不能为负数');
  });

  it('lets only a reviewer in scope dismiss: a township clerk is refused, another county sees nothing', async () => {
    const review = await buildReview(server.database.db, county.townA);
    const byClerk = await clerk.post<ApiError>(`/api/reviews/${review.id}/dismissals`, { defectIndex: 0 });
    expect(byClerk.status).toBe(403);
    const byOutsider = await outsider.post<ApiError>(`/api/reviews/${review.id}/dismissals`, {
      defectIndex: 0,
    });
    expect(byOutsider.status).toBe(404);
    expect((await reviewer.get<Detail>(`/api/reviews/${review.id}`)).body.dismissed).toEqual([]);
  });
});
