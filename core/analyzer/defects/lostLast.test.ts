import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { findLostLastCharacters } from './ownVocabulary';

const found = (text: string) =>
  findLostLastCharacters(text, 0).map((d) => [text.slice(d.span?.start ?? 0, d.span?.end ?? 0), d.message]);

describe('a lexicon term whose last character was lost', () => {
  it('is reported where the report writes the whole term elsewhere and the cut form runs into no word', () => {
    const text = '青禾镇党政主要负责人带头述法。各村主要负责就落实整改作出承诺。';
    expect(found(text)).toEqual([['主要负责就', '疑有脱字：“主要负责就”应为“主要负责人就”']]);
    const typos = analyzeText(`青禾镇2024年法治政府建设年度报告\n${text}\n`).defects.filter(
      (d) => d.kind === 'typo',
    );
    expect(typos.map((d) => [d.quote, d.confidence])).toEqual([['主要负责就', 'medium']]);
  });

  it('leaves a cut form that continues into a word, a particle, or a report that never writes the term', () => {
    expect(found('镇党政主要负责人带头述法。张某主要负责就业服务，李某主要负责的工作已完成。')).toEqual([]);
    expect(found('镇法治政府建设稳步推进，法治政府建立健全了制度。')).toEqual([]);
    expect(found('各村主要负责就落实整改作出承诺。')).toEqual([]);
  });
});
