import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { getLedgerSettings, type LedgerSetting, saveLedgerSetting } from '../../../api/ledgers';
import { useWorkingUnit } from '../../../context/WorkingUnitContext';
import { useUnits } from '../../../hooks/useUnits';
import { SettingInput } from './SettingInput';
import { recomputedText, settingRangeText, settingValueText } from './settingText';

const settingsKey = (unitId: string) => ['ledger-settings', unitId] as const;

/** The county whose settings are shown: the working unit, the county above it, or the first county. */
function useCounty() {
  const { list, byId } = useUnits();
  const { unitId } = useWorkingUnit();
  const counties = list.filter((u) => u.level === 'county');
  let cur = byId.get(unitId);
  for (let i = 0; cur && cur.level !== 'county' && i < 4; i++)
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  return { counties, initial: cur?.level === 'county' ? cur.id : counties[0]?.id };
}

/**
 * 县级设置: the figures a county may set for its ledgers (periods no national rule fixes, 较大数额),
 * each with its name, what it does, its basis and scope, entered the way it reads (a month-day
 * as a date, a yes/no as a switch); saving one recomputes the open deadlines it affects.
 */
export function LedgerSettingsPage() {
  const { counties, initial } = useCounty();
  const [chosen, setChosen] = useState<string | undefined>();
  const countyId = chosen ?? initial;
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey(countyId ?? ''),
    queryFn: () => getLedgerSettings(countyId ?? ''),
    enabled: countyId !== undefined,
  });

  const save = useMutation({
    mutationFn: (p: { key: string; value: number }) => saveLedgerSetting(countyId ?? '', p.key, p.value),
    onSuccess: (res, p) => {
      queryClient.setQueryData(settingsKey(countyId ?? ''), res.settings);
      // the townships' forms check with these figures; their deadlines were just recomputed
      void queryClient.invalidateQueries({ queryKey: ['ledger-settings'] });
      void queryClient.invalidateQueries({ queryKey: ['ledgers'] });
      void queryClient.invalidateQueries({ queryKey: ['todo'] });
      setDrafts(({ [p.key]: _, ...rest }) => rest);
      const def = res.settings.find((s) => s.key === p.key);
      message.success(`已保存“${def ? def.label : p.key}”。${recomputedText(res.recomputed)}`, 6);
    },
    onError: (e) => {
      message.error(errorMessage(e));
    },
  });

  return (
    <Card
      title="县级设置"
      extra={
        <Space>
          <Typography.Text type="secondary">县（市、区）</Typography.Text>
          <Select
            style={{ minWidth: 180 }}
            aria-label="县（市、区）"
            value={countyId}
            onChange={(v) => {
              setChosen(v);
              setDrafts({});
            }}
            options={counties.map((c) => ({ value: c.id, label: c.name }))}
            notFoundContent="暂无县级单位"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        法律法规未统一规定、由各地确定的期限和金额标准。修改后对该县及其所属乡镇生效，
        正在计时的期限按新设置重新计算。
      </Typography.Paragraph>
      {settings.isError ? <Alert type="error" showIcon title={errorMessage(settings.error)} /> : null}
      <Table<LedgerSetting>
        rowKey="key"
        size="middle"
        loading={settings.isFetching}
        dataSource={settings.data}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: '暂无可设置的项目' }}
        columns={[
          { key: 'group', title: '类别', width: 110, render: (_, s) => s.group },
          {
            key: 'label',
            title: '设置项',
            render: (_, s) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{s.label}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.explain}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  适用范围：{s.scope}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'value',
            title: '设置值',
            width: 260,
            render: (_, s) => {
              const draft = drafts[s.key];
              const value = draft === undefined ? s.value : draft;
              const changed = draft !== undefined && draft !== null && draft !== s.value;
              return (
                <Space.Compact>
                  <SettingInput
                    setting={s}
                    value={value}
                    onChange={(v) => setDrafts((d) => ({ ...d, [s.key]: v }))}
                  />
                  <Button
                    type={changed ? 'primary' : 'default'}
                    disabled={!changed}
                    loading={save.isPending && save.variables?.key === s.key}
                    onClick={() => {
                      if (typeof draft === 'number') save.mutate({ key: s.key, value: draft });
                    }}
                  >
                    保存
                  </Button>
                </Space.Compact>
              );
            },
          },
          {
            key: 'default',
            title: '默认值（可设范围）',
            width: 170,
            render: (_, s) => (
              <Flex vertical gap={2}>
                <span>
                  {settingValueText(s, s.default)}
                  {s.value !== s.default ? (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {' '}
                      （已修改）
                    </Typography.Text>
                  ) : null}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {settingRangeText(s)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'source',
            title: '依据',
            width: 300,
            render: (_, s) => (
              <Typography.Paragraph
                type="secondary"
                style={{ margin: 0, fontSize: 12 }}
                ellipsis={{ rows: 3, tooltip: s.source }}
              >
                {s.source}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
