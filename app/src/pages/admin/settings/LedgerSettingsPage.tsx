import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ledgerKind } from '../../../../../core/ledgers';
import { errorMessage } from '../../../api/client';
import { getLedgerSettings, type LedgerSetting, saveLedgerSetting } from '../../../api/ledgers';
import { useWorkingUnit } from '../../../context/WorkingUnitContext';
import { useUnits } from '../../../hooks/useUnits';
import { recomputedText, settingLabel } from './settingText';

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
 * 县级设置: the figures a county may set for its ledgers (UNCONFIRMED periods, 较大数额), each
 * within its declared range; saving one recomputes the open deadlines it affects.
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
      message.success(`已保存“${def ? settingLabel(def) : p.key}”。${recomputedText(res.recomputed)}`, 6);
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
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无可设置的项目' }}
        columns={[
          {
            key: 'kind',
            title: '台账',
            width: 120,
            render: (_, s) => ledgerKind(s.kind)?.label ?? s.kind,
          },
          { key: 'label', title: '设置项', render: (_, s) => settingLabel(s) },
          {
            key: 'value',
            title: '设置值',
            width: 240,
            render: (_, s) => {
              const draft = drafts[s.key];
              const value = draft === undefined ? s.value : draft;
              const changed = draft !== undefined && draft !== null && draft !== s.value;
              return (
                <Space.Compact>
                  <InputNumber
                    aria-label={settingLabel(s)}
                    min={s.min}
                    max={s.max}
                    precision={0}
                    value={value}
                    suffix={s.unit}
                    style={{ width: 160 }}
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
            title: '默认值',
            width: 130,
            render: (_, s) => (
              <span>
                {s.default.toLocaleString('zh-CN')}
                {s.unit}
                {s.value !== s.default ? (
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    {' '}
                    （已修改）
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          {
            key: 'range',
            title: '可设范围',
            width: 160,
            render: (_, s) => `${s.min.toLocaleString('zh-CN')}～${s.max.toLocaleString('zh-CN')}${s.unit}`,
          },
          {
            key: 'source',
            title: '依据',
            width: 320,
            render: (_, s) => <Typography.Text type="secondary">{s.source}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
