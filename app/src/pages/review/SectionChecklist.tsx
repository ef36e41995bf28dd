import { CheckOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { SECTION_KEYS, type SectionKey } from '../../../../core/analyzer/types';
import { SECTION_LABELS } from '../../locales/zh-CN';

/** ✓ when a statutory part is present, a red 缺 when it is missing. */
export function PresenceMark({ present, label }: { present: boolean; label?: string }) {
  const aria = label ? `${label}：${present ? '有' : '缺'}` : undefined;
  return present ? (
    <Typography.Text type="success" aria-label={aria}>
      <CheckOutlined />
    </Typography.Text>
  ) : (
    <Typography.Text type="danger" strong aria-label={aria}>
      缺
    </Typography.Text>
  );
}

/** The four parts every annual report must contain, each marked present or missing. */
export function SectionChecklist({ sections }: { sections: Record<SectionKey, boolean> }) {
  return (
    <Space orientation="vertical" size={6} data-testid="section-checklist">
      {SECTION_KEYS.map((k) => (
        <Space key={k} size={8}>
          <span style={{ display: 'inline-block', width: 20, textAlign: 'center' }}>
            <PresenceMark present={sections[k]} />
          </span>
          <Typography.Text type={sections[k] ? undefined : 'danger'}>{SECTION_LABELS[k]}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
