import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import {
  type FieldIssue,
  findAction,
  type LedgerKind,
  planAction,
  type RecordData,
} from '../../../../core/ledgers';
import type { Role } from '../../../../core/roles';
import { errorMessage, isApiError } from '../../api/client';
import { type LedgerRecordDetail, takeLedgerAction } from '../../api/ledgers';
import { useMe } from '../../hooks/useMe';
import { FieldInput } from './FieldInput';
import { isRefused, isStale, issueUpdate, today } from './formIssues';
import { type FormValues, fromFormValues, toFormValues } from './formValues';
import { useRefOptions } from './useRefOptions';
import { useSettingsMap } from './useSettingsMap';
import { useVillages } from './useVillages';

interface Props {
  kind: LedgerKind;
  record: LedgerRecordDetail;
  /** The modal is open while an action is named. */
  action: string | null;
  onClose: () => void;
  onDone: (record: LedgerRecordDetail) => void;
  /** Someone else changed the record: reload it (the modal stays open with what was typed). */
  onStale: () => Promise<unknown>;
}

/** A workflow step: the action's declared fields, checked with the same plan the server runs. */
export function ActionModal({ kind, record, action, onClose, onDone, onStale }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const villages = useVillages(record.unitId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const shownErrors = useRef<Set<string>>(new Set());
  const def = action ? findAction(kind, action) : undefined;
  const fields = def?.fields ?? [];
  const refs = useRefOptions(fields, record.unitId, record.refs);
  const settings = useSettingsMap(record.unitId);
  // a table the step replaces (调整后成员) starts from the rows the record has, to be edited
  const own = new Set(kind.fields.map((f) => f.key));
  const initialValues = toFormValues(
    fields.filter((f) => f.type === 'table' && own.has(f.key)),
    record.data,
  );

  const mutation = useMutation({
    mutationFn: (values: RecordData) =>
      takeLedgerAction(kind.kind, record.id, action ?? '', record.version, values),
    onSuccess: (updated) => {
      message.success(`已${def?.label ?? '办理'}`);
      const warning = updated.events?.at(-1)?.warning;
      if (warning) message.warning(warning, 8);
      onDone(updated);
      onClose();
    },
    onError: async (e) => {
      if (isStale(e)) {
        message.warning('该记录已被他人修改，已载入最新内容；您填写的内容已保留，请核对后再次提交', 6);
        await onStale();
        return;
      }
      if (isRefused(e)) {
        setRefusal(errorMessage(e));
        return;
      }
      if (isApiError(e) && e.field) {
        const rest = show([{ field: e.field, message: e.message }], 'submit');
        if (rest.length === 0) return;
      }
      message.error(errorMessage(e));
    },
  });

  const plan = (values: FormValues, role: Role) => {
    const input = fromFormValues(fields, values);
    return {
      input,
      plan: planAction(
        kind,
        {
          state: record.state,
          data: record.data,
          events: record.events.map((e) => ({ action: e.action, on: e.on, payload: e.payload })),
        },
        def?.key ?? '',
        input,
        { role },
        {
          today: record.today ?? today(),
          ...(villages.ids.size > 0 ? { villages: villages.ids } : {}),
          ...(refs.records.size > 0 ? { refRecords: refs.records } : {}),
          ...(settings ? { settings } : {}),
        },
      ),
    };
  };

  /** Sets the step's field errors, clearing the fields that have become valid (issue 15 §1). */
  const show = (issues: readonly FieldIssue[], mode: 'submit' | 'change') => {
    const u = issueUpdate(issues, fields, shownErrors.current, mode);
    form.setFields(u.set);
    shownErrors.current = u.shown;
    const first = u.set.find((e) => e.errors.length > 0);
    if (mode === 'submit' && first) form.scrollToField(first.name, { block: 'center', focus: true });
    return u.rest;
  };

  const submit = (values: FormValues) => {
    if (!def || !me) return;
    setRefusal(null);
    const { input, plan: p } = plan(values, me.role);
    const rest = show(p.ok ? [] : p.issues, 'submit');
    if (!p.ok) {
      if (p.issues.length === 0) setRefusal(p.reason);
      else if (rest.length > 0) setRefusal(rest.join('；'));
      return;
    }
    mutation.mutate(input);
  };

  // while errors show, each edit re-plans so a field's error goes once it is valid
  const recheck = () => {
    if (!def || !me || shownErrors.current.size === 0) return;
    const { plan: p } = plan(form.getFieldsValue(true), me.role);
    show(p.ok ? [] : p.issues, 'change');
  };

  return (
    <Modal
      title={def ? `${def.label}：${record.number}` : ''}
      open={action !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={def?.label ?? '确定'}
      // the plan needs the referenced records (the officers) to explain a refusal
      okButtonProps={{ danger: def?.confirm !== undefined, disabled: refs.loading }}
      confirmLoading={mutation.isPending}
      width={fields.length > 0 ? 640 : 440}
      destroyOnHidden
      afterClose={() => {
        mutation.reset();
        setRefusal(null);
        shownErrors.current = new Set();
      }}
    >
      <Typography.Paragraph type="secondary">
        {record.title} · 当前状态：{record.stateLabel}
      </Typography.Paragraph>
      {def?.confirm ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={def.confirm} />
      ) : null}
      {fields.length === 0 && !def?.confirm ? (
        <Typography.Paragraph>确定要“{def?.label}”吗？</Typography.Paragraph>
      ) : null}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal}
          data-testid="action-refusal"
        />
      ) : null}
      <Form<FormValues>
        form={form}
        name={`action-${action ?? ''}`}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={recheck}
      >
        {fields.map((f) => (
          <FieldInput key={f.key} field={f} villages={villages} refs={refs} />
        ))}
      </Form>
    </Modal>
  );
}
