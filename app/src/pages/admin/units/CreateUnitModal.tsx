import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { checkUnitCode, codePrefix, UNIT_CODE_PROBLEM_LABELS } from '../../../../../core/units/unitCode';
import { childLevelOf } from '../../../../../core/units/unitLevel';
import { queryKeys } from '../../../api/queryKeys';
import type { Unit, UnitLevel } from '../../../api/types';
import { createUnit } from '../../../api/units';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useUnits } from '../../../hooks/useUnits';
import { showFormError } from '../../../lib/formErrors';
import { UNIT_LEVEL_LABELS, UNIT_LEVELS, unitLevelLabel } from '../../../locales/zh-CN';

interface Values {
  parentId: string;
  name: string;
  level: UnitLevel;
  code: string;
}

const FIELDS = ['parentId', 'name', 'level', 'code'];
const LEVEL_OPTIONS = UNIT_LEVELS.map((l) => ({ value: l, label: UNIT_LEVEL_LABELS[l] }));

interface Props {
  open: boolean;
  /** Parent chosen from a table row or the working unit; still changeable in the form. */
  parent: Unit | undefined;
  onClose: () => void;
}

export function CreateUnitModal({ open, parent, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { byId } = useUnits();
  const parentId = Form.useWatch('parentId', form);
  const chosenParent = parentId ? byId.get(parentId) : undefined;

  // the level follows from the parent (county → township → village); keep it in step
  useEffect(() => {
    if (!open || !chosenParent) return;
    const level = childLevelOf(chosenParent.level);
    if (level) form.setFieldValue('level', level);
  }, [open, chosenParent, form]);

  const mutation = useMutation({
    mutationFn: (v: Values) => createUnit({ ...v, name: v.name.trim(), code: v.code.trim() }),
    onSuccess: async (unit) => {
      message.success(`已创建单位 ${unit.name}`);
      await queryClient.invalidateQueries({ queryKey: queryKeys.units });
      onClose();
    },
    onError: (e) => showFormError(form, e, FIELDS, (t) => message.error(t)),
  });

  const validateCode = async (_: unknown, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    const level = form.getFieldValue('level') as UnitLevel | undefined;
    if (!level) return;
    const problem = checkUnitCode(value.trim(), level, chosenParent);
    if (problem) throw new Error(UNIT_CODE_PROBLEM_LABELS[problem]);
  };

  return (
    <Modal
      title="新建下级单位"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      <Form<Values>
        form={form}
        name="create-unit"
        layout="vertical"
        preserve={false}
        initialValues={{ parentId: parent?.id }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="parentId"
          label="上级单位"
          rules={[
            { required: true, message: '请选择上级单位' },
            {
              validator: async (_, id: unknown) => {
                const p = typeof id === 'string' ? byId.get(id) : undefined;
                if (p && !childLevelOf(p.level))
                  throw new Error(`${unitLevelLabel(p.level)}不能再设下级单位`);
              },
            },
          ]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请输入单位名称' },
            { min: 2, max: 50, message: '单位名称为2–50个字' },
          ]}
        >
          <Input placeholder="如：青石镇" />
        </Form.Item>
        <Form.Item name="level" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
          <Select<UnitLevel>
            options={LEVEL_OPTIONS}
            disabled={Boolean(chosenParent && childLevelOf(chosenParent.level))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label="行政区划代码"
          dependencies={['level', 'parentId']}
          extra={
            chosenParent
              ? `12位统计用区划代码，应以 ${codePrefix(chosenParent.code, chosenParent.level)} 开头`
              : '12位统计用区划代码'
          }
          rules={[{ required: true, message: '请输入行政区划代码' }, { validator: validateCode }]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
