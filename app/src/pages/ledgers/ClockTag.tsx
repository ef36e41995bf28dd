import { Popover, Tag, Typography } from 'antd';
import { chineseDate } from '../../../../core/calendar';
import { CLOCK_STATE_LABELS, type ClockView } from '../../../../core/ledgers';
import { clockTagColor, clockTagText } from './clockTag';

/** A deadline as a coloured tag; hovering or tapping it explains how the date was worked out. */
export function ClockTag({ clock }: { clock: ClockView }) {
  const content = (
    <div style={{ maxWidth: 360 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>{CLOCK_STATE_LABELS[clock.state]}</Typography.Text>
        {' · '}
        {chineseDate(clock.start)}起，{clock.days}
        {clock.basis === 'working' ? '个工作日' : '日'}，截止{chineseDate(clock.due)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="clock-explanation">
        {clock.explanation}
      </Typography.Paragraph>
    </div>
  );
  return (
    <Popover title={clock.label} content={content} trigger={['hover', 'click']}>
      <Tag
        color={clockTagColor(clock.state)}
        // in a narrow list column the tag is cut short, never wider than the column; the
        // popover says it all
        style={{
          cursor: 'help',
          maxWidth: '100%',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          marginInlineEnd: 0,
        }}
        data-testid="clock-tag"
      >
        {clockTagText(clock)}
      </Tag>
    </Popover>
  );
}
