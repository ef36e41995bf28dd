import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { issueRectification } from '../../api/reviews';
import { showFormError } from '../../lib/formErrors';
import { defectKindLabel } from '../../locales/zh-CN';

/** Days a township gets by default to correct a finding. */
export const DEFAULT_DEADLINE_DAYS = 15;

interface Values {
  instruction: string;
  deadline: Dayjs;
}

const FIELDS = ['instruction', 'deadline'];

/** What the item is made from: a defect of the report, or a copied passage (source 'copy'). */
export interface IssueTarget {
  source: 'defect' | 'copy';
  index: number;
  defect: { kind: string; quote: string; message: string };
}

interface Props {
  reviewId: string;
  unitName: string;
  /** The modal is open while a target is given. */
  target: IssueTarget | null;
  onClose: () => void;
}

export function IssueRectificationModal({ reviewId, unitName, target, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  // the form instance outlives each window, and with it the first finding's initial values:
  // each finding opened sets its own (found by the e2e issuing a typo, then a 雷同 passage)
  useEffect(() => {
    if (target)
      form.setFieldsValue({
        instruction: target.defect.message,
        deadline: dayjs().add(DEFAULT_DEADLINE_DAYS, 'day'),
      });
  }, [target, form]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: { source: IssueTarget['source']; index: number } & Values) =>
      issueRectification(reviewId, {
        ...(v.source === 'copy' ? { copyIndex: v.index } : { defectIndex: v.index }),
        instruction: v.instruction.trim(),
        deadline: v.deadline.format('YYYY-MM-DD'),
      }),
    onSuccess: async () => {
      message.success(`已向${unitName}下发整改`);
      await queryClient.invalidateQueries({ queryKey: queryKeys.rectifications });
      onClose();
    },
    onError: (e) => showFormError(form, e, FIELDS, (t) => message.error(t)),
  });

  return (
    <Modal
      title={`下发整改：${unitName}`}
      open={target !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="下发"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      {target ? (
        <Typography.Paragraph type="secondary">
          {defectKindLabel(target.defect.kind)}
          {target.defect.quote ? `：“${target.defect.quote}”` : ''}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        name="issue-rectification"
        layout="vertical"
        preserve={false}
        initialValues={{
          instruction: target?.defect.message ?? '',
          deadline: dayjs().add(DEFAULT_DEADLINE_DAYS, 'day'),
        }}
        onFinish={(v) => target && mutation.mutate({ ...v, source: target.source, index: target.index })}
      >
        <Form.Item
          name="instruction"
          label="整改要求"
          rules={[
            { required: true, whitespace: true, message: '请填写整改要求' },
            { min: 2, max: 2000, message: '整改要求为2–2000个字' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={2000} />
        </Form.Item>
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            allowClear={false}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
