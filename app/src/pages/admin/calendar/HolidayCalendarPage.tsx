import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  getScheduleReminders,
  getYearSchedule,
  removeYearSchedule,
  saveYearSchedule,
} from '../../../api/calendar';
import { errorMessage } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { showFormError } from '../../../lib/formErrors';
import { DeadlineCalculator } from './DeadlineCalculator';
import { parseDateList } from './dateList';

const SOURCE_TAGS = {
  override: <Tag color="blue">人工录入</Tag>,
  package: <Tag color="green">内置数据</Tag>,
  estimate: <Tag color="orange">未公布（按放假办法推算，涉及该年的期限为暂估）</Tag>,
  none: <Tag color="orange">未录入（涉及该年的期限为暂估）</Tag>,
};

interface FormValues {
  holidays: string;
  workdays: string;
  note?: string;
}

/** 节假日安排: the administrator enters a year's schedule when the State Council publishes it. */
export function HolidayCalendarPage() {
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const schedule = useQuery({ queryKey: queryKeys.calendarYear(year), queryFn: () => getYearSchedule(year) });
  const reminders = useQuery({ queryKey: queryKeys.calendarReminders, queryFn: getScheduleReminders });

  useEffect(() => {
    if (!schedule.data) return;
    // an estimate is not a schedule: the form stays empty so that saving it cannot pass the
    // estimate off as the State Council's notice
    const entered = schedule.data.source !== 'estimate';
    form.setFieldsValue({
      holidays: entered ? schedule.data.holidays.join('\n') : '',
      workdays: entered ? schedule.data.workdays.join('\n') : '',
      note: schedule.data.note ?? '',
    });
  }, [schedule.data, form]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.calendar });
  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const holidays = parseDateList(v.holidays);
      const workdays = parseDateList(v.workdays);
      const bad = [...holidays.invalid, ...workdays.invalid];
      if (bad.length) throw new Error(`无法识别的日期：${bad.join('、')}`);
      return saveYearSchedule(year, {
        holidays: holidays.dates,
        workdays: workdays.dates,
        ...(v.note ? { note: v.note } : {}),
        ...(schedule.data?.version ? { version: schedule.data.version } : {}),
      });
    },
    onSuccess: () => {
      message.success(`已保存 ${year} 年节假日安排，相关期限将按新安排计算`);
      void refresh();
    },
    onError: (e) => {
      if (e instanceof Error && !('code' in e)) message.error(e.message);
      else showFormError(form, e, ['holidays', 'workdays', 'note'], (t) => message.error(t));
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => removeYearSchedule(year),
    onSuccess: () => {
      message.success(`已删除 ${year} 年的人工安排`);
      void refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const source = schedule.data?.source ?? 'none';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {(reminders.data?.reminders ?? []).map((r) => (
        <Alert
          key={r.year}
          type="warning"
          showIcon
          data-testid="calendar-reminder"
          message={r.message}
          action={
            r.year === year ? null : (
              <Button size="small" onClick={() => setYear(r.year)}>
                录入 {r.year} 年
              </Button>
            )
          }
        />
      ))}
      <Card title="节假日安排">
        <Space style={{ marginBottom: 16 }}>
          年份
          <InputNumber min={2004} max={2199} value={year} onChange={(v) => v && setYear(v)} />
          {SOURCE_TAGS[source]}
        </Space>
        {source === 'none' || source === 'estimate' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={`尚无 ${year} 年的节假日安排：国务院办公厅公布后，请在此录入放假日期和调休上班日期。`}
            description={
              source === 'estimate'
                ? `录入前按《全国年节及纪念日放假办法》第二条推算的法定节假日（不含调休、补假）：${schedule.data?.holidays.join('、') ?? ''}`
                : undefined
            }
          />
        ) : null}
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={schedule.isLoading}>
          <Form.Item
            name="holidays"
            label="放假日期（含假期中的周末）"
            extra="每行或以逗号分隔一个日期，可直接粘贴通知中的日期，如 2027-01-01 或 2027年1月1日"
            rules={[{ required: true, message: '请填写放假日期' }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="workdays" label="调休上班日期（周末上班）">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="note" label="依据（如通知文号）">
            <Input maxLength={500} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
            {source === 'override' ? (
              <Popconfirm title="删除人工安排后将使用内置数据（如有）" onConfirm={() => remove.mutate()}>
                <Button danger loading={remove.isPending}>
                  删除人工安排
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        </Form>
      </Card>
      <Card title="期限计算">
        <Typography.Paragraph type="secondary">
          按工作日计算：自起算日的次日开始计算，跳过周末和法定节假日，调休上班日计入。
        </Typography.Paragraph>
        <DeadlineCalculator />
      </Card>
    </Space>
  );
}
