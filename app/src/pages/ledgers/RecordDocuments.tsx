import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { documentsFor, type LedgerKind, type RecordData } from '../../../../core/ledgers';
import { recordDocumentUrl } from '../../api/ledgers';

interface Props {
  kind: LedgerKind;
  record: { id: string; data: Record<string, unknown>; events: readonly { action: string }[] };
}

/**
 * 打印 / 导出 of one record: its 登记表 and the documents its steps produced (调解协议书,
 * 处罚决定书), each as Word or as a print page in a new tab. The server decides what personal
 * data they carry and audits every one.
 */
export function RecordDocuments({ kind, record }: Props) {
  const docs = documentsFor(kind, { data: record.data as RecordData, events: record.events });
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: docs.flatMap((d) => [
          {
            key: `${d.key}-docx`,
            label: (
              <a href={recordDocumentUrl(kind.kind, record.id, d.key, 'docx')} download>
                下载{d.title}（Word）
              </a>
            ),
          },
          {
            key: `${d.key}-print`,
            label: (
              <a
                href={recordDocumentUrl(kind.kind, record.id, d.key, 'print')}
                target="_blank"
                rel="noopener"
              >
                打印{d.title}
              </a>
            ),
          },
        ]),
      }}
    >
      <Button icon={<PrinterOutlined />}>打印 / 导出</Button>
    </Dropdown>
  );
}
