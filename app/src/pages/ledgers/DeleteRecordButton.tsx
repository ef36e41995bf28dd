import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import type { LedgerKind } from '../../../../core/ledgers';
import { errorMessage, isApiError } from '../../api/client';
import { deleteLedgerRecord, type LedgerRecordDetail } from '../../api/ledgers';

interface Props {
  kind: LedgerKind;
  record: LedgerRecordDetail;
  onDeleted: () => Promise<void>;
  onFailed: (text: string) => void;
}

/**
 * 删除 (issue 15 §4). A record still at registration goes after one confirmation (a mistyped
 * entry); once work has been done on it, the reason is asked for and kept in the audit chain.
 * The server decides the rest (a decided or closed enforcement case is refused with a reason).
 */
export function DeleteRecordButton({ kind, record, onDeleted, onFailed }: Props) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const needsReason = record.state !== kind.initialState;
  const remove = useMutation({
    mutationFn: (reason: string) => deleteLedgerRecord(kind.kind, record.id, record.version, reason),
    onSuccess: async () => {
      setOpen(false);
      await onDeleted();
    },
    onError: (e) => {
      if (isApiError(e) && e.field === 'reason') {
        form.setFields([{ name: 'reason', errors: [e.message] }]);
        return;
      }
      setOpen(false);
      onFailed(errorMessage(e));
    },
  });
  if (record.deleteRefused) {
    return (
      <Tooltip title={record.deleteRefused}>
        <Button danger disabled data-testid="delete-refused">
          删除
        </Button>
      </Tooltip>
    );
  }
  if (!needsReason) {
    return (
      <Popconfirm
        title={`删除 ${record.number}？`}
        description="删除后不再出现在台账和统计中（可在审计记录中查到）。"
        okText="删除"
        okButtonProps={{ danger: true }}
        onConfirm={() => remove.mutate('')}
      >
        <Button danger loading={remove.isPending}>
          删除
        </Button>
      </Popconfirm>
    );
  }
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        删除
      </Button>
      <Modal
        title={`删除 ${record.number}`}
        open={open}
        okText="删除"
        okButtonProps={{ danger: true }}
        confirmLoading={remove.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => remove.mutate(v.reason.trim())} preserve={false}>
          <p>该记录已办理至“{record.stateLabel}”。删除后不再出现在台账和统计中，删除理由记入审计记录。</p>
          <Form.Item
            name="reason"
            label="删除理由"
            rules={[
              { required: true, whitespace: true, message: '「删除理由」不能为空' },
              { max: 500, message: '「删除理由」不能超过500字' },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder="例如：重复登记，已并入另一条记录"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
