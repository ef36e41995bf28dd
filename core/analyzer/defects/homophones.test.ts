import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homophonesSource } from '../../../scripts/gen-homophones';
import { analyzeText } from '../analyzeText';
import { HOMOPHONES } from './homophones.generated';

describe('homophones from the pinyin input method', () => {
  it('are the generator’s output for the current lexicon (run scripts/gen-homophones.ts after editing lexicon.ts)', () => {
    const committed = readFileSync(join(import.meta.dirname, 'homophones.generated.ts'), 'utf8');
    expect(homophonesSource()).toBe(committed);
    // Reads the 349,000-line dictionary and loads pinyin-pro: seconds on a busy machine.
  }, 60_000);

  it('offer same-syllable common characters, not rare ones', () => {
    expect(HOMOPHONES.get('员')).toContain('元');
    expect(HOMOPHONES.get('员')).toContain('原');
  });

  it('find a same-sound wrong character no hand group lists, when the report writes the word right elsewhere', () => {
    const text =
      '青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政。现将有关情况报告如下。\n' +
      '全镇配备专职网格员42名，定期开展培训。各村网格元每日巡查，及时上报矛盾隐患。\n';
    const typos = analyzeText(text).defects.filter((d) => d.kind === 'typo');
    expect(typos.map((d) => [d.quote, d.confidence])).toEqual([['网格元', 'high']]);
    expect(typos[0]?.message).toContain('网格员');
  });
});
