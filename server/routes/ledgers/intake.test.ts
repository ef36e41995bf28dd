import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };
interface Rec {
  id: string;
  state: string;
  stateLabel: string;
  version: number;
  data: Record<string, unknown>;
}

const server = setupTestServer({ FAZHI_INTAKE_PER_HOUR: '3' });
let county: TestCounty;
let clerk: HttpClient;
let sibling: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
  sibling = await server
    .client()
    .login((await buildUser(server.database.db, county.townB, 'township_clerk')).username);
});

describe('public intake (码上申请)', () => {
  it('shows the township, its villages and the topics without a login', async () => {
    const r = await server
      .client()
      .get<{ unit: { name: string }; villages: string[]; topics: Record<string, unknown>[] }>(
        `/api/public/intake/${county.townA.code}`,
      );
    expect(r.status).toBe(200);
    expect(r.body.unit.name).toBe('甲镇');
    expect(r.body.villages).toEqual(['甲村']);
    // one topic per kind declaring `intake`, in the registry's order
    expect(r.body.topics.map((t) => [t.key, t.label, t.contentLabel])).toEqual([
      ['mediation', '申请调解', '纠纷情况'],
      ['petition', '信访事项（反映问题、提出诉求）', '内容'],
      ['suggestion', '意见建议', '内容'],
    ]);
    const [mediation, petition] = r.body.topics as {
      hint: string | null;
      types: { label: string; options: { value: string; label: string }[] } | null;
    }[];
    expect(mediation?.hint).toBe('邻里、婚姻家庭、土地等矛盾纠纷，请简要说明双方和争议事项');
    expect(mediation?.types?.label).toBe('纠纷类型');
    expect(mediation?.types?.options).toContainEqual({ value: 'homestead', label: '宅基地' });
    expect(petition).toMatchObject({ hint: null, types: null });
    expect((await server.client().get(`/api/public/intake/${county.county.code}`)).status).toBe(404);
  });

  it('turns a mediation request into a 待受理 dispute of that township, with a receipt that shows only its state', async () => {
    const anon = server.client();
    const sent = await anon.post<{ receipt: string }>(`/api/public/intake/${county.townA.code}`, {
      topic: 'mediation',
      name: '郑春生',
      phone: '13800003333',
      village: '甲村',
      type: 'homestead',
      content: '与邻居因宅基地界线发生争执，请求村里调解',
      website: '',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.receipt).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);

    const list = await clerk.get<{ items: Rec[] }>('/api/ledgers/dispute?state=pending');
    expect(list.body.items).toHaveLength(1);
    const rec = list.body.items[0] as Rec;
    expect(rec.data).toMatchObject({ source: 'online', type: 'homestead', village: county.villageA.id });
    expect((rec.data.parties as { phone: string }[])[0]?.phone).toBe('138****3333');
    expect((await sibling.get<{ items: Rec[] }>('/api/ledgers/dispute?state=pending')).body.items).toEqual(
      [],
    );
    const todo = await clerk.get<{ items: { id: string; state: string }[] }>('/api/todo');
    expect(todo.body.items.find((i) => i.id === rec.id)?.state).toBe('waiting');

    const status = await anon.get<Record<string, unknown>>(
      `/api/public/intake/receipts/${sent.body.receipt.toLowerCase()}`,
    );
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ stateLabel: '待受理', unitName: '甲镇', kindLabel: '矛盾纠纷' });
    expect(Object.keys(status.body).sort()).toEqual([
      'kindLabel',
      'next',
      'nextDue',
      'receipt',
      'stateLabel',
      'submittedOn',
      'unitName',
      'updatedAt',
    ]);
    // what happens next and by when, from the kind's clock (issue 15 §18): 30 days from submission
    const submitted = String(status.body.submittedOn);
    const due = new Date(
      Date.UTC(+submitted.slice(0, 4), +submitted.slice(5, 7) - 1, +submitted.slice(8, 10) + 30),
    )
      .toISOString()
      .slice(0, 10);
    expect(status.body.nextDue).toBe(due);
    expect(status.body.next).toBe(
      `预计30日内受理并组织调解（${Number(due.slice(0, 4))}年${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日前），工作人员可能电话联系您了解情况。`,
    );
    const accepted = await clerk.post(`/api/ledgers/dispute/${rec.id}/actions/accept`, {
      version: rec.version,
      values: { acceptedOn: String(rec.data.registeredOn) },
    });
    expect(accepted.status).toBe(200);
    expect(
      (await anon.get<{ next: string }>(`/api/public/intake/receipts/${sent.body.receipt}`)).body.next,
    ).toBe('甲镇正在办理，办理结果将告知您。');
    expect(
      (await anon.get<{ stateLabel: string }>(`/api/public/intake/receipts/${sent.body.receipt}`)).body
        .stateLabel,
    ).toBe('已受理');
    expect((await anon.get<Err>('/api/public/intake/receipts/ZZZZZZZZZZ')).status).toBe(404);
  });

  it('refuses a filled honeypot, names bad fields, and limits submissions per IP', async () => {
    const anon = server.client();
    const url = `/api/public/intake/${county.townA.code}`;
    const ok = { topic: 'suggestion', name: '王小花', phone: '13800004444', content: '建议在村口增设路灯' };
    const bot = await anon.post<Err>(url, { ...ok, website: 'http://spam.example' });
    expect(bot.status).toBe(400);
    const badPhone = await anon.post<Err>(url, { ...ok, phone: '12345' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.message).toContain('「联系电话」不是有效的手机号或固定电话');
    // the limit is 3 per hour here: the mediation request above and the bad phone attempt count
    expect((await anon.post(url, ok)).status).toBe(201);
    const limited = await anon.post<Err>(url, ok);
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toBe('提交过于频繁，请稍后再试');
    const saved = await clerk.get<{ total: number }>('/api/ledgers/suggestion');
    expect(saved.body.total).toBe(1);
  });
});
