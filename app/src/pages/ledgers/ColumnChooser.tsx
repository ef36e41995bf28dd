import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import type { LedgerKind } from '../../../../core/ledgers';
import { columnChoices, columnStorageKey, defaultColumnKeys, parseStoredColumns } from './listColumns';

/** The list fields a user shows, remembered in this browser per user and kind (issue 15 §2). */
export function useColumnChoice(kind: LedgerKind, userId: string | undefined, showUnit: boolean) {
  const key = userId ? columnStorageKey(userId, kind.kind) : null;
  const [chosen, setChosen] = useState<string[] | null>(() =>
    key ? parseStoredColumns(window.localStorage.getItem(key), kind) : null,
  );
  const [loadedFor, setLoadedFor] = useState(key);
  // the user becomes known after the first render: read their choice then
  if (key !== loadedFor) {
    setLoadedFor(key);
    setChosen(key ? parseStoredColumns(window.localStorage.getItem(key), kind) : null);
  }
  const visible = chosen ?? defaultColumnKeys(kind, showUnit);
  const choose = (next: string[] | null) => {
    setChosen(next);
    if (!key) return;
    if (next === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(next));
  };
  return { visible, choose, custom: chosen !== null };
}

interface Props {
  kind: LedgerKind;
  visible: readonly string[];
  custom: boolean;
  onChange: (keys: string[] | null) => void;
}

/** 列设置: tick the columns to show; 编号, 标题, 状态 and 期限 always show. */
export function ColumnChooser({ kind, visible, custom, onChange }: Props) {
  const choices = columnChoices(kind);
  const content = (
    <Flex vertical gap={8} style={{ maxWidth: 260 }}>
      <Typography.Text type="secondary">编号、标题、状态和期限始终显示</Typography.Text>
      <Checkbox.Group
        value={[...visible]}
        // keep declaration order whatever order the boxes were ticked in
        onChange={(v) => onChange(choices.map((f) => f.key).filter((k) => v.includes(k)))}
      >
        <Flex vertical gap={4}>
          {choices.map((f) => (
            <Checkbox key={f.key} value={f.key}>
              {f.label}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Button size="small" disabled={!custom} onClick={() => onChange(null)}>
        恢复默认
      </Button>
    </Flex>
  );
  return (
    <Popover title="显示的列" content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />} data-testid="column-chooser">
        列设置
      </Button>
    </Popover>
  );
}
