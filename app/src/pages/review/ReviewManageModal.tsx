import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { queryKeys } from '../../api/queryKeys';
import { deleteReview, type ReviewSummary, reassignReview } from '../../api/reviews';
import { listUnits } from '../../api/units';
import { showFormError } from '../../lib/formErrors';

export type ManageStep = 'delete' | 'reassign';

interface Props {
  step: ManageStep;
  /** Open while a report is given. */
  review: ReviewSummary | null;
  onClose: () => void;
  onChanged: () => void;
}

/** 删除 or 改派 an uploaded report: both need a reason, which goes into the audit chain. */
export function ReviewManageModal({ step, review, onClose, onChanged }: Props) {
  const [form] = Form.useForm<{ unitId?: string; reason: string }>();
  const { message } = App.useApp();
  const townships = useQuery({
    queryKey: queryKeys.units,
    queryFn: listUnits,
    enabled: step === 'reassign' && review !== null,
  });
  const mutation = useMutation({
    mutationFn: async (v: { review: ReviewSummary; unitId?: string; reason: string }) => {
      if (step === 'delete') await deleteReview(v.review.id, v.reason);
      else await reassignReview(v.review.id, v.unitId ?? '', v.reason);
    },
    onSuccess: () => {
      message.success(step === 'delete' ? '已删除该报告' : '已改派');
      onChanged();
      onClose();
    },
    onError: (e) => showFormError(form, e, ['unitId', 'reason'], (t) => message.error(t)),
  });
  const options = (townships.data ?? [])
    .filter((u) => u.level === 'township' && u.id !== (review?.unit.matched ? review.unit.id : ''))
    .map((u) => ({ value: u.id, label: u.name }));
  const title = step === 'delete' ? '删除报告' : '改派报告';

  return (
    <Modal
      title={review ? `${title}：${review.fileName}` : title}
      open={review !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={step === 'delete' ? '删除' : '改派'}
      okButtonProps={{ danger: step === 'delete' }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      <Typography.Paragraph type="secondary">
        {step === 'delete'
          ? '删除后该报告不再参与审查和雷同比对，删除原因记入审计记录。已下发整改事项的报告不能删除。'
          : '报告将归入所选乡镇，改派原因记入审计记录。'}
      </Typography.Paragraph>
      <Form
        form={form}
        name={`review-${step}`}
        layout="vertical"
        preserve={false}
        onFinish={(v) => review && mutation.mutate({ review, ...v, reason: v.reason.trim() })}
      >
        {step === 'reassign' ? (
          <Form.Item
            name="unitId"
            label="所属乡镇"
            rules={[{ required: true, message: '请选择报告所属的乡镇' }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={options}
              loading={townships.isFetching}
              placeholder="选择乡镇（街道）"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={step === 'delete' ? '删除原因' : '改派原因'}
          rules={[
            {
              required: true,
              whitespace: true,
              message: step === 'delete' ? '请填写删除原因' : '请填写改派原因',
            },
            { min: 2, message: '原因至少2个字' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
