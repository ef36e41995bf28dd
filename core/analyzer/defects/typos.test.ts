import { describe, expect, it } from 'vitest';
import { findTypos } from './typos';

const quotes = (text: string) => findTypos(text).map((d) => text.slice(d.span?.start, d.span?.end));

describe('findTypos: the known misspellings, found by one pass over the text', () => {
  it("finds two- and four-character entries anywhere, the text's first and last characters included", () => {
    expect(quotes('布署全年工作，坚定不宜推进依法行政，做好决策部署')).toEqual(['布署', '坚定不宜']);
    expect(quotes('全年工作认真布署')).toEqual(['布署']);
  });
  it('finds every occurrence of an entry, in list order', () => {
    expect(quotes('环竟整治，布署工作，优化营商环竟')).toEqual(['布署', '环竟', '环竟']);
  });
  it("takes no pair for an entry's first pair because it shares its bit (帄罓 with 布署)", () => {
    // (c0 * 31 + c1) & 0xffff is equal for the two pairs: only the entry's own pair may start it.
    expect(quotes('帄罓全年工作')).toEqual([]);
  });
});
