import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { chineseDate } from '../../../../core/report/render';
import {
  type AreaConfirmations,
  getConfirmations,
  type IssuanceInput,
  type ReportView,
  setConfirmation,
} from '../../api/reports';

/**
 * 行文与审议: 主送、抄送、签发人 until the report is sent; the review at a 党委会 or 政府常务会议
 * once approved (required before 报送); the 保密审查 once sent (required before 公开). The
 * server refuses a step whose record is missing, with its reason.
 */

const MEETINGS = [
  { value: 'party_committee', label: '党委会' },
  { value: 'executive_meeting', label: '政府常务会议' },
] as const;
const RESULTS = [
  { value: 'passed', label: '通过，可以公开' },
  { value: 'failed', label: '未通过，不得公开' },
] as const;

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

interface Props {
  view: ReportView;
  busy: boolean;
  onRecord: (p: IssuanceInput) => void;
}

export function IssuancePanel({ view, busy, onRecord }: Props) {
  const i = view.issuance;
  const edit = view.issuanceEditable;
  return (
    <Card size="small" title="行文与审议" data-testid="issuance-panel">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="主送">{i.mainTo || '未填写'}</Descriptions.Item>
        <Descriptions.Item label="抄送">{i.copyTo || '无'}</Descriptions.Item>
        <Descriptions.Item label="签发人">{i.signer || '未填写'}</Descriptions.Item>
        <Descriptions.Item label="会议审议">
          <span data-testid="issuance-meeting">
            {i.meeting
              ? `${MEETINGS.find((m) => m.value === i.meeting?.body)?.label}（${chineseDate(i.meeting.date)}）`
              : '未记录（报送前须记录）'}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="保密审查">
          <span data-testid="issuance-secrecy">
            {i.secrecy
              ? `${i.secrecy.reviewer}，${chineseDate(i.secrecy.date)}，${RESULTS.find((r) => r.value === i.secrecy?.result)?.label}`
              : '未记录（公开前须完成）'}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {edit.addressing ? (
        <Form
          key={`a-${view.version}`}
          layout="vertical"
          size="small"
          data-testid="issuance-addressing"
          initialValues={{ mainTo: i.mainTo, copyTo: i.copyTo, signer: i.signer }}
          onFinish={(v: { mainTo: string; copyTo?: string; signer?: string }) =>
            onRecord({ part: 'addressing', mainTo: v.mainTo, copyTo: v.copyTo ?? '', signer: v.signer ?? '' })
          }
        >
          <Form.Item name="mainTo" label="主送" rules={[{ required: true, message: '请填写主送机关' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="copyTo" label="抄送">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="signer" label="签发人">
            <Input maxLength={40} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            保存行文信息
          </Button>
        </Form>
      ) : null}
      {edit.meeting ? (
        <Form
          key={`m-${view.version}`}
          layout="vertical"
          size="small"
          data-testid="issuance-meeting-form"
          style={{ marginTop: 12 }}
          onFinish={(v: { body: 'party_committee' | 'executive_meeting'; date: Dayjs }) =>
            onRecord({ part: 'meeting', body: v.body, date: day(v.date) })
          }
        >
          <Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="body" label="审议会议" rules={[{ required: true, message: '请选择审议会议' }]}>
            <Select options={MEETINGS.map((m) => ({ ...m }))} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            记录会议审议
          </Button>
        </Form>
      ) : null}
      {edit.secrecy ? (
        <Form
          key={`s-${view.version}`}
          layout="vertical"
          size="small"
          data-testid="issuance-secrecy-form"
          style={{ marginTop: 12 }}
          onFinish={(v: { reviewer: string; date: Dayjs; result: 'passed' | 'failed' }) =>
            onRecord({ part: 'secrecy', reviewer: v.reviewer, date: day(v.date), result: v.result })
          }
        >
          <Form.Item
            name="reviewer"
            label="保密审查人"
            rules={[{ required: true, message: '请填写保密审查人' }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="date" label="审查日期" rules={[{ required: true, message: '请选择审查日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="result" label="审查结论" rules={[{ required: true, message: '请选择审查结论' }]}>
            <Select options={RESULTS.map((r) => ({ ...r }))} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            记录保密审查
          </Button>
        </Form>
      ) : null}
      {view.submittedByReader && view.status === 'submitted' ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          本报告由您提交审核，须由其他乡镇领导批准。
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/**
 * Per area: the township confirms its ledger complete for the year. Only then does the report
 * say that nothing happened there (未发生行政复议诉讼、无一败诉).
 */
export function ConfirmationsPanel({
  unitId,
  year,
  onChanged,
}: {
  unitId: string;
  year: number;
  onChanged: (next: AreaConfirmations) => void;
}) {
  const q = useQuery({
    queryKey: ['reports', 'confirmations', unitId, year],
    queryFn: () => getConfirmations(unitId, year),
  });
  if (!q.data) return null;
  const data = q.data;
  return (
    <Card size="small" title="台账登记完整确认" data-testid="confirmations-panel">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        确认某领域本年度台账已全部登记后，报告才会写“未发生”“无一败诉”等结论；未确认的领域写明数据暂缺。
      </Typography.Paragraph>
      <Space direction="vertical" size={4}>
        {data.areas.map((a) => (
          <Checkbox
            key={a.area}
            data-testid={`confirm-${a.area}`}
            checked={a.confirmed}
            disabled={!data.canConfirm}
            onChange={(e) =>
              void setConfirmation({ unitId, year, area: a.area, confirmed: e.target.checked }).then(
                (next) => {
                  q.refetch();
                  onChanged(next);
                },
              )
            }
          >
            {a.label}
            {a.confirmed && a.confirmedByName ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                （{a.confirmedByName}确认）
              </Typography.Text>
            ) : null}
          </Checkbox>
        ))}
      </Space>
    </Card>
  );
}
