import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RECTIFICATION_STATUSES } from '../../../../core/review/rectificationFlow';
import { RectificationStatusTag } from './RectificationStatusTag';

describe('RectificationStatusTag', () => {
  it('names every status in Chinese', () => {
    const { container } = render(
      <div>
        {RECTIFICATION_STATUSES.map((s) => (
          <RectificationStatusTag key={s} status={s} overdue={false} />
        ))}
      </div>,
    );
    expect(container.textContent).toBe('待整改已反馈已销号');
  });

  it('adds 逾期 only when overdue', () => {
    render(<RectificationStatusTag status="open" overdue />);
    expect(screen.getByText('逾期')).toBeTruthy();
    expect(screen.getByText('待整改')).toBeTruthy();
  });
});
