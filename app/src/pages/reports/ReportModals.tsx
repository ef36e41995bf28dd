import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportAction } from '../../../../core/report/workflow';
import type { OutlineEntry } from './reportOutline';

/** What each step means for the report, said before it is taken. */
const CONSEQUENCES: Record<ReportAction, string> = {
  submit: '提交后由乡镇主要负责人审核，审核期间不能修改。',
  return: '报告退回为草稿，经办人修改后再提交。',
  approve: '批准后报告文本冻结：数字不再随台账变化，落款日期为批准当日。',
  report: '报送后县级（县委、县政府、依法治县办）可以查阅本报告。',
  send_back: '报告退回乡镇修改，重新成为草稿，乡镇改后需再次审核、批准和报送。',
  publish: '公开后任何人都可以在政府公开页面阅读和下载本报告。',
};

export interface PendingAction {
  action: ReportAction;
  label: string;
  reason: boolean;
}

/** Confirms a workflow step; asks for the reason where the step needs one (退回). */
export function ReportActionModal({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: PendingAction | null;
  onCancel: () => void;
  onConfirm: (action: ReportAction, reason?: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (pending) {
      setReason('');
      setError(null);
    }
  }, [pending]);
  if (!pending) return null;
  const ok = async () => {
    if (pending.reason && !reason.trim()) {
      setError(`请填写${pending.label}的原因`);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(pending.action, pending.reason ? reason.trim() : undefined);
    } catch {
      // the page shows the server's message; the dialog stays open with what was typed
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={pending.label}
      okText={pending.label}
      okButtonProps={{ loading: busy, danger: pending.reason }}
      onOk={ok}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>{CONSEQUENCES[pending.action]}</Typography.Paragraph>
      {pending.reason ? (
        <Form layout="vertical">
          <Form.Item
            label="原因"
            required
            validateStatus={error ? 'error' : undefined}
            help={error ?? '将显示给报告的起草人'}
          >
            <Input.TextArea
              aria-label="原因"
              autoFocus
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setError(null);
              }}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              showCount
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

type AddSlot = Extract<OutlineEntry, { type: 'add' }>;

/** A paragraph the township writes, added at the end of a part (or one of its subsections). */
export function AddParagraphModal({
  slot,
  onCancel,
  onAdd,
}: {
  slot: AddSlot | null;
  onCancel: () => void;
  onAdd: (p: { sectionId?: string; text: string }) => Promise<unknown>;
}) {
  const [text, setText] = useState('');
  const [sectionId, setSectionId] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (slot) {
      setText('');
      setError(null);
      setSectionId(slot.sections[slot.sections.length - 1]?.id);
    }
  }, [slot]);
  if (!slot) return null;
  const ok = async () => {
    if (text.trim().length < 2) {
      setError('请填写段落内容');
      return;
    }
    setBusy(true);
    try {
      await onAdd({ ...(sectionId ? { sectionId } : {}), text: text.trim() });
    } catch {
      // the page shows the server's message; what was typed stays
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`添加段落：${slot.heading}`}
      okText="添加"
      okButtonProps={{ loading: busy }}
      onOk={ok}
      onCancel={onCancel}
      destroyOnHidden
      width={640}
    >
      <Form layout="vertical">
        {slot.sections.length > 0 ? (
          <Form.Item label="加入到">
            <Select
              aria-label="加入到"
              value={sectionId}
              onChange={setSectionId}
              options={slot.sections.map((s) => ({ value: s.id, label: s.heading }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label="段落内容" required validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea
            aria-label="段落内容"
            autoFocus
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={5000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
