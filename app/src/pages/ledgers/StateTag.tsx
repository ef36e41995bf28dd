import { Tag } from 'antd';
import type { LedgerKind } from '../../../../core/ledgers';

const TONE_COLORS = {
  default: 'default',
  processing: 'processing',
  success: 'success',
  warning: 'warning',
  error: 'error',
} as const;

/** A record's state in the colour its declaration gives it. */
export function StateTag({ kind, state, label }: { kind: LedgerKind; state: string; label?: string }) {
  const def = kind.states.find((s) => s.key === state);
  return <Tag color={TONE_COLORS[def?.tone ?? 'default']}>{label ?? def?.label ?? state}</Tag>;
}
