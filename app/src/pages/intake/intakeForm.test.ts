import { describe, expect, it } from 'vitest';
import type { IntakeTopic } from '../../api/ledgers';
import { normaliseReceipt, toIntakeInput } from './intakeForm';

const typed: IntakeTopic = {
  key: 'mediation',
  label: '申请调解',
  hint: null,
  contentLabel: '纠纷情况',
  types: { label: '纠纷类型', options: [{ value: 'homestead', label: '宅基地' }] },
};
const untyped: IntakeTopic = { ...typed, key: 'suggestion', label: '意见建议', types: null };

describe('toIntakeInput', () => {
  it('trims the answers and sends a type only for a topic that offers types', () => {
    expect(
      toIntakeInput(
        {
          topic: 'mediation',
          name: ' 郑春生 ',
          phone: '138 0000 3333',
          village: '枫林村',
          type: 'homestead',
          content: ' 与邻居因宅基地界线发生争执 ',
          website: '',
        },
        typed,
      ),
    ).toEqual({
      topic: 'mediation',
      name: '郑春生',
      phone: '13800003333',
      village: '枫林村',
      type: 'homestead',
      content: '与邻居因宅基地界线发生争执',
      website: '',
    });
    expect(
      toIntakeInput(
        {
          topic: 'suggestion',
          name: '王',
          phone: '13800003333',
          type: 'land',
          content: '建议',
        },
        untyped,
      ),
    ).toEqual({ topic: 'suggestion', name: '王', phone: '13800003333', content: '建议', website: '' });
  });
});

describe('normaliseReceipt', () => {
  it('ignores spaces and case', () => {
    expect(normaliseReceipt(' ab3k 9xq2 ')).toBe('AB3K9XQ2');
  });
});
