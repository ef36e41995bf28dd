import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { checkUnitCode, UNIT_CODE_PROBLEM_LABELS } from '../../../../../core/units/unitCode';
import { errorMessage } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { Unit } from '../../../api/types';
import { getUnitDetail, type UnitDetail, updateUnit } from '../../../api/units';
import { useUnits } from '../../../hooks/useUnits';
import { showFormError } from '../../../lib/formErrors';

interface Values {
  name: string;
  code: string;
}

const FIELDS = ['name', 'code'];

interface Props {
  /** The unit being edited; the modal is closed while this is null. */
  unit: Unit | null;
  /** The year offered first for 常住人口 (the year before the current one: the figure the reports use). */
  defaultYear: number;
  onClose: () => void;
}

/** 修改单位: name and code (kept consistent with the tree), and 常住人口 by year. */
export function EditUnitModal({ unit, defaultYear, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { byId } = useUnits();
  const [year, setYear] = useState<number | null>(defaultYear);
  const [population, setPopulation] = useState<number | null>(null);
  const detailKey = ['unit-detail', unit?.id ?? ''] as const;
  const detail = useQuery({
    queryKey: detailKey,
    queryFn: () => getUnitDetail(unit?.id ?? ''),
    enabled: unit !== null,
    staleTime: 0,
  });
  const parent = unit?.parentId ? byId.get(unit.parentId) : undefined;

  const saved = async (d: UnitDetail, text: string) => {
    queryClient.setQueryData(detailKey, d);
    message.success(text);
    await queryClient.invalidateQueries({ queryKey: queryKeys.units });
    // per-10,000 figures read the population
    void queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
  const editUnit = useMutation({
    mutationFn: (v: Values) => updateUnit(unit?.id ?? '', { name: v.name.trim(), code: v.code.trim() }),
    onSuccess: async (d) => {
      await saved(d, `已保存 ${d.name}`);
      onClose();
    },
    onError: (e) => showFormError(form, e, FIELDS, (t) => message.error(t)),
  });
  const editPopulation = useMutation({
    mutationFn: (p: { year: number; value: number | null }) => updateUnit(unit?.id ?? '', { population: p }),
    onSuccess: async (d, p) => {
      await saved(d, p.value === null ? `已删除${p.year}年常住人口` : `已登记${p.year}年常住人口`);
      setPopulation(null);
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const validateCode = async (_: unknown, value: unknown) => {
    if (!unit || typeof value !== 'string' || value === '' || value.trim() === unit.code) return;
    const problem = checkUnitCode(value.trim(), unit.level, parent);
    if (problem) throw new Error(UNIT_CODE_PROBLEM_LABELS[problem]);
  };

  return (
    <Modal
      title={unit ? `修改单位：${unit.name}` : '修改单位'}
      open={unit !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={editUnit.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        name="edit-unit"
        layout="vertical"
        preserve={false}
        initialValues={{ name: unit?.name, code: unit?.code }}
        onFinish={(v) => editUnit.mutate(v)}
      >
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请输入单位名称' },
            { min: 2, max: 50, message: '单位名称为2–50个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="code"
          label="行政区划代码"
          extra="修改代码须与上级单位一致，且下级单位的代码仍以它开头"
          rules={[{ required: true, message: '请输入行政区划代码' }, { validator: validateCode }]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
      </Form>
      <Divider titlePlacement="start">常住人口</Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        县级总览按每万人口统计时使用；某年度未登记的，沿用此前最近一个年度的数字。
      </Typography.Paragraph>
      {detail.isError ? <Alert type="error" showIcon title={errorMessage(detail.error)} /> : null}
      <Table<UnitDetail['populations'][number]>
        size="small"
        rowKey="year"
        loading={detail.isPending}
        dataSource={detail.data?.populations ?? []}
        pagination={false}
        locale={{ emptyText: '尚未登记常住人口' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 100, render: (y: number) => `${y}年` },
          {
            title: '常住人口',
            dataIndex: 'population',
            render: (n: number) => `${n.toLocaleString('zh-CN')}人`,
          },
          {
            title: '操作',
            key: 'op',
            width: 80,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => editPopulation.mutate({ year: r.year, value: null })}
              >
                删除
              </Button>
            ),
          },
        ]}
      />
      <Space.Compact style={{ marginTop: 12 }}>
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          precision={0}
          value={year}
          suffix="年"
          style={{ width: 120 }}
          onChange={(v) => setYear(typeof v === 'number' ? v : null)}
        />
        <InputNumber
          aria-label="常住人口"
          min={1}
          max={100_000_000}
          precision={0}
          value={population}
          suffix="人"
          placeholder="常住人口"
          style={{ width: 180 }}
          onChange={(v) => setPopulation(typeof v === 'number' ? v : null)}
        />
        <Button
          type="primary"
          disabled={year === null || population === null}
          loading={editPopulation.isPending}
          onClick={() => {
            if (year !== null && population !== null) editPopulation.mutate({ year, value: population });
          }}
        >
          登记
        </Button>
      </Space.Compact>
    </Modal>
  );
}
