import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Defect } from '../../../../core/analyzer/types';
import type { Rectification } from '../../api/rectifications';
import type { DefectDismissal } from '../../api/reviews';
import { DEFECT_CONFIDENCE_LABELS, defectKindLabel, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { defectOrder } from './defectOrder';
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
  /** Findings the reviewer set aside as false alarms. */
  dismissed: readonly DefectDismissal[];
  onJump: (id: string) => boolean;
  onIssue: (index: number) => void;
  onDismiss: (index: number) => void;
  onRestore: (index: number) => void;
  /** A dismissal or restore is under way: its buttons wait. */
  busy?: boolean;
}

const CONFIDENCE_COLOR = { high: 'red', medium: 'orange', low: 'default' } as const;

/**
 * Findings drawn at first, and added per click: a file of thousands of short sections gave
 * 5,700 findings, every one a card with its buttons, which froze the tab. The surest come first
 * (defectOrder), so the rest are the least sure.
 */
export const DEFECTS_SHOWN = 100;

/**
 * 问题: the defects found, the surest first; a click shows one in the text, 下发整改 sends it
 * to the township, 忽略 sets a false alarm aside (greyed at the end, 恢复 undoes it).
 */
export function DefectsTab({
  defects,
  rectifications,
  canIssue,
  dismissed,
  onJump,
  onIssue,
  onDismiss,
  onRestore,
  busy = false,
}: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  const [shown, setShown] = useState(DEFECTS_SHOWN);
  const dismissedSet = useMemo(() => new Set(dismissed.map((x) => x.defectIndex)), [dismissed]);
  const order = useMemo(() => defectOrder(defects, dismissedSet), [defects, dismissedSet]);
  if (defects.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />;
  return (
    <Flex vertical gap={8}>
      {order.slice(0, shown).map((i) => {
        const d = defects[i] as Defect;
        const isDismissed = dismissedSet.has(i);
        const issued = issuedFor(d, rectifications);
        const positioned = d.start !== undefined && d.end !== undefined;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a card-like block holding its own button; a <button> cannot nest one
          <div
            // the finding's index in the review: stable, as a review's findings never change
            key={i}
            role="button"
            tabIndex={0}
            data-testid="defect-item"
            data-dismissed={isDismissed ? 'true' : undefined}
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
              opacity: isDismissed ? 0.55 : 1,
            }}
          >
            <Flex justify="space-between" align="start" gap={8}>
              <div style={{ minWidth: 0 }}>
                <Tag color={defectColor(d.kind)}>{defectKindLabel(d.kind)}</Tag>
                <Tag color={CONFIDENCE_COLOR[d.confidence ?? 'medium']}>
                  {DEFECT_CONFIDENCE_LABELS[d.confidence ?? 'medium']}
                </Tag>
                {isDismissed ? <Tag>已忽略</Tag> : null}
                <Typography.Text delete={isDismissed}>{d.message}</Typography.Text>
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
                {canIssue && !isDismissed ? (
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
                {canIssue ? (
                  <Button
                    size="small"
                    type="text"
                    disabled={busy}
                    onClick={(e) => {
                      e.stopPropagation();
                      if (isDismissed) onRestore(i);
                      else onDismiss(i);
                    }}
                  >
                    {isDismissed ? '恢复' : '忽略'}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </div>
        );
      })}
      {order.length > shown ? (
        <Button data-testid="defects-more" onClick={() => setShown((n) => n + DEFECTS_SHOWN)}>
          再显示 {Math.min(DEFECTS_SHOWN, order.length - shown)} 条（已显示 {shown} 条，共 {order.length} 条）
        </Button>
      ) : null}
    </Flex>
  );
}
