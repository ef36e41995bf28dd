import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, List, Popconfirm, Typography, Upload } from 'antd';
import { errorMessage } from '../../api/client';
import {
  attachmentUrl,
  deleteLedgerAttachment,
  type LedgerAttachment,
  uploadLedgerAttachment,
} from '../../api/ledgers';
import { formatDateTime } from '../../lib/format';

export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.doc,.xls,.txt';
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** 1234 → "1.2 KB": sizes as people read them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * An upload button (≤ 20 MB, the types the server takes). With `event`, the file is filed as
 * evidence of that workflow step (index into the record's events).
 */
export function UploadButton({
  kind,
  recordId,
  event,
  label,
  onChanged,
}: {
  kind: string;
  recordId: string;
  event?: number;
  label: string;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const upload = useMutation({
    mutationFn: (file: File) => uploadLedgerAttachment(kind, recordId, file, event),
    onSuccess: (a) => {
      message.success(`已上传 ${a.name}`);
      onChanged();
    },
    onError: (e) => {
      message.error(errorMessage(e));
    },
  });
  return (
    <Upload
      accept={ATTACHMENT_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > ATTACHMENT_MAX_BYTES) {
          message.error(`${file.name} 超过 20 MB，无法上传`);
          return Upload.LIST_IGNORE;
        }
        upload.mutate(file);
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
        {label}
      </Button>
    </Upload>
  );
}

interface Props {
  kind: string;
  recordId: string;
  attachments: readonly LedgerAttachment[];
  canEdit: boolean;
  onChanged: () => void;
  /** The label of the step a file is evidence of (by event index). */
  stepLabel?: (event: number) => string | undefined;
}

/** 附件: upload, download, delete; files filed as a step's evidence name the step. */
export function AttachmentsCard({ kind, recordId, attachments, canEdit, onChanged, stepLabel }: Props) {
  const { message } = App.useApp();
  const remove = useMutation({
    mutationFn: (a: LedgerAttachment) => deleteLedgerAttachment(kind, recordId, a.id),
    onSuccess: () => {
      message.success('已删除附件');
      onChanged();
    },
    onError: (e) => {
      message.error(errorMessage(e));
    },
  });

  return (
    <Card
      size="small"
      title={`附件（${attachments.length}）`}
      extra={
        canEdit ? (
          <UploadButton kind={kind} recordId={recordId} label="上传附件" onChanged={onChanged} />
        ) : null
      }
    >
      <List
        size="small"
        dataSource={[...attachments]}
        locale={{ emptyText: '暂无附件' }}
        renderItem={(a) => (
          <List.Item
            data-testid="attachment"
            actions={
              canEdit
                ? [
                    <Popconfirm
                      key="delete"
                      title={`删除附件“${a.name}”？`}
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutate(a)}
                    >
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label="删除附件"
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={
                <a href={attachmentUrl(kind, recordId, a.id)} download={a.name}>
                  {a.name}
                </a>
              }
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fileSize(a.size)} · {formatDateTime(a.createdAt)}
                  {typeof a.event === 'number'
                    ? ` · ${stepLabel?.(a.event) ?? `第${a.event + 1}步`}的证据`
                    : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
