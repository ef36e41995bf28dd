import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { FieldDef, Option, SimpleField } from '../../../../core/ledgers';
import { TableFieldInput } from './TableFieldInput';
import type { PeopleSource } from './usePeopleRoster';
import type { RefOption, RefOptions } from './useRefOptions';

export interface VillageOptions {
  options: { value: string; label: string }[];
}

/** The input control of one simple field (no Form.Item around it). */
/** A retired option still names an old record's value but cannot be picked. */
const choices = (options: readonly Option[]) =>
  options.map((o) => ({ value: o.value, label: o.label, disabled: o.retired !== undefined }));

export function SimpleInput({
  field,
  villages,
  refs,
  ...rest
}: {
  field: SimpleField | FieldDef;
  villages?: VillageOptions;
  refs?: RefOptions;
  id?: string;
  'aria-label'?: string;
}) {
  switch (field.type) {
    case 'text':
      return <Input maxLength={field.maxLength} allowClear {...rest} />;
    case 'textarea':
      return (
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          {...rest}
        />
      );
    case 'date':
      return <DatePicker style={{ width: '100%' }} placeholder="选择日期" {...rest} />;
    case 'integer':
      return (
        <InputNumber
          style={{ width: '100%' }}
          min={field.min}
          max={field.max}
          precision={0}
          suffix={field.suffix}
          {...rest}
        />
      );
    case 'select':
      return <Select allowClear options={choices(field.options)} placeholder="请选择" {...rest} />;
    case 'multiselect':
      return (
        <Select mode="multiple" allowClear options={choices(field.options)} placeholder="可多选" {...rest} />
      );
    case 'boolean':
      // a radiogroup named by its field, so 是/否 of several yes-no questions can be told apart
      return (
        <Radio.Group
          aria-label={field.label}
          options={[
            { value: true, label: '是' },
            { value: false, label: '否' },
          ]}
          {...rest}
        />
      );
    case 'village':
      return (
        <Select<string | string[]>
          mode={field.multiple ? 'multiple' : undefined}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={villages?.options ?? []}
          placeholder={field.multiple ? '选择村（社区），可多选' : '选择村（社区）'}
          notFoundContent="本乡镇暂无村（社区）"
          {...rest}
        />
      );
    case 'ref': {
      const options = refs?.options(field.kind) ?? [];
      return (
        <Select<string | string[], RefOption>
          mode={field.multiple ? 'multiple' : undefined}
          allowClear
          showSearch={{
            filterOption: (input, option) => (option?.text ?? '').includes(input.trim()),
          }}
          options={options}
          loading={refs?.loading}
          placeholder={field.multiple ? '选择（可多选，可输入查找）' : '选择（可输入查找）'}
          notFoundContent={refs?.loading ? '正在加载…' : '本乡镇暂无可选记录'}
          {...rest}
        />
      );
    }
    case 'table':
      return null;
  }
}

/** One declared field as a form item; tables become a list of rows. */
export function FieldInput({
  field,
  villages,
  refs,
  people,
}: {
  field: FieldDef;
  villages?: VillageOptions;
  refs?: RefOptions;
  /** The township's roster, for people lists. */
  people?: PeopleSource | undefined;
}) {
  if (field.type === 'table') return <TableFieldInput field={field} people={people} />;
  return (
    <Form.Item name={field.key} label={field.label} required={field.required} extra={field.help}>
      <SimpleInput field={field} villages={villages} refs={refs} />
    </Form.Item>
  );
}
