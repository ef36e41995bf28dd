import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoWire } from '../../../core/contract/ledgers';
import { completeTodoList } from '../../../core/ledgers';
import { buildCounty, buildUser } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Todo {
  items: { id: string; kind: string; state: string; clock: string | null; version?: number }[];
  counts: { overdue: number; dueSoon: number; alerts: number; waiting: number };
}

const server = setupTestServer();
let clerk: HttpClient;

beforeAll(async () => {
  // a county of its own: the test counts clocks
  const c = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, c.townA, 'township_clerk')).username);
});

const advisor = (name: string, contractTo: string) =>
  clerk.post<{ id: string }>('/api/ledgers/legal_advisor', {
    name,
    type: 'advisor',
    contractFrom: '2026-01-01',
    contractTo,
  });

describe('待办 counts (issue 15 §8)', () => {
  it('counts in 「3个工作日内到期」 only clocks due within 3 working days; a kind’s longer 临期 window is a 提醒', async () => {
    // today is Wed 2026-11-25 (server/test/clock.ts): Fri 11-27 is 2 working days away,
    // Thu 12-10 is 11 — inside the contract clock's own 20-day window, outside the 3 asked for
    const near = await advisor('甲律师', '2026-11-27');
    const far = await advisor('乙律师', '2026-12-10');
    expect(near.status).toBe(201);
    expect(far.status).toBe(201);
    const todo = await clerk.get<Todo>('/api/todo?days=3');
    expect(todo.status).toBe(200);
    const stateOf = (id: string) => todo.body.items.find((i) => i.id === id && i.clock === 'contract')?.state;
    expect(stateOf(near.body.id)).toBe('due_soon');
    expect(stateOf(far.body.id)).toBe('alert');
    expect(todo.body.counts.dueSoon).toBe(todo.body.items.filter((i) => i.state === 'due_soon').length);
    expect(todo.body.counts.alerts).toBe(1);

    // asked for 15 working days, the far one falls due within the window and is counted there
    const wide = await clerk.get<Todo>('/api/todo?days=15');
    expect(wide.body.items.find((i) => i.id === far.body.id)?.state).toBe('due_soon');
    expect(wide.body.counts.alerts).toBe(0);
  });

  it('sends a ledger clock without what its kind declares; the app puts the labels and the reason back', async () => {
    const near = await advisor('丙律师', '2026-11-27');
    const todo = await clerk.get<TodoWire>('/api/todo?days=3');
    const wire = todo.body.items.find((i) => i.id === near.body.id);
    // Wed 2026-11-25 to Fri 11-27: two working days
    expect(wire).toEqual({
      kind: 'legal_advisor',
      id: near.body.id,
      number: expect.any(String),
      version: 1,
      title: '丙律师',
      unitName: '甲镇',
      clock: 'contract',
      due: '2026-11-27',
      state: 'due_soon',
      remaining: 2,
    });
    const item = completeTodoList(todo.body).items.find((i) => i.id === near.body.id);
    expect(item).toMatchObject({
      kindLabel: '法律顾问',
      clockLabel: '聘任期限',
      reason: '聘任期限将于2026年11月27日到期，剩余2个工作日',
    });
    expect(item).not.toHaveProperty('remaining');
  });
});

describe('待办 batch steps (issue 15 §6)', () => {
  it('lists each ledger record with its version, so one batch call moves the selection on', async () => {
    const make = (content: string) =>
      clerk.post<{ id: string; version: number }>('/api/ledgers/suggestion', {
        receivedOn: '2026-11-20',
        name: '群众',
        topic: 'suggestion',
        content,
      });
    const a = (await make('待办里批量处理的广告信息一')).body;
    const b = (await make('待办里批量处理的广告信息二')).body;
    const todo = await clerk.get<Todo>('/api/todo?days=15');
    const mine = todo.body.items.filter((i) => i.id === a.id || i.id === b.id);
    expect(mine.map((i) => [i.kind, i.version])).toEqual([
      ['suggestion', a.version],
      ['suggestion', b.version],
    ]);
    const r = await clerk.post<{ results: { id: string; ok: boolean }[] }>(
      '/api/ledgers/suggestion/bulk/dismiss',
      { items: mine.map((i) => ({ id: i.id, version: i.version })) },
    );
    expect(r.body.results).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: true },
    ]);
    const after = await clerk.get<Todo>('/api/todo?days=15');
    expect(after.body.items.filter((i) => i.id === a.id || i.id === b.id)).toEqual([]);
  });
});
