import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { TODO_DAYS as DAYS, todoCountsQuery } from './queries';

/** 工作台: how many records are overdue, due soon, in their own 临期 window and waiting, each linking to its 待办 tab. */
export function TodoCounts() {
  const { unitId } = useWorkingUnit();
  const todo = useQuery(todoCountsQuery(unitId));
  const counts = todo.data?.counts;
  const tiles = [
    { key: 'overdue', title: '已逾期', value: counts?.overdue, color: '#cf1322' },
    { key: 'due_soon', title: `${DAYS}个工作日内到期`, value: counts?.dueSoon, color: '#d46b08' },
    // due later, but inside their kind's own 临期 window (a contract, a certificate): issue 15 §8
    { key: 'alert', title: '提醒', value: counts?.alerts, color: '#d48806' },
    { key: 'waiting', title: '待我处理', value: counts?.waiting, color: '#1677ff' },
  ];
  return (
    <Card title="待办" size="small" extra={<Link to="/todo">查看全部</Link>} style={{ marginBottom: 16 }}>
      {todo.isError ? (
        <span>{errorMessage(todo.error)}</span>
      ) : (
        <Row gutter={16}>
          {tiles.map((t) => (
            <Col key={t.key} xs={12} sm={6}>
              <Link to={`/todo?state=${t.key}`} data-testid={`todo-count-${t.key}`}>
                <Statistic
                  title={t.title}
                  value={t.value ?? '—'}
                  loading={todo.isPending}
                  suffix={t.value !== undefined ? '件' : undefined}
                  styles={{ content: { color: t.value ? t.color : undefined } }}
                />
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
