import { beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../core/calendar';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Clock {
  name: string;
  start: string;
  due: string;
  days: number;
  basis: string;
  state: string;
}
interface Rec {
  id: string;
  state: string;
  data: Record<string, unknown>;
  clocks: Clock[];
}

// a server of its own: the intake limit per IP is counted per server
const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});

describe('码上申请 of a 信访 matter (信访工作条例 第二十三条)', () => {
  it('is registered as a 信访事项 with its 15-day written-notice clock, waiting in 待办', async () => {
    const sent = await server.client().post<{ receipt: string }>(`/api/public/intake/${county.townA.code}`, {
      topic: 'petition',
      name: '钱某某',
      phone: '13800005555',
      village: '甲村',
      content: '本村灌溉水渠年久失修，多次反映未解决，请求镇里督促维修',
      website: '',
    });
    expect(sent.status).toBe(201);

    const list = await clerk.get<{ items: Rec[] }>('/api/ledgers/petition?state=registered');
    expect(list.body.items).toHaveLength(1);
    const rec = list.body.items[0] as Rec;
    expect(rec.data).toMatchObject({
      channel: 'online',
      origin: 'direct',
      people: 1,
      village: county.villageA.id,
    });
    const receivedOn = String(rec.data.receivedOn);
    const notice = rec.clocks.find((c) => c.name === 'notice');
    expect(notice).toMatchObject({
      start: receivedOn,
      days: 15,
      basis: 'calendar',
      due: new WorkCalendar().addCalendarDays(receivedOn, 15).date,
    });
    // a direct item: no objection window, no assigning organ's deadline
    expect(rec.clocks.map((c) => c.name)).toEqual(['notice']);

    const todo = await clerk.get<{ items: { id: string; state: string }[] }>('/api/todo');
    expect(todo.body.items.find((i) => i.id === rec.id)?.state).toBe('waiting');
    const status = await server
      .client()
      .get<{ kindLabel: string; stateLabel: string }>(`/api/public/intake/receipts/${sent.body.receipt}`);
    expect(status.body).toMatchObject({ kindLabel: '信访事项', stateLabel: '已登记' });
  });
});
