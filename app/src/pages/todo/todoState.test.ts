import { describe, expect, it } from 'vitest';
import type { TodoItem } from '../../api/ledgers';
import { bulkOptions, itemsOfTab } from './todoState';

const item = (over: Partial<TodoItem>): TodoItem => ({
  kind: 'dispute',
  kindLabel: '矛盾纠纷',
  id: 'a',
  number: '纠〔2026〕1号',
  title: '张三与李四邻里纠纷',
  unitName: '青石镇',
  clock: 'mediation',
  clockLabel: '调解期限',
  due: '2026-04-01',
  state: 'overdue',
  reason: '调解期限已逾期3日',
  version: 3,
  ...over,
});

describe('itemsOfTab', () => {
  const items = [
    item({ id: '1', state: 'overdue' }),
    item({ id: '2', state: 'due_soon' }),
    item({ id: '3', state: 'provisional' }),
    item({ id: '4', state: 'waiting', clock: null }),
    item({ id: '5', state: 'alert', clock: 'contract' }),
  ];
  it('splits the list by what needs doing', () => {
    expect(itemsOfTab(items, 'all').map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(itemsOfTab(items, 'overdue').map((i) => i.id)).toEqual(['1']);
    expect(itemsOfTab(items, 'due_soon').map((i) => i.id)).toEqual(['2', '3']);
    expect(itemsOfTab(items, 'waiting').map((i) => i.id)).toEqual(['4']);
    // a kind's own longer 临期 window is a 提醒, never counted as due within the days asked for
    expect(itemsOfTab(items, 'alert').map((i) => i.id)).toEqual(['5']);
  });
});

describe('bulkOptions', () => {
  it('offers the declared bulk steps of the selected kinds, each record once', () => {
    const options = bulkOptions([
      item({ id: '1' }),
      item({ id: '1', state: 'waiting' }),
      item({ id: '2', version: 5, number: '纠〔2026〕2号' }),
      item({ id: '9', kind: 'suggestion', kindLabel: '群众意见建议' }),
      item({ id: '7', kind: 'petition', kindLabel: '信访事项' }),
      // a 整改 item in the same selection has no version and no batch step
      item({ id: 'r', kind: 'rectification', kindLabel: '整改', version: undefined }),
    ]);
    expect(options.map((o) => [o.kind, o.action.key, o.items.map((i) => `${i.id}@${i.version}`)])).toEqual([
      ['dispute', 'close', ['1@3', '2@5']],
      ['suggestion', 'dismiss', ['9@3']],
    ]);
    expect(options[0]?.items.map((i) => i.number)).toEqual(['纠〔2026〕1号', '纠〔2026〕2号']);
  });
});
