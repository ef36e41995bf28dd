import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Defect } from '../../../../core/analyzer/types';
import { DEFECTS_SHOWN, DefectsTab } from './DefectsTab';

const defects: Defect[] = [
  { kind: 'typo', quote: '其它', message: '用词不当：“其它”应为“其他”', confidence: 'low', start: 0, end: 2 },
  {
    kind: 'typo',
    quote: '办政大厅',
    message: '疑为错别字：“办政大厅”应为“办证大厅”',
    confidence: 'high',
    start: 5,
    end: 9,
  },
  { kind: 'other', quote: '重要2024年', message: '语句残缺', confidence: 'medium', start: 12, end: 19 },
];

function renderTab(
  dismissed: number[],
  handlers = { onDismiss: vi.fn(), onRestore: vi.fn(), onIssue: vi.fn() },
) {
  render(
    <DefectsTab
      defects={defects}
      rectifications={[]}
      canIssue
      dismissed={dismissed.map((defectIndex) => ({
        defectIndex,
        reason: null,
        dismissedAt: '2026-11-25T02:00:00Z',
      }))}
      onJump={() => true}
      {...handlers}
    />,
  );
  return handlers;
}

describe('DefectsTab', () => {
  it('lists the surest findings first with their confidence, and dismisses by the finding’s own index', () => {
    const h = renderTab([]);
    const items = screen.getAllByTestId('defect-item');
    expect(items.map((el) => el.textContent?.includes('办政大厅'))).toEqual([true, false, false]);
    expect(items[0]?.textContent).toContain('把握大');
    expect(items[2]?.textContent).toContain('仅供参考');
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: /^忽\s?略$/ }));
    expect(h.onDismiss).toHaveBeenCalledWith(1);
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: /^下发整改$/ }));
    expect(h.onIssue).toHaveBeenCalledWith(2);
  });

  it('greys a dismissed finding at the end, offers to restore it and not to issue it', () => {
    const h = renderTab([1]);
    const items = screen.getAllByTestId('defect-item');
    const last = items[2] as HTMLElement;
    expect(last.dataset.dismissed).toBe('true');
    expect(last.textContent).toContain('已忽略');
    expect(within(last).queryByRole('button', { name: /^下发整改$/ })).toBeNull();
    fireEvent.click(within(last).getByRole('button', { name: /^恢\s?复$/ }));
    expect(h.onRestore).toHaveBeenCalledWith(1);
  });

  it('draws the first findings of a very long list and adds more per click, the surest first', () => {
    const many: Defect[] = Array.from({ length: 2 * DEFECTS_SHOWN + 30 }, (_, k) => ({
      kind: 'duplicated_text',
      quote: `第${k}段`,
      message: `重复段落${k}`,
      confidence: k === 2 * DEFECTS_SHOWN + 29 ? 'high' : 'low',
      start: k * 10,
      end: k * 10 + 4,
    }));
    render(
      <DefectsTab
        defects={many}
        rectifications={[]}
        canIssue={false}
        dismissed={[]}
        onJump={() => true}
        onIssue={vi.fn()}
        onDismiss={vi.fn()}
        onRestore={vi.fn()}
      />,
    );
    let items = screen.getAllByTestId('defect-item');
    expect(items).toHaveLength(DEFECTS_SHOWN);
    // the one high-confidence finding, last in the file, is drawn first
    expect(items[0]?.textContent).toContain(`重复段落${2 * DEFECTS_SHOWN + 29}`);
    const more = screen.getByTestId('defects-more');
    expect(more.textContent).toBe(
      `再显示 ${DEFECTS_SHOWN} 条（已显示 ${DEFECTS_SHOWN} 条，共 ${2 * DEFECTS_SHOWN + 30} 条）`,
    );
    fireEvent.click(more);
    expect(screen.getAllByTestId('defect-item')).toHaveLength(2 * DEFECTS_SHOWN);
    expect(screen.getByTestId('defects-more').textContent).toContain('再显示 30 条');
    fireEvent.click(screen.getByTestId('defects-more'));
    items = screen.getAllByTestId('defect-item');
    expect(items).toHaveLength(2 * DEFECTS_SHOWN + 30);
    expect(screen.queryByTestId('defects-more')).toBeNull();
  });
});
