import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Rectification } from '../../api/rectifications';
import type { CopiedPassage } from '../../api/reviews';
import { CopiesTab } from './CopiesTab';

const passage = (kind: CopiedPassage['kind'], otherUnit: string): CopiedPassage => ({
  otherId: `r-${otherUnit}`,
  otherFile: `${otherUnit}报告.docx`,
  otherUnit,
  kind,
  quote: `${otherUnit}段落：组织网格员开展矛盾纠纷排查`,
  start: 0,
  end: 10,
  otherQuote: '组织网格员开展矛盾纠纷排查',
  length: 12,
});

const copies = [passage('cross_unit', '东岭镇'), passage('self_repeat', '本镇')];

function renderTab(props: Partial<Parameters<typeof CopiesTab>[0]> = {}) {
  const onIssue = vi.fn();
  render(
    <MemoryRouter>
      <CopiesTab
        copies={copies}
        rectifications={[]}
        canIssue
        onJump={() => {}}
        onIssue={onIssue}
        {...props}
      />
    </MemoryRouter>,
  );
  return onIssue;
}

describe('CopiesTab', () => {
  it('labels a self-repeat apart from a copy of another unit', () => {
    renderTab();
    const items = screen.getAllByTestId('copy-item');
    expect(items[0]?.textContent).toContain('与其他单位雷同');
    expect(items[1]?.textContent).toContain('重复本单位往年报告');
  });

  it('下发整改 hands the passage index to the modal opener', () => {
    const onIssue = renderTab();
    const buttons = screen.getAllByTestId('copy-issue');
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onIssue).toHaveBeenCalledWith(1);
  });

  it('shows an item already issued for a passage, and no button without the right to issue', () => {
    const issued = {
      status: 'open',
      defect: { kind: 'copy', quote: copies[0]?.quote ?? '', message: '' },
    } as unknown as Rectification; // only the fields issuedForCopy reads
    renderTab({ rectifications: [issued], canIssue: false });
    expect(screen.queryAllByTestId('copy-issue')).toEqual([]);
    expect(screen.getAllByTestId('copy-item')[0]?.textContent).toContain('已下发');
    expect(screen.getAllByTestId('copy-item')[1]?.textContent).not.toContain('已下发');
  });

  it('says a search that ran out of time is incomplete, never "未发现雷同段落"', () => {
    renderTab({ copies: [], incomplete: true });
    expect(screen.getByText(/雷同比对超出时限未完成/)).toBeTruthy();
    expect(screen.queryByText('未发现雷同段落')).toBeNull();
  });

  it('keeps the passages found before the time ran out, under the warning', () => {
    renderTab({ incomplete: true });
    expect(screen.getByText(/雷同比对超出时限未完成/)).toBeTruthy();
    expect(screen.getAllByTestId('copy-item')).toHaveLength(2);
  });

  it('shows no warning when the search finished', () => {
    renderTab({ copies: [] });
    expect(screen.getByText('未发现雷同段落')).toBeTruthy();
    expect(screen.queryByText(/超出时限/)).toBeNull();
  });
});
