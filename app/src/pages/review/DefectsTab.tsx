import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Defect } from '../../../../core/analyzer/types';
import type { Rectification } from '../../api/rectifications';
import { defectKindLabel, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { markId } from './reportMarks';
import { defectColor } from './reviewFormat';

/** The rectification already sent for a defect, matched on what was copied into it. */
export function issuedFor(d: Defect, items: readonly Rectification[]): Rectification | undefined {
  return items.find(
    (r) => r.defect.kind === d.kind && r.defect.quote === d.quote && r.defect.message === d.message,
  );
}

interface Props {
  defects: readonly Defect[];
  /** Items already issued for this report. */
  rectifications: readonly Rectification[];
  canIssue: boolean;
  onJump: (id: string) => boolean;
  onIssue: (index: number) => void;
}

/** 问题: the defects found; a click shows one in the text, 下发整改 sends it to the township. */
export function DefectsTab({ defects, rectifications, canIssue, onJump, onIssue }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  if (defects.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />;
  return (
    <Flex vertical gap={8}>
      {defects.map((d, i) => {
        const issued = issuedFor(d, rectifications);
        const positioned = d.start !== undefined && d.end !== undefined;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a card-like block holding its own button; a <button> cannot nest one
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: defects have no id; their order is fixed per report
            key={i}
            role="button"
            tabIndex={0}
            data-testid="defect-item"
            onClick={() => {
              setSelected(i);
              if (positioned) onJump(markId.defect(i));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && positioned) onJump(markId.defect(i));
            }}
            style={{
              padding: '8px 12px',
              border: `1px solid ${selected === i ? '#ff7875' : '#f0f0f0'}`,
              borderRadius: 4,
              background: selected === i ? '#fff1f0' : undefined,
              cursor: positioned ? 'pointer' : 'default',
            }}
          >
            <Flex justify="space-between" align="start" gap={8}>
              <div style={{ minWidth: 0 }}>
                <Tag color={defectColor(d.kind)}>{defectKindLabel(d.kind)}</Tag>
                <Typography.Text>{d.message}</Typography.Text>
                {d.quote ? (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                    原文：{d.quote}
                  </Typography.Paragraph>
                ) : null}
              </div>
              <Flex vertical align="end" gap={4} style={{ flex: 'none' }}>
                {issued ? (
                  <Tag color={issued.status === 'closed' ? 'default' : 'processing'}>
                    已下发 · {RECTIFICATION_STATUS_LABELS[issued.status]}
                  </Tag>
                ) : null}
                {canIssue ? (
                  <Button
                    size="small"
                    onClick={(e) => {
                      e.stopPropagation();
                      onIssue(i);
                    }}
                  >
                    下发整改
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </div>
        );
      })}
    </Flex>
  );
}
