import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import {
  answerRectification,
  type Rectification,
  returnRectification,
  uploadRectificationAttachment,
} from '../../api/rectifications';
import { showFormError } from '../../lib/formErrors';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from '../ledgers/AttachmentsCard';

export type TextStep = 'answer' | 'return';

const STEP_TEXT: Record<
  TextStep,
  { title: string; ok: string; label: string; required: string; done: string }
> = {
  answer: {
    title: '反馈整改情况',
    ok: '提交反馈',
    label: '整改情况',
    required: '请填写整改情况',
    done: '已反馈整改情况',
  },
  return: {
    title: '退回重新整改',
    ok: '退回',
    label: '退回原因',
    required: '请填写退回原因',
    done: '已退回重新整改',
  },
};

interface Props {
  step: TextStep;
  /** The modal is open while an item is given. */
  item: Rectification | null;
  onClose: () => void;
  /** After success and after a conflict: the list must be refreshed either way. */
  onChanged: () => void;
}

/** 反馈 (township) or 退回 (reviewer): both send a text with the item's version. */
export function RectificationTextModal({ step, item, onClose, onChanged }: Props) {
  const [form] = Form.useForm<{ text: string }>();
  const { message } = App.useApp();
  const words = STEP_TEXT[step];
  // files chosen for the answer; each goes up once (a retry after an error does not send it twice)
  const [files, setFiles] = useState<UploadFile[]>([]);
  const mutation = useMutation({
    mutationFn: async (v: { item: Rectification; text: string }) => {
      if (step === 'return') return returnRectification(v.item, v.text);
      for (const f of files) {
        if (f.status === 'done' || !f.originFileObj) continue;
        try {
          await uploadRectificationAttachment(v.item.id, f.originFileObj);
        } catch (e) {
          setFiles((all) => all.map((x) => (x.uid === f.uid ? { ...x, status: 'error' } : x)));
          throw e;
        }
        setFiles((all) => all.map((x) => (x.uid === f.uid ? { ...x, status: 'done' } : x)));
      }
      return answerRectification(v.item, v.text);
    },
    onSuccess: () => {
      message.success(words.done);
      onChanged();
      onClose();
    },
    onError: (e) => {
      if (isApiError(e) && (e.code === 'STALE_VERSION' || e.field === 'action')) {
        // someone else acted on the item meanwhile (or it moved on): show its state rather than overwrite it
        message.warning(e.message);
        onChanged();
        onClose();
        return;
      }
      showFormError(form, e, ['text'], (t) => message.error(t));
    },
  });

  return (
    <Modal
      title={words.title}
      open={item !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={words.ok}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => {
        mutation.reset();
        setFiles([]);
      }}
    >
      {item ? (
        <Typography.Paragraph type="secondary">
          {item.unit.name} · 整改要求：{item.instruction}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        name={`rectification-${step}`}
        layout="vertical"
        preserve={false}
        onFinish={(v) => item && mutation.mutate({ item, text: v.text.trim() })}
      >
        <Form.Item
          name="text"
          label={words.label}
          rules={[
            { required: true, whitespace: true, message: words.required },
            { min: 2, message: `${words.label}至少2个字` },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            showCount
            maxLength={step === 'answer' ? 5000 : 2000}
          />
        </Form.Item>
        {step === 'answer' ? (
          <Form.Item label="附件" extra="可附修改后的报告等材料，每个不超过 20 MB，随反馈一并提交">
            <Upload
              accept={ATTACHMENT_ACCEPT}
              multiple
              fileList={files}
              beforeUpload={(file) => {
                if (file.size > ATTACHMENT_MAX_BYTES) {
                  message.error(`${file.name} 超过 20 MB，无法上传`);
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
