import { describe, expect, it } from 'vitest';
import { gatePairSlots, pairCandidates, pairSlot } from './pairCandidates';

const listed = (text: string) => {
  const { at, length } = pairCandidates(text);
  return Array.from(at.subarray(0, length));
};

describe('pairCandidates', () => {
  it('lists ideographs met again one to four places on, and not five', () => {
    // 溪 at 0 recurs at 1; 岭 at 5 at 9 (four on); 峦 at 10 recurs only at 15 (five on).
    // (No check's pair set is loaded in this file: the gate is empty.)
    expect(listed('溪溪abc岭xyz岭峦1234峦')).toEqual([0, 5]);
  });

  it('lists a position whose pair a check added, and a list made before the slots were added is not reused', () => {
    const text = '东坡村修了一条渠';
    expect(listed(text)).toEqual([]);
    const slots = new Uint32Array(0x10000 >>> 5);
    const s = pairSlot('条'.charCodeAt(0), '渠'.charCodeAt(0));
    slots[s >>> 5] = 1 << (s & 31);
    gatePairSlots(slots);
    expect(listed(text)).toContain(6);
  });
});
