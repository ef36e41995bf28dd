import { ArrowLeftOutlined, EyeOutlined, HistoryOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { editableIn, type LedgerKind, worksOn } from '../../../../core/ledgers';
import { errorMessage } from '../../api/client';
import { getLedgerRecord, type LedgerRecordDetail } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { AuditHistoryDrawer } from '../../components/AuditHistoryDrawer';
import { useMe } from '../../hooks/useMe';
import { formatDateTime } from '../../lib/format';
import { NotFoundPage } from '../NotFoundPage';
import { ActionModal } from './ActionModal';
import { AttachmentsCard } from './AttachmentsCard';
import { ClockTag } from './ClockTag';
import { DeleteRecordButton } from './DeleteRecordButton';
import { EventTimeline } from './EventTimeline';
import { hasPersonalFields } from './formIssues';
import { LedgerFormModal } from './LedgerFormModal';
import { ledgerAuditView } from './ledgerAudit';
import { RecordActions } from './RecordActions';
import { RecordDocuments } from './RecordDocuments';
import { RecordFields } from './RecordFields';
import { StateTag } from './StateTag';
import { useLedgerKind } from './useLedgerKind';
import { useVillages } from './useVillages';

export function LedgerDetailPage() {
  const kind = useLedgerKind();
  if (!kind) return <NotFoundPage />;
  return <LedgerDetail kind={kind} />;
}

function LedgerDetail({ kind }: { kind: LedgerKind }) {
  const { id = '' } = useParams();
  const [reveal, setReveal] = useState(false);
  const record = useQuery({
    queryKey: queryKeys.ledgerRecord(kind.kind, id, reveal),
    queryFn: () => getLedgerRecord(kind.kind, id, reveal),
    staleTime: 0,
  });
  if (record.isPending) return <Card loading />;
  if (record.isError)
    return (
      <Card>
        <Alert type="error" showIcon title={errorMessage(record.error)} />
        <Link to={`/ledgers/${kind.kind}`}>返回{kind.label}列表</Link>
      </Card>
    );
  return (
    <RecordView
      kind={kind}
      record={record.data}
      revealed={reveal}
      onReveal={() => setReveal(true)}
      reload={() => record.refetch()}
    />
  );
}

interface ViewProps {
  kind: LedgerKind;
  record: LedgerRecordDetail;
  revealed: boolean;
  onReveal: () => void;
  reload: () => Promise<unknown>;
}

function RecordView({ kind, record, revealed, onReveal, reload }: ViewProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const villages = useVillages(record.unitId);
  const [action, setAction] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);

  const isEditor = record.editable ?? (me ? kind.editors.includes(me.role) : false);
  const canEdit = isEditor && editableIn(kind, record.state);
  // filing evidence is part of the work on the kind (the server checks role and scope again)
  const canWork = me !== undefined && me.role !== 'admin' && worksOn(kind, me.role);
  const refTitle = (id: string) => record.refs?.[id];
  const canReveal =
    hasPersonalFields(kind.fields) && (me?.abilities.includes('ledger.reveal') ?? false) && !revealed;

  const refreshAll = async () => {
    await reload();
    void queryClient.invalidateQueries({ queryKey: queryKeys.ledgerKind(kind.kind) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.todo });
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap size={8}>
            <Link to={`/ledgers/${kind.kind}`} aria-label={`返回${kind.label}列表`}>
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="record-number">{record.number}</span>
            <StateTag kind={kind} state={record.state} label={record.stateLabel} />
          </Space>
        }
        extra={
          <Space wrap>
            {canReveal ? (
              <Button icon={<EyeOutlined />} onClick={onReveal}>
                显示完整信息
              </Button>
            ) : null}
            <RecordDocuments kind={kind} record={record} />
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              历史
            </Button>
          </Space>
        }
      >
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {record.title}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="台账">{kind.label}</Descriptions.Item>
          <Descriptions.Item label="单位">{record.unitName}</Descriptions.Item>
          <Descriptions.Item label="最后更新">{formatDateTime(record.updatedAt)}</Descriptions.Item>
        </Descriptions>
        {record.clocks.length > 0 ? (
          <Flex gap={4} wrap align="center" style={{ margin: '8px 0 16px' }} data-testid="record-clocks">
            <Typography.Text type="secondary">期限：</Typography.Text>
            {record.clocks.map((c) => (
              <ClockTag key={c.name} clock={c} />
            ))}
          </Flex>
        ) : null}
        {revealed ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="正在显示完整个人信息，本次查看已记入审计日志"
          />
        ) : null}
        <Flex gap={8} wrap justify="space-between">
          {me ? <RecordActions kind={kind} record={record} role={me.role} onAction={setAction} /> : <span />}
          {isEditor ? (
            <Space wrap>
              {canEdit ? <Button onClick={() => setEditing(true)}>编辑</Button> : null}
              <DeleteRecordButton
                kind={kind}
                record={record}
                onDeleted={async () => {
                  message.success(`已删除 ${record.number}`);
                  await queryClient.invalidateQueries({ queryKey: queryKeys.ledgerKind(kind.kind) });
                  navigate(`/ledgers/${kind.kind}`);
                }}
                onFailed={(text) => {
                  message.error(text);
                  void reload();
                }}
              />
            </Space>
          ) : null}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small">
            <RecordFields kind={kind} data={record.data} villageName={villages.name} refTitle={refTitle} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card size="small" title="办理过程">
              <EventTimeline
                kind={kind}
                recordId={record.id}
                events={record.events}
                attachments={record.attachments}
                villageName={villages.name}
                refTitle={refTitle}
                canUpload={canWork}
                onChanged={() => void reload()}
              />
            </Card>
            <AttachmentsCard
              kind={kind.kind}
              recordId={record.id}
              attachments={record.attachments}
              canEdit={canWork}
              onChanged={() => void reload()}
              stepLabel={(i) => record.events[i]?.label}
            />
          </Flex>
        </Col>
      </Row>
      <ActionModal
        kind={kind}
        record={record}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => void refreshAll()}
        onStale={reload}
      />
      <LedgerFormModal
        kind={kind}
        open={editing}
        recordId={record.id}
        unitId={record.unitId}
        onClose={() => setEditing(false)}
        onSaved={() => void refreshAll()}
      />
      <AuditHistoryDrawer
        entity="ledger_record"
        entityId={history ? record.id : null}
        title={`历史记录：${record.number}`}
        describe={(e) => ledgerAuditView(kind, e, villages.name)}
        onClose={() => setHistory(false)}
      />
    </Flex>
  );
}
