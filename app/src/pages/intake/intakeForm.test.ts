import { describe, expect, it } from 'vitest';
import { normaliseReceipt, toIntakeInput } from './intakeForm';

describe('toIntakeInput', () => {
  it('trims the answers and sends the dispute type only with a mediation request', () => {
    expect(
      toIntakeInput({
        topic: 'mediation',
        name: ' 郑春生 ',
        phone: '138 0000 3333',
        village: '枫林村',
        disputeType: 'homestead',
        content: ' 与邻居因宅基地界线发生争执 ',
        website: '',
      }),
    ).toEqual({
      topic: 'mediation',
      name: '郑春生',
      phone: '13800003333',
      village: '枫林村',
      disputeType: 'homestead',
      content: '与邻居因宅基地界线发生争执',
      website: '',
    });
    expect(
      toIntakeInput({
        topic: 'suggestion',
        name: '王',
        phone: '13800003333',
        disputeType: 'land',
        content: '建议',
      }),
    ).toEqual({ topic: 'suggestion', name: '王', phone: '13800003333', content: '建议', website: '' });
  });
});

describe('normaliseReceipt', () => {
  it('ignores spaces and case', () => {
    expect(normaliseReceipt(' ab3k 9xq2 ')).toBe('AB3K9XQ2');
  });
});
