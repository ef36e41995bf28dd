import { Tooltip } from 'antd';
import { type CSSProperties, memo, type Ref, useMemo } from 'react';
import type { MarkInfo, MarkKind } from './reportMarks';
import { buildSegments, type MarkSpan } from './segments';

const MARK_STYLES: Record<Exclude<MarkKind, 'heading'>, CSSProperties> = {
  defect: { background: '#fff1f0', borderBottom: '2px solid #f5222d', cursor: 'help' },
  copy: { background: '#fff2e0', borderBottom: '2px solid #fa8c16', cursor: 'help' },
  indicator: { background: '#e6f4ff', borderBottom: '1px solid #4096ff', cursor: 'help' },
};

export const MARK_LEGEND: { kind: Exclude<MarkKind, 'heading'>; label: string }[] = [
  { kind: 'indicator', label: '指标' },
  { kind: 'defect', label: '问题' },
  { kind: 'copy', label: '雷同' },
];

export const markStyle = (kind: Exclude<MarkKind, 'heading'>): CSSProperties => MARK_STYLES[kind];

interface Props {
  text: string;
  /** In priority order: where spans overlap, the first one colours the text. */
  spans: readonly MarkSpan[];
  info: ReadonlyMap<string, MarkInfo>;
  ref?: Ref<HTMLDivElement>;
  style?: CSSProperties;
}

/**
 * The full report with its findings highlighted. Segments are built once per text;
 * jumping to a span works on the DOM (`flashMark`), so it never re-renders the text.
 */
export const ReportText = memo(function ReportText({ text, spans, info, ref, style }: Props) {
  const segments = useMemo(() => buildSegments(text.length, spans), [text, spans]);
  return (
    <div
      ref={ref}
      data-testid="report-text"
      style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15, overflowY: 'auto', ...style }}
    >
      {segments.map((seg) => {
        const chunk = text.slice(seg.start, seg.end);
        if (seg.ids.length === 0) return chunk;
        const marks = seg.ids.map((id) => info.get(id)).filter((m): m is MarkInfo => m !== undefined);
        const lead = marks.find((m) => m.kind !== 'heading');
        const bold = marks.some((m) => m.kind === 'heading');
        const el = (
          <span
            key={seg.start}
            data-marks={seg.ids.join(' ')}
            style={{
              ...(lead ? MARK_STYLES[lead.kind as Exclude<MarkKind, 'heading'>] : {}),
              fontWeight: bold ? 600 : undefined,
            }}
          >
            {chunk}
          </span>
        );
        const tips = marks.filter((m) => m.tip).map((m) => m.tip);
        if (tips.length === 0) return el;
        return (
          <Tooltip key={seg.start} mouseEnterDelay={0.2} title={tips.map((t) => <div key={t}>{t}</div>)}>
            {el}
          </Tooltip>
        );
      })}
    </div>
  );
});

/** Scrolls the text to a span and flashes every piece of it; false when the span is not shown. */
export function flashMark(container: HTMLElement | null, id: string): boolean {
  const pieces = container ? [...container.querySelectorAll<HTMLElement>(`[data-marks~="${id}"]`)] : [];
  const first = pieces[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of pieces) {
    // jsdom and very old browsers lack the Web Animations API; the scroll alone still helps there
    el.animate?.(
      [
        { outline: '3px solid #faad14', backgroundColor: '#ffe58f' },
        { outline: '3px solid rgba(250, 173, 20, 0)' },
      ],
      { duration: 1800, easing: 'ease-out' },
    );
  }
  return true;
}
