import { HistoryOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  type PeopleList,
  peopleCounts,
  type RosterPerson,
  rosterKey,
  rowsForPeople,
  type TableField,
} from '../../../../core/ledgers';
import { RemoveRowButton } from './RemoveRowButton';
import type { PeopleSource } from './usePeopleRoster';

type Row = Record<string, unknown>;
type PeopleField = TableField & { people: PeopleList };

const SOURCE_LABEL: Record<RosterPerson['sources'][number], string> = {
  staff: '执法人员',
  user: '系统账号',
  list: '曾列入名单',
};

const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * A people list (参加人员名单): one line per person, filled by picking from the township's roster
 * (从名单选择), by copying the previous record's people with the ticks cleared (沿用上次名单) or by
 * typing; each tick column can be set for everyone at once, and the count (应到 N 人，实到 M 人)
 * follows the list.
 */
export function PeopleListInput({
  field,
  source,
}: {
  field: PeopleField;
  source?: PeopleSource | undefined;
}) {
  const form = Form.useFormInstance();
  const watched = Form.useWatch<Row[] | undefined>(field.key, form);
  const rows = watched ?? [];
  const [picking, setPicking] = useState(false);
  const maxRows = field.maxRows ?? 50;
  const { people } = field;
  const ticks = people.ticks.map((t) => ({
    ...t,
    label: field.columns.find((c) => c.key === t.column)?.label ?? t.column,
  }));
  const textColumns = field.columns.filter((c) => !people.ticks.some((t) => t.column === c.key));
  const previous = source?.previous(field.key) ?? null;
  const current = (): Row[] => (form.getFieldValue(field.key) as Row[] | undefined) ?? [];

  const append = (picked: readonly { name: string; post: string | null }[]) => {
    const list = current();
    const added = rowsForPeople(people, picked, list).slice(0, Math.max(0, maxRows - list.length));
    form.setFieldValue(field.key, [...list, ...added]);
    return added.length;
  };

  /**
   * Every row's tick set or cleared. Ticks are successive (合格 only of those marked 参考):
   * setting one sets it where the earlier ticks hold, clearing one clears the later ones.
   */
  const tickAll = (index: number, value: boolean) => {
    form.setFieldValue(
      field.key,
      current().map((r) => {
        const out = { ...r };
        if (value) {
          if (people.ticks.slice(0, index).every((t) => r[t.column] === true))
            out[people.ticks[index]?.column ?? ''] = true;
        } else {
          for (const t of people.ticks.slice(index)) out[t.column] = false;
        }
        return out;
      }),
    );
  };

  return (
    <Form.Item label={field.label} required={field.required} extra={field.help} style={{ marginBottom: 16 }}>
      <Form.List name={field.key}>
        {(items, { add, remove }, { errors }) => (
          <div data-testid={`table-${field.key}`}>
            <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
              {source ? (
                <Button
                  icon={<TeamOutlined />}
                  onClick={() => setPicking(true)}
                  loading={source.loading}
                  disabled={items.length >= maxRows}
                >
                  从名单选择
                </Button>
              ) : null}
              {source ? (
                <Button
                  icon={<HistoryOutlined />}
                  disabled={!previous || items.length >= maxRows}
                  title={
                    previous
                      ? `${previous.number}（${monthDay(previous.on)}）的 ${previous.people.length} 人，参加情况需重新勾选`
                      : '本乡镇还没有列了名单的记录'
                  }
                  onClick={() => previous && append(previous.people)}
                >
                  沿用上次名单{previous ? `（${monthDay(previous.on)}，${previous.people.length}人）` : ''}
                </Button>
              ) : null}
              {ticks.map((t, i) => (
                <Space.Compact key={t.column}>
                  <Button size="small" disabled={items.length === 0} onClick={() => tickAll(i, true)}>
                    全部{t.label}
                  </Button>
                  <Button size="small" disabled={items.length === 0} onClick={() => tickAll(i, false)}>
                    全部取消{t.label}
                  </Button>
                </Space.Compact>
              ))}
            </Space>
            <div>
              <Typography.Text strong data-testid={`people-count-${field.key}`}>
                {peopleCounts(people, rows)}
              </Typography.Text>
            </div>
            {items.length > 0 ? (
              <div
                style={{
                  maxHeight: 360,
                  overflowY: 'auto',
                  border: '1px solid rgba(5,5,5,0.06)',
                  borderRadius: 6,
                  padding: '4px 8px',
                  margin: '8px 0',
                }}
              >
                {items.map((item, i) => (
                  <div
                    key={item.key}
                    data-testid="people-row"
                    style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '4px 0' }}
                  >
                    <Typography.Text type="secondary" style={{ width: 28, textAlign: 'right', flex: 'none' }}>
                      {i + 1}
                    </Typography.Text>
                    {textColumns.map((c) => (
                      <Form.Item
                        key={c.key}
                        name={[item.name, c.key]}
                        // the list owns its rows: a row's cell keeps its value while React remounts it
                        preserve
                        style={{ marginBottom: 0, flex: c.key === people.name ? '0 0 150px' : '1 1 0' }}
                      >
                        <Input
                          size="small"
                          placeholder={c.label}
                          aria-label={`第${i + 1}行${c.label}`}
                          maxLength={c.type === 'text' ? c.maxLength : undefined}
                        />
                      </Form.Item>
                    ))}
                    {ticks.map((t) => (
                      <Form.Item
                        key={t.column}
                        name={[item.name, t.column]}
                        valuePropName="checked"
                        preserve
                        style={{ marginBottom: 0, flex: 'none' }}
                      >
                        <Checkbox aria-label={`第${i + 1}行${t.label}`}>{t.label}</Checkbox>
                      </Form.Item>
                    ))}
                    <RemoveRowButton index={i} onRemove={() => remove(item.name)} />
                  </div>
                ))}
              </div>
            ) : null}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={items.length >= maxRows}
              onClick={() => add(Object.fromEntries(people.ticks.map((t) => [t.column, false])))}
              style={{ marginTop: 8 }}
            >
              手动添加一人
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
      {source ? (
        <PeoplePicker
          open={picking}
          people={source.people}
          loading={source.loading}
          error={source.error}
          listed={
            new Set(
              rows.map((r) =>
                typeof r[people.name] === 'string' ? rosterKey(r[people.name] as string) : '',
              ),
            )
          }
          room={maxRows - rows.length}
          onClose={() => setPicking(false)}
          onPick={(picked) => {
            append(picked);
            setPicking(false);
          }}
        />
      ) : null}
    </Form.Item>
  );
}

/** 从名单选择: the township's people with a search, several at once; those already listed are shown ticked and fixed. */
export function PeoplePicker({
  open,
  people,
  loading,
  error = false,
  listed,
  room,
  onClose,
  onPick,
}: {
  open: boolean;
  people: readonly RosterPerson[];
  loading: boolean;
  error?: boolean;
  listed: ReadonlySet<string>;
  room: number;
  onClose: () => void;
  onPick: (picked: RosterPerson[]) => void;
}) {
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => {
    const term = rosterKey(q);
    return people.filter((p) => term === '' || p.name.includes(term) || (p.post ?? '').includes(term));
  }, [people, q]);
  const unlisted = shown.filter((p) => !listed.has(p.name));
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    setChosen(next);
  };
  const reset = () => {
    setQ('');
    setChosen(new Set());
  };
  return (
    <Modal
      title="从本乡镇名单选择"
      open={open}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={`添加 ${chosen.size} 人`}
      okButtonProps={{ disabled: chosen.size === 0 || chosen.size > room }}
      onOk={() => {
        onPick(people.filter((p) => chosen.has(p.name)));
        reset();
      }}
      width={560}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        名单来自本乡镇的系统账号、执法人员和近两年各次名单上的人员；不在名单上的人可在表格中手动添加。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 8 }} wrap>
        <Input.Search
          allowClear
          placeholder="输入姓名或职务查找"
          aria-label="查找人员"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 240 }}
        />
        <Button
          size="small"
          disabled={unlisted.length === 0}
          onClick={() => setChosen(new Set([...chosen, ...unlisted.map((p) => p.name)]))}
        >
          全选{q ? '查找结果' : ''}（{unlisted.length}人）
        </Button>
        <Button size="small" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
          清空选择
        </Button>
      </Space>
      <div style={{ maxHeight: 340, overflowY: 'auto' }} data-testid="people-picker-list">
        {loading ? (
          <Typography.Text type="secondary">正在加载名单…</Typography.Text>
        ) : error ? (
          <Typography.Text type="danger">名单暂时无法加载，请稍后再试，或在表格中手动添加</Typography.Text>
        ) : shown.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={people.length === 0 ? '本乡镇暂无可选人员，请手动添加' : '没有找到该人员'}
          />
        ) : (
          shown.map((p) => {
            const already = listed.has(p.name);
            return (
              <div key={p.name} style={{ padding: '4px 0' }}>
                <Checkbox
                  checked={already || chosen.has(p.name)}
                  disabled={already}
                  onChange={(e) => toggle(p.name, e.target.checked)}
                >
                  {p.name}
                  {p.post ? <Typography.Text type="secondary">（{p.post}）</Typography.Text> : null}
                </Checkbox>
                {already ? <Tag>已在名单</Tag> : null}
                {p.sources
                  .filter((s) => s !== 'list')
                  .map((s) => (
                    <Tag key={s} color="blue">
                      {SOURCE_LABEL[s]}
                    </Tag>
                  ))}
                {p.lastListed ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    最近参加 {p.lastListed.slice(0, 4)}年{monthDay(p.lastListed)}
                  </Typography.Text>
                ) : null}
              </div>
            );
          })
        )}
      </div>
      {chosen.size > room ? (
        <Typography.Text type="danger">名单最多还能添加 {room} 人</Typography.Text>
      ) : null}
    </Modal>
  );
}
