import { describe, expect, it } from 'vitest';
import { hasWordIn, lastIndexOfWord } from '../spans';
import {
  bestCueMatch,
  COMPILED,
  COMPOUNDS,
  type CompiledCue,
  type CompiledDef,
  compileCue,
  compoundIn,
  cuesIn,
} from './cueIndex';

/**
 * The grouping cuesIn promises, computed the plain way: every position of the context, every
 * catalog cue whose first piece begins with the two characters there (in catalog order), each
 * cue once, grouped by indicator in order of first cue.
 */
const HEADS = COMPILED.flatMap((c) =>
  c.cues.flatMap((cue) => {
    const head = cue.pieces[0] ?? '';
    return head.length < 2 ? [] : [{ c, cue, pair: head.slice(0, 2) }];
  }),
);

function reference(s: string): { defs: CompiledDef[]; lists: CompiledCue[][] } {
  const defs: CompiledDef[] = [];
  const lists: CompiledCue[][] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const pair = s.slice(i, i + 2);
    for (const { c, cue, pair: head } of HEADS) {
      if (head !== pair) continue;
      const k = defs.indexOf(c);
      if (k < 0) {
        defs.push(c);
        lists.push([cue]);
      } else if (!lists[k]?.includes(cue)) lists[k]?.push(cue);
    }
  }
  return { defs, lists };
}

const keysOf = (h: { defs: readonly CompiledDef[]; lists: readonly (readonly CompiledCue[])[] }) =>
  h.defs.map((d, i) => [d.def.key, (h.lists[i] ?? []).map((c) => c.re.source)]);

// Own sentences of the genre, with figures, several cues in one clause and none at all.
const CONTEXTS = [
  '全年组织党委理论学习中心组学法',
  '开展普法宣传活动',
  '，发放宣传资料',
  '全镇持有行政执法证件人员',
  '开展执法人员培训',
  '全年排查调处矛盾纠纷',
  '受理信访事项',
  '镇党委坚持把法治建设摆在全局工作的重要位置',
  '聘请律师担任政府法律顾问，为征地拆迁、合同签订等事项出具法律意见',
  '举办法治专题讲座和干部法治培训，组织普法宣传活动和会前学法',
  '',
  '法',
];

describe('cuesIn', () => {
  it('groups the cues of every context as the plain search does, on the first call and again', () => {
    let withCues = 0;
    for (const text of CONTEXTS) {
      // every slice, so contexts hold no, one and several cue pairs
      for (let a = 0; a < text.length; a += 3) {
        for (let b = a; b <= text.length; b += 3) {
          const s = text.slice(a, b);
          const want = keysOf(reference(s));
          if (want.length > 0) withCues++;
          expect(keysOf(cuesIn(s)), s).toEqual(want);
          expect(keysOf(cuesIn(s)), s).toEqual(want);
        }
      }
    }
    // the contexts above do name catalog cues (else the comparison proves nothing)
    expect(withCues).toBeGreaterThan(50);
  });

  it('gives the same result object for a context of a few cue pairs asked twice (its merge is kept)', () => {
    const s = '组织普法宣传活动';
    expect(cuesIn(s).defs.length).toBeGreaterThan(1);
    expect(cuesIn(s)).toBe(cuesIn(s));
  });
});

describe('lastIndexOfWord', () => {
  it.each([
    ['法治法治', '法治', 2],
    ['其中其中其', '其中', 2],
    ['aaa', 'aa', 1],
    ['开展学法活动', '培训', -1],
    ['学法', '学法', 0],
    ['', '学法', -1],
    ['abc', '', 3],
  ])('%s / %s → %d, as lastIndexOf', (s, word, at) => {
    expect(lastIndexOfWord(s, word)).toBe(at);
    expect(s.lastIndexOf(word)).toBe(at);
  });
});

describe('lastIndexOfWord on strings past the short-string loop', () => {
  // 70 and 130 characters: the forward search of a long string, either side of the loop's bound.
  const long = `${'推进依法行政'.repeat(10)}其中专题学法3次，其中集中学法`;
  it.each([
    [long, '其中'],
    [long, '学法'],
    [long, '培训'],
    [`${long}${long}`, '其中'],
    ['其中'.repeat(40), '其中'],
    ['中中中'.repeat(30), '中中'],
  ])('%#: as lastIndexOf', (s, word) => {
    expect(lastIndexOfWord(s, word)).toBe(s.lastIndexOf(word));
  });
});

describe('hasWordIn', () => {
  const text = '镇党委坚持依法决策，截至目前共受理申请12件。全年开展法治讲座5场，其中专题讲座2场。';
  it('answers as a search of the slice, at every range of a short text', () => {
    for (const word of ['截至', '其中', '讲座', '。', '法治讲座5', '镇', '场。', '培训']) {
      for (let from = 0; from <= text.length; from += 3) {
        for (let to = from; to <= text.length + 2; to += 4) {
          expect(hasWordIn(text, from, to, word)).toBe(text.slice(from, to).includes(word));
        }
      }
    }
  });

  it('stops at the range’s end in a long text, however far the word lies after it', () => {
    const long = `${'推进依法行政，'.repeat(30)}截至目前`;
    expect(hasWordIn(long, 0, 200, '截至')).toBe(false);
    expect(hasWordIn(long, 0, long.length, '截至')).toBe(true);
    expect(hasWordIn(long, 10, long.length - 1, '截至目前')).toBe(false);
  });

  it('finds the empty word everywhere, as includes does', () => {
    expect(hasWordIn(text, 5, 5, '')).toBe(true);
    expect(hasWordIn(text, 9, 3, '')).toBe(''.includes(''));
  });
});

/** bestCueMatch as it read before it stopped once the rest of the context lacks a piece. */
function referenceBest(cues: readonly CompiledCue[], s: string) {
  let best: { index: number; end: number; weight: number } | null = null;
  for (const cue of cues) {
    const re = new RegExp(cue.re.source, 'g');
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && cue.weight > best.weight))
        best = { index: m.index, end, weight: cue.weight };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best;
}

describe('bestCueMatch', () => {
  const cues = ['法治…讲座', '讲座', '开展…法治…宣传', '宣传…活动'].map((c) => compileCue(c));
  it('takes the match nearest the end, then the longest, and leaves each pattern ready for its next search', () => {
    const texts = [
      '举办法治讲座，开展法治讲座',
      '开展法治专题讲座',
      '法治讲座讲座',
      '开展法治宣传和普法宣传活动，法治宣传',
      '法治讲座法治讲座法治讲座',
      '讲座法治',
      '宣传活动宣传活动宣传',
      '',
    ];
    for (let round = 0; round < 2; round++)
      for (const t of texts) {
        expect(bestCueMatch(cues, t), t).toEqual(referenceBest(cues, t));
        for (const c of cues) expect(c.re.lastIndex).toBe(0);
      }
  });
  it('finds every cue of the catalog where its pieces stand twice', () => {
    for (const c of COMPILED)
      for (const cue of c.cues) {
        const t = `${cue.pieces.join('的')}，${cue.pieces.join('')}又${cue.pieces.join('和')}`;
        expect(bestCueMatch([cue], t), t).toEqual(referenceBest([cue], t));
        expect(cue.re.lastIndex).toBe(0);
      }
  });
});

describe('compoundIn', () => {
  it('finds the first compound whose pattern matches, as a search of every pattern does', () => {
    const texts = [
      '干部全部通过学法考试',
      '执法人员参加公共法律知识培训',
      '执法人员参训',
      '名干部参训',
      '名机关干部完成法治专题培训',
      '执法人员均已取得行政执法证件',
      '执法人员全部持证上岗',
      '人员均顺利通过年度考试',
      '名干部参加会议',
      '',
    ];
    for (const t of texts) expect(compoundIn(t), t).toBe(COMPOUNDS.find((c) => c.compiled.re.test(t)));
    expect(compoundIn('名干部参训')?.keys).toEqual(['study.training_attendance']);
  });
});
