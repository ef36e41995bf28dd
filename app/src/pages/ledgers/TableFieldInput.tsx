import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Typography } from 'antd';
import type { TableField } from '../../../../core/ledgers';
import { SimpleInput } from './FieldInput';
import { PeopleListInput } from './PeopleListInput';
import { RemoveRowButton } from './RemoveRowButton';
import type { PeopleSource } from './usePeopleRoster';

/**
 * Rows of a table field (当事人, 委员): one small card per row, the declared columns in it. A
 * people list (参加人员名单) is one line per person, picked from the township's roster.
 */
export function TableFieldInput({ field, people }: { field: TableField; people?: PeopleSource | undefined }) {
  if (field.people) return <PeopleListInput field={{ ...field, people: field.people }} source={people} />;
  const maxRows = field.maxRows ?? 50;
  return (
    <Form.Item label={field.label} required={field.required} extra={field.help} style={{ marginBottom: 16 }}>
      <Form.List name={field.key}>
        {(rows, { add, remove }, { errors }) => (
          <div data-testid={`table-${field.key}`}>
            {rows.map((row, i) => (
              <Card
                key={row.key}
                size="small"
                style={{ marginBottom: 8 }}
                title={<Typography.Text type="secondary">第{i + 1}行</Typography.Text>}
                extra={<RemoveRowButton index={i} onRemove={() => remove(row.name)} />}
              >
                <Row gutter={12}>
                  {field.columns.map((c) => (
                    <Col key={c.key} xs={24} sm={12}>
                      <Form.Item
                        name={[row.name, c.key]}
                        label={c.label}
                        required={c.required}
                        // the list owns its rows: a row's cell keeps its value while React remounts it
                        // (strict mode), even in a form that drops the values of unmounted fields
                        preserve
                        style={{ marginBottom: 8 }}
                      >
                        <SimpleInput field={c} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={rows.length >= maxRows}
              onClick={() => add({})}
            >
              添加{field.label}
            </Button>
            {/* errors on the list itself ("至少需要3行"), set by the core checks or the server */}
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
