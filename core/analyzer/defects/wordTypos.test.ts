import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsSource } from '../../../scripts/gen-words';
import { analyzeText } from '../analyzeText';
import { findDoubledCharacters, findWordTypos, isDictionaryWord } from './wordTypos';

/** The findings of the word-level check alone on a text, as [quote, confidence, message]. */
function wordTypos(text: string): [string, string | undefined, string][] {
  return findWordTypos(text, 0).map((d) => [
    text.slice(d.span?.start ?? 0, d.span?.end ?? 0),
    d.confidence,
    d.message,
  ]);
}

/** Invented report wording: a year's work of 青禾镇 with the figures left out. */
const CLEAN =
  '青禾镇坚持不断完善依法决策机制，认真落实各项工作措施，健全干部学法培训制度。' +
  '全年组织执法人员培训，提高依法行政意识，及时化解矛盾纠纷，保持社会大局稳定。\n';

describe('wrong characters found word by word (no list)', () => {
  it('flags a pair left in no word that a same-syllable character turns into the report’s own word', () => {
    const text = `${CLEAN}各村干部素质不段提高，群众满意度逐年上升。`;
    expect(wordTypos(text)).toEqual([['不段', 'high', '疑为错别字：“不段”应为“不断”（报告他处写作“不断”）']]);
  });

  it('finds slips of the input method in words no hand list names', () => {
    for (const [wrong, right] of [
      ['错施', '措施'],
      ['健权', '健全'],
      ['陪训', '培训'],
      ['意试', '意识'],
      ['矛顿', '矛盾'],
    ]) {
      const found = wordTypos(`${CLEAN}全年工作中，各村${wrong}，进一步体现。`);
      expect(found.map(([q, c]) => [q, c])).toEqual([[wrong, 'high']]);
      expect(found[0]?.[2]).toContain(`应为“${right}”`);
    }
  });

  it('finds a slip whose neighbours a filter of words would have taken for words by chance (度重, 事定)', () => {
    // The Bloom filter before the exact word set let about 3.8 % of non-words through; both
    // pairs around 重事 were among them, so neither character was left in no word.
    const text = '镇党委高度重事法治建设工作。各村同样高度重视普法，定期研究。';
    expect(wordTypos(text)).toEqual([['重事', 'high', '疑为错别字：“重事”应为“重视”（报告他处写作“重视”）']]);
  });

  it('knows every two-character word of the dictionary, and takes no pair around a slip for one', () => {
    for (const w of ['重视', '法治', '社科', '风险', '措施']) expect(isDictionaryWord(w)).toBe(true);
    for (const w of ['重事', '度重', '事定', '分险', '环竟', '办政']) expect(isDictionaryWord(w)).toBe(false);
  });

  it('finds a character typed in before the word it sounds like (谈 before 探索), and no one-character word of clean wording', () => {
    expect(wordTypos('全镇上下积极谈探索基层治理的新路径。')).toEqual([
      ['积极谈探索', 'medium', '疑有多字：“积极谈探索”应为“积极探索”'],
    ]);
    // A locative or word after a noun ending in its sound, and a word of its own before another.
    expect(wordTypos('两种导向相统一，群众中形成共识，会上重申要求，报告中重复出现。')).toEqual([]);
  });

  it('proposes no correction that would orphan the neighbour it takes from its word (经研判 is no 经验)', () => {
    expect(wordTypos('经研判，该纠纷予以销号，积累了经验。')).toEqual([]);
  });

  it('takes a near syllable (fen for feng) only toward a common word the report writes', () => {
    const text = '全面排查重大分险隐患，建立工作台账。防范化解重大风险，守住安全底线。';
    expect(wordTypos(text).map(([q, c]) => [q, c])).toEqual([['分险', 'high']]);
  });

  it('counts nothing on clean wording: enumerations, measure words, names, codes, coinages, newer words', () => {
    const text =
      `${CLEAN}一是加强学习，二是完善制度，三是强化监督。辖区8个村（社区）全部配备法律顾问。` +
      '印发《关于做好普法工作的通知》（青政办发〔2024〕3号），打造“法智”品牌。' +
      '通过微信公众号、抖音等线上平台开展宣传，深学笃行习近平法治思想，推动工作提质增效。' +
      '党委副书记任副组长，镇长任组长。全镇共作出行政处罚5件，工作扎实。';
    expect(wordTypos(text)).toEqual([]);
  });

  it('leaves a pair the report writes twice alone: a word the dictionary lacks, not a slip', () => {
    const text = `${CLEAN}推进掌办服务，掌办事项全部上线，不断方便群众。`;
    expect(wordTypos(text).filter(([q]) => q === '掌办')).toEqual([]);
  });

  it('reports no correction the report never writes unless it is a genre word (about five guesses per 10,000 characters of clean text otherwise)', () => {
    const text = '青禾镇全年组织法治讲座。各村宣船活动覆盖全部农户，刘芳同志主持，当天天汽晴朗。';
    expect(wordTypos(text)).toEqual([['宣船', 'medium', '疑为错别字：“宣船”应为“宣传”']]);
  });

  it('answers alike on every reading: nothing kept from an earlier report changes the next', () => {
    const a = `${CLEAN}各村干部素质不段提高，群众满意度逐年上升。`;
    const b = '全面排查重大分险隐患，建立工作台账。防范化解重大风险，守住安全底线。';
    const first = [wordTypos(a), wordTypos(b)];
    for (let k = 0; k < 3; k++) expect([wordTypos(a), wordTypos(b)]).toEqual(first);
    expect(first[0]?.map(([q]) => q)).toEqual(['不段']);
    expect(first[1]?.map(([q]) => q)).toEqual(['分险']);
  });

  it('is one finding with the report’s other checks, in the analysis of a whole report', () => {
    const text =
      '青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n' +
      `${CLEAN}各村干部素质不段提高。\n`;
    const typos = analyzeText(text).defects.filter((d) => d.kind === 'typo');
    expect(typos.map((d) => [d.quote, d.confidence])).toEqual([['不段', 'high']]);
  });

  it('data are the generator’s output (run scripts/gen-words.ts after changing it)', () => {
    const committed = readFileSync(join(import.meta.dirname, 'words.generated.ts'), 'utf8');
    expect(wordsSource()).toBe(committed);
  }, 60_000);
});

describe('corrections that are words of the genre', () => {
  it('flags a pair whose one-character correction is a lexicon word the report never writes, at medium', () => {
    expect(wordTypos(`${CLEAN}镇里严格规范执法程许，提高办事效率。`)).toEqual([
      ['程许', 'medium', '疑为错别字：“程许”应为“程序”'],
    ]);
  });
  it('knows the everyday words of official reports, not only the statutory terms', () => {
    expect(wordTypos(`${CLEAN}镇里不断加强执法队武建设。`)).toEqual([
      ['队武', 'medium', '疑为错别字：“队武”应为“队伍”'],
    ]);
  });
  it('lets a particle be the partner when the correction is a genre word', () => {
    expect(wordTypos(`${CLEAN}镇里维护社会和协稳定。`)).toEqual([
      ['和协', 'medium', '疑为错别字：“和协”应为“和谐”'],
    ]);
  });
  it('offers characters of a similar shape, which no pinyin input proposes', () => {
    expect(wordTypos(`${CLEAN}镇里整理宣传资科，提升执法水乎。`).map((f) => f[0])).toEqual(['资科', '水乎']);
  });
  it('leaves corrections that are only frequent dictionary words unreported', () => {
    expect(wordTypos(`${CLEAN}以更高的站位、更实的举措推进工作，开展主题党日活动。`)).toEqual([]);
  });
});

describe('a character typed twice inside an ordinary word', () => {
  const doubled = (text: string) =>
    findDoubledCharacters(text, 0).map((d) => text.slice(d.span?.start ?? 0, d.span?.end ?? 0));
  it('flags the copy that joins no word when the other copy and both neighbours make words', () => {
    expect(doubled('青禾镇始终坚持依法法行政，镇党委定期研研究普法工作。')).toEqual(['依法法行', '期研研究']);
    expect(doubled('云岭县法治治建设持续推进，镇里召开开专题会议。')).toEqual(['法治治建', '召开开专']);
  });
  it('leaves two words meeting, reduplication, dates and names of meetings alone', () => {
    expect(
      doubled(
        '镇里加强工作作风建设，今年年初层层签订责任书，实实在在推进村村通工程，2024年年底建成设施，' +
          '环环相扣推进，落实镇长办公会会前学法，学习习近平法治思想。',
      ),
    ).toEqual([]);
  });
  it('leaves a word ending in 作 before 作 used alone as the verb of its object (工作作重点部署)', () => {
    expect(doubled('镇党委把普法工作作重点部署，把合作作专题研究。')).toEqual([]);
    // the slip beside it is still one: 作 joins no word on either side there
    expect(doubled('镇党委召开开专题会议，把普法工作作重点部署。')).toEqual(['召开开专']);
  });
  it('leaves a place name ending in a place character before its unit word alone (南城街街道)', () => {
    expect(doubled('南城街街道办事处2024年法治政府建设年度报告，溪口村村委会配合开展普法。')).toEqual([]);
  });
});
