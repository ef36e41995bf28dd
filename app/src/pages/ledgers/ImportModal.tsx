import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Modal, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { LedgerKind } from '../../../../core/ledgers';
import { errorMessage } from '../../api/client';
import { ImportInvalidError, type ImportRowError, importLedger, ledgerTemplateUrl } from '../../api/ledgers';

interface Props {
  kind: LedgerKind;
  open: boolean;
  unitId: string;
  onClose: () => void;
  onImported: () => void;
}

const ROW_COLUMNS = [
  { key: 'row', title: '行号', width: 70, render: (_: unknown, r: ImportRowError) => r.row ?? '—' },
  { key: 'column', title: '列', width: 160, render: (_: unknown, r: ImportRowError) => r.column ?? '—' },
  { key: 'message', title: '问题', dataIndex: 'message' },
];

/** 导入: one .xlsx; every bad row is listed and nothing is imported until all are right. */
export function ImportModal({ kind, open, unitId, onClose, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const mutation = useMutation({
    mutationFn: (f: File) => importLedger(kind.kind, unitId, f),
    onSuccess: () => onImported(),
  });
  const rows: ImportRowError[] = mutation.error instanceof ImportInvalidError ? mutation.error.rows : [];
  const done = mutation.data;

  return (
    <Modal
      title={`导入${kind.label}`}
      open={open}
      onCancel={onClose}
      onOk={() => (done ? onClose() : file && mutation.mutate(file))}
      okText={done ? '完成' : '开始导入'}
      okButtonProps={{ disabled: !done && !file }}
      cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      confirmLoading={mutation.isPending}
      width={720}
      destroyOnHidden
      afterClose={() => {
        setFile(null);
        mutation.reset();
      }}
    >
      {done ? (
        <Result
          status="success"
          title={`已导入 ${done.imported} 条`}
          subTitle={done.duplicates > 0 ? `${done.duplicates} 条与已有记录重复，未重复导入` : '没有重复记录'}
        />
      ) : (
        <>
          <Typography.Paragraph>
            请使用
            <a href={ledgerTemplateUrl(kind.kind)} download>
              {kind.label}导入模板
            </a>
            填写，每行一条记录。文件中有任何一行不正确时，全部不导入。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              mutation.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽 Excel 文件（.xlsx）到此处</p>
          </Upload.Dragger>
          {mutation.isError ? (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              title={
                rows.length > 0
                  ? `文件中有 ${rows.length} 处错误，未导入任何记录。请按下表修改后重新导入。`
                  : errorMessage(mutation.error)
              }
            />
          ) : null}
          {rows.length > 0 ? (
            <Table<ImportRowError>
              data-testid="import-errors"
              style={{ marginTop: 12 }}
              size="small"
              bordered
              rowKey={(r) => `${r.row ?? ''}-${r.column ?? ''}-${r.message}`}
              columns={ROW_COLUMNS}
              dataSource={rows}
              pagination={rows.length > 10 ? { pageSize: 10 } : false}
            />
          ) : null}
        </>
      )}
    </Modal>
  );
}
