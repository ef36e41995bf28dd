import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { type LedgerKind, type RecordData, validateRecord } from '../../../../core/ledgers';
import { errorMessage, isApiError } from '../../api/client';
import {
  createLedgerRecord,
  getLedgerRecord,
  type LedgerRecord,
  type LedgerRecordDetail,
  updateLedgerRecord,
} from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { FieldInput } from './FieldInput';
import { hasPersonalFields, isStale, issueUpdate, today } from './formIssues';
import {
  changedValues,
  differingLabels,
  type FormValues,
  fromFormValues,
  mergeAfterConflict,
  toFormValues,
} from './formValues';
import { usePeopleRoster } from './usePeopleRoster';
import { useRefOptions } from './useRefOptions';
import { useSettingsMap } from './useSettingsMap';
import { useTownships } from './useTownships';
import { useVillages } from './useVillages';

/** The form item naming the township a record is registered in (county-level users pick one). */
const UNIT_ITEM = '__unit';

interface Props {
  kind: LedgerKind;
  open: boolean;
  /** Edit this record; create a new one when null. */
  recordId: string | null;
  /**
   * The township a new record belongs to; a county (or any unit above townships) makes the
   * form ask which of its townships.
   */
  unitId: string;
  onClose: () => void;
  onSaved: (record: LedgerRecord) => void;
}

/** 登记 / 编辑: the form is the kind's declared fields, checked by the same rules as the server. */
export function LedgerFormModal({ kind, open, recordId, unitId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editing = recordId !== null;
  // the form must hold the real values, or saving would write the masks back
  const reveal = hasPersonalFields(kind.fields);
  const current = useQuery({
    queryKey: queryKeys.ledgerRecord(kind.kind, recordId ?? '', reveal),
    queryFn: () => getLedgerRecord(kind.kind, recordId ?? '', reveal),
    enabled: open && editing,
    staleTime: 0,
    gcTime: 0,
  });
  // the version being edited: replaced by the latest one after a conflict, the typed values kept
  const [base, setBase] = useState<LedgerRecordDetail | null>(null);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const townships = useTownships(unitId);
  const askUnit = !editing && !townships.isTownship;
  const pickedUnit = Form.useWatch<string | undefined>(UNIT_ITEM, form);
  const recordUnit = base?.unitId ?? (askUnit ? pickedUnit : unitId);
  const villages = useVillages(recordUnit);
  const refs = useRefOptions(kind.fields, recordUnit, base?.refs);
  const settings = useSettingsMap(recordUnit);
  const people = usePeopleRoster(kind, open ? recordUnit : undefined, recordId);
  // the fields showing an error: each check clears the ones that have become valid
  const shownErrors = useRef<Set<string>>(new Set());

  useEffect(() => {
    if (!open) {
      setBase(null);
      setConflict(null);
      shownErrors.current = new Set();
    } else if (current.data && !base) {
      setBase(current.data);
      form.setFieldsValue(toFormValues(kind.fields, current.data.data));
    }
  }, [open, current.data, base, form, kind.fields]);

  const save = useMutation({
    mutationFn: (values: RecordData) =>
      base
        ? updateLedgerRecord(kind.kind, base.id, base.version, values)
        : createLedgerRecord(kind.kind, recordUnit, values),
    onSuccess: async (record) => {
      message.success(editing ? `已保存 ${record.number}` : `已登记 ${record.number}`);
      await queryClient.invalidateQueries({ queryKey: queryKeys.ledgerKind(kind.kind) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.todo });
      onSaved(record);
      onClose();
    },
    onError: async (e) => {
      if (isStale(e) && base) {
        try {
          const latest = await getLedgerRecord(kind.kind, base.id, reveal);
          const typed = fromFormValues(kind.fields, form.getFieldsValue(true));
          const merged = mergeAfterConflict(kind.fields, base.data, latest.data, typed);
          setConflict(differingLabels(kind.fields, base.data, latest.data));
          setBase(latest);
          // the user's edits stay; everything they did not touch shows the other person's values
          form.setFieldsValue({
            ...Object.fromEntries(kind.fields.map((f) => [f.key, undefined])),
            ...toFormValues(kind.fields, merged),
          });
        } catch (err) {
          message.error(errorMessage(err));
        }
        return;
      }
      if (isApiError(e) && e.field) {
        const u = issueUpdate(
          [{ field: e.field, message: e.message }],
          kind.fields,
          shownErrors.current,
          'submit',
        );
        if (u.rest.length === 0) {
          show(u, true);
          return;
        }
      }
      message.error(errorMessage(e));
    },
  });

  /** The core's check of the form as it stands: a patch against the base when editing. */
  const check = (values: FormValues) => {
    const data = fromFormValues(kind.fields, values);
    const opts = {
      today: today(),
      ...(villages.ids.size > 0 ? { villages: villages.ids } : {}),
      ...(refs.records.size > 0 ? { refRecords: refs.records } : {}),
      ...(settings ? { settings } : {}),
    };
    if (base) {
      const patch = changedValues(kind.fields, base.data, data);
      const { issues } = validateRecord(kind, patch, { ...opts, partial: true, context: base.data });
      return { payload: patch, issues };
    }
    return { payload: data, issues: validateRecord(kind, data, opts).issues };
  };

  /**
   * Sets the errors; on submit, scrolls to the first (a party's ID number may be far down the
   * form, and a 登记 that silently did nothing was the complaint) and says how many there are.
   */
  const show = (u: ReturnType<typeof issueUpdate>, submitted: boolean) => {
    form.setFields(u.set);
    shownErrors.current = u.shown;
    if (!submitted) return;
    const first = u.set.find((e) => e.errors.length > 0);
    const count = u.set.reduce((n, e) => n + e.errors.length, 0) + u.rest.length;
    if (first) form.scrollToField(first.name, { block: 'center', focus: true });
    if (count > 0) message.error(`有${count}处需要修改${u.rest.length > 0 ? `：${u.rest.join('；')}` : ''}`);
  };

  const submit = (values: FormValues) => {
    const { payload, issues } = check(values);
    if (base && Object.keys(payload).length === 0 && issues.length === 0) {
      message.info('没有修改任何内容');
      return;
    }
    show(issueUpdate(issues, kind.fields, shownErrors.current, 'submit'), true);
    if (issues.length > 0) return;
    save.mutate(payload);
  };

  // while errors show, each edit re-checks the form so a field turns valid as soon as it is
  const recheck = () => {
    if (shownErrors.current.size === 0) return;
    const { issues } = check(form.getFieldsValue(true));
    show(issueUpdate(issues, kind.fields, shownErrors.current, 'change'), false);
  };

  const loading = editing && !base;
  return (
    <Modal
      title={editing ? `编辑${kind.label}${base ? `：${base.number}` : ''}` : `登记${kind.label}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={editing ? '保存' : '登记'}
      okButtonProps={{ disabled: loading || refs.loading }}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
      afterClose={() => save.reset()}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="该记录已被他人修改，已载入最新版本"
          description={`${conflict.length > 0 ? `他人修改了：${conflict.join('、')}。` : ''}您修改的内容已保留，其余内容已更新为最新版本，请核对后再次保存。`}
        />
      ) : null}
      {current.isError ? <Alert type="error" showIcon title={errorMessage(current.error)} /> : null}
      {loading && !current.isError ? <Skeleton active /> : null}
      <Form<FormValues>
        form={form}
        name={`ledger-${kind.kind}`}
        layout="vertical"
        preserve={false}
        hidden={loading}
        // a new record is usually registered the day it arrives
        initialValues={editing ? undefined : { [kind.list.dateField]: dayjs() }}
        onFinish={submit}
        onValuesChange={recheck}
        // the township picker is the one item with antd rules; its failure never reaches onFinish
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        {askUnit ? (
          <Form.Item
            name={UNIT_ITEM}
            label="所属乡镇"
            rules={[{ required: true, message: '请选择记录所属的乡镇' }]}
            extra="记录登记在所选乡镇名下，可选的村（社区）和关联记录随之变化"
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={townships.options}
              placeholder="选择乡镇"
              notFoundContent="本单位下没有乡镇"
            />
          </Form.Item>
        ) : null}
        {askUnit && !pickedUnit
          ? null
          : kind.fields.map((f) => (
              <FieldInput key={f.key} field={f} villages={villages} refs={refs} people={people} />
            ))}
      </Form>
    </Modal>
  );
}
