import { Descriptions, Table, Typography } from 'antd';
import {
  allFields,
  type FieldDef,
  type FieldValue,
  type LedgerKind,
  type RecordData,
  type TableField,
} from '../../../../core/ledgers';
import { fieldText, type RefTitle, type VillageName } from './fieldText';

function TableValue({ field, value }: { field: TableField; value: FieldValue | undefined }) {
  // rows have no id of their own: their position keys them
  const rows = (Array.isArray(value) ? (value as Record<string, FieldValue>[]) : []).map((data, i) => ({
    i,
    data,
  }));
  return (
    <Table<{ i: number; data: Record<string, FieldValue> }>
      size="small"
      bordered
      pagination={false}
      rowKey="i"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '无' }}
      columns={field.columns.map((c) => ({
        key: c.key,
        title: c.label,
        render: (_: unknown, row) => fieldText(c, row.data[c.key]),
      }))}
    />
  );
}

function Section({
  title,
  fields,
  data,
  villageName,
  refTitle,
}: {
  title: string;
  fields: readonly FieldDef[];
  data: RecordData;
  villageName: VillageName;
  refTitle?: RefTitle;
}) {
  const simple = fields.filter((f) => f.type !== 'table');
  const tables = fields.filter((f): f is TableField => f.type === 'table');
  return (
    <>
      <Descriptions
        title={title}
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
      >
        {simple.map((f) => (
          <Descriptions.Item key={f.key} label={f.label} span={f.type === 'textarea' ? 'filled' : undefined}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{fieldText(f, data[f.key], villageName, refTitle)}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      {tables.map((f) => (
        <div key={f.key} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{f.label}</Typography.Text>
          <TableValue field={f} value={data[f.key]} />
        </div>
      ))}
    </>
  );
}

/** The record's registration fields, then whatever its steps stored on it (受理日期, 协议内容…). */
export function RecordFields({
  kind,
  data,
  villageName,
  refTitle,
}: {
  kind: LedgerKind;
  data: RecordData;
  villageName: VillageName;
  refTitle?: RefTitle;
}) {
  const own = new Set(kind.fields.map((f) => f.key));
  const stepFields = allFields(kind).filter(
    (f) => !own.has(f.key) && data[f.key] !== undefined && data[f.key] !== null,
  );
  return (
    <>
      <Section
        title="登记信息"
        fields={kind.fields}
        data={data}
        villageName={villageName}
        refTitle={refTitle}
      />
      {stepFields.length > 0 ? (
        <Section
          title="办理信息"
          fields={stepFields}
          data={data}
          villageName={villageName}
          refTitle={refTitle}
        />
      ) : null}
    </>
  );
}
