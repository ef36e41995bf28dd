import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Result, Select, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { getIntake, submitIntake } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { showFormError } from '../../lib/formErrors';
import { type IntakeFormValues, PHONE_PATTERN, toIntakeInput } from './intakeForm';
import { PublicShell } from './PublicShell';
import { ReceiptNumber } from './ReceiptNumber';

const FIELDS = ['topic', 'name', 'phone', 'village', 'type', 'content'];

/** 码上申请: a resident asks for mediation or leaves a suggestion, and gets a receipt number. */
export function IntakePage() {
  const { unitCode = '' } = useParams();
  const [form] = Form.useForm<IntakeFormValues>();
  const topic = Form.useWatch('topic', form);
  const info = useQuery({
    queryKey: queryKeys.intake(unitCode),
    queryFn: () => getIntake(unitCode),
    retry: false,
  });
  const submit = useMutation({
    mutationFn: (v: IntakeFormValues) =>
      submitIntake(
        unitCode,
        toIntakeInput(
          v,
          info.data?.topics.find((t) => t.key === v.topic),
        ),
      ),
    onError: (e) => showFormError(form, e, FIELDS, () => undefined),
  });

  if (info.isPending)
    return (
      <PublicShell title="码上申请">
        <Card>
          <Skeleton active />
        </Card>
      </PublicShell>
    );
  if (info.isError)
    return (
      <PublicShell title="码上申请">
        <Result
          status="404"
          title="未找到该申请页面"
          subTitle="请确认扫描的二维码是否正确，或联系所在乡镇（街道）。"
        />
      </PublicShell>
    );

  const unitName = info.data.unit.name;
  if (submit.data)
    return (
      <PublicShell title={`${unitName} · 码上申请`}>
        <Card>
          <Result
            status="success"
            title="提交成功"
            subTitle="请保存以下回执号，可凭回执号查询办理进度。"
            extra={
              <Link to={`/intake/status?receipt=${encodeURIComponent(submit.data.receipt)}`}>
                <Button type="primary">查询办理进度</Button>
              </Link>
            }
          >
            <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 4 }}>
              回执号
            </Typography.Paragraph>
            <ReceiptNumber receipt={submit.data.receipt} />
          </Result>
        </Card>
      </PublicShell>
    );

  const { topics, villages } = info.data;
  const chosen = topics.find((t) => t.key === topic);
  return (
    <PublicShell title={`${unitName} · 码上申请`}>
      <Card size="small">
        <Form<IntakeFormValues>
          form={form}
          layout="vertical"
          initialValues={{ topic: topics[0]?.key, website: '' }}
          onFinish={(v) => submit.mutate(v)}
          requiredMark={false}
        >
          <Form.Item name="topic" label="办理事项">
            <Radio.Group
              block
              optionType="button"
              buttonStyle="solid"
              options={topics.map(({ key, label }) => ({ value: key, label }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label="您的姓名"
            rules={[
              { required: true, whitespace: true, message: '请填写姓名' },
              { max: 40, message: '姓名不能超过40个字' },
            ]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label="联系电话"
            rules={[
              { required: true, message: '请填写联系电话，便于工作人员联系您' },
              { pattern: PHONE_PATTERN, message: '请填写正确的手机号或固定电话' },
            ]}
          >
            <Input type="tel" inputMode="tel" autoComplete="tel" />
          </Form.Item>
          <Form.Item name="village" label="所在村（社区）">
            <Select allowClear placeholder="选填" options={villages.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          {chosen?.types ? (
            <Form.Item name="type" label={chosen.types.label}>
              <Select allowClear placeholder="选填" options={chosen.types.options} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="content"
            label={chosen?.contentLabel ?? '内容'}
            extra={chosen?.hint}
            rules={[
              { required: true, whitespace: true, message: '请填写内容' },
              { min: 5, message: '请至少写5个字' },
              { max: 2000, message: '不能超过2000字' },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} />
          </Form.Item>
          {/* left empty by people; filled in by form-filling robots */}
          <Form.Item
            name="website"
            style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}
            aria-hidden
          >
            <Input tabIndex={-1} autoComplete="off" />
          </Form.Item>
          {submit.isError ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(submit.error)} />
          ) : null}
          <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
            提交
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          您填写的信息仅用于{unitName}办理本事项，不会公开。提交后将获得回执号，
          <Link to="/intake/status">凭回执号查询进度</Link>。
        </Typography.Paragraph>
      </Card>
    </PublicShell>
  );
}
