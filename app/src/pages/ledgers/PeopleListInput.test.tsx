import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, Button, Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { peopleTables, type TableField } from '../../../../core/ledgers';
import { exam, studySession } from '../../../../core/ledgers/kinds/study';
import { PeopleListInput } from './PeopleListInput';
import type { PeopleSource } from './usePeopleRoster';

const listOf = (kind: typeof studySession) => {
  const [f] = peopleTables(kind);
  if (!f) throw new Error('no people list');
  return f;
};

const source: PeopleSource = {
  people: [
    { name: '王五', post: '党政办主任', sources: ['list'], lastListed: '2026-10-12' },
    { name: '赵六', post: null, sources: ['list'], lastListed: '2026-10-12' },
    { name: '甲执法', post: '综合执法队', sources: ['staff'], lastListed: null },
  ],
  previous: () => ({
    id: 'r1',
    number: '学〔2026〕5号',
    on: '2026-10-12',
    people: [
      { name: '王五', post: '党政办主任' },
      { name: '赵六', post: null },
    ],
  }),
  loading: false,
  error: false,
};

function renderList(field: TableField & { people: NonNullable<TableField['people']> }, initial?: unknown[]) {
  const onFinish = vi.fn();
  render(
    <App>
      <Form onFinish={onFinish} initialValues={initial ? { [field.key]: initial } : {}}>
        <PeopleListInput field={field} source={source} />
        <Button htmlType="submit">保存名单</Button>
      </Form>
    </App>,
  );
  const submitted = async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存名单' }));
    await waitFor(() => expect(onFinish).toHaveBeenCalled());
    return onFinish.mock.calls.at(-1)?.[0][field.key] as Record<string, unknown>[];
  };
  return { submitted };
}

describe('PeopleListInput', { timeout: 60_000 }, () => {
  it('picks people from the roster with a search, unticked, and counts them', async () => {
    const { submitted } = renderList(listOf(studySession));
    expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 0 人，实到 0 人');
    fireEvent.click(screen.getByRole('button', { name: /从名单选择/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('查找人员'), { target: { value: '执法' } });
    expect(within(dialog).queryByRole('checkbox', { name: /王五/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /甲执法/ }));
    fireEvent.change(within(dialog).getByLabelText('查找人员'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /王五/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: '添加 2 人' }));
    await waitFor(() => expect(screen.getAllByTestId('people-row')).toHaveLength(2));
    // The count follows Form.useWatch, which settles a render after the rows do.
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 2 人，实到 0 人'),
    );

    fireEvent.click(screen.getByRole('checkbox', { name: '第2行参加' }));
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 2 人，实到 1 人'),
    );
    expect(await submitted()).toEqual([
      { name: '王五', post: '党政办主任', present: false },
      { name: '甲执法', post: '综合执法队', present: true },
    ]);
  });

  it('沿用上次名单 copies the previous people unticked, once; tick all and none set every row', async () => {
    const { submitted } = renderList(listOf(studySession), [{ name: '王五', present: true }]);
    const copy = screen.getByRole('button', { name: /沿用上次名单（10月12日，2人）/ });
    fireEvent.click(copy);
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getAllByTestId('people-row')).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 2 人，实到 1 人'),
    );
    fireEvent.click(screen.getByRole('button', { name: '全部参加' }));
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 2 人，实到 2 人'),
    );
    fireEvent.click(screen.getByRole('button', { name: '全部取消参加' }));
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe('应到 2 人，实到 0 人'),
    );
    expect(await submitted()).toEqual([
      { name: '王五', present: false },
      { name: '赵六', present: false },
    ]);
  });

  it('ticks exam passes only of those who took it, and keeps typed names', async () => {
    const { submitted } = renderList(listOf(exam), [
      { name: '王五', took: true, passed: false },
      { name: '赵六', took: false, passed: false },
    ]);
    fireEvent.click(screen.getByRole('button', { name: '全部合格' }));
    fireEvent.click(screen.getByRole('button', { name: /手动添加一人/ }));
    fireEvent.change(await screen.findByLabelText('第3行姓名'), { target: { value: '钱七' } });
    await waitFor(() =>
      expect(screen.getByTestId('people-count-participants').textContent).toBe(
        '应考 3 人，实考 1 人，合格 1 人',
      ),
    );
    expect(await submitted()).toEqual([
      { name: '王五', took: true, passed: true },
      { name: '赵六', took: false, passed: false },
      { name: '钱七', took: false, passed: false },
    ]);
  });
});
