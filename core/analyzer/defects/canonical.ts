import { codeUnits } from '../codeUnits';
import { charTable, isIdeograph as isHan } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * Fixed formulations of the genre that are written one way only: the titles of the national
 * documents a report cites, the leader's thought, the heads' duty and the enforcement systems
 * by their official names. Eight characters or more, so that one character off is no other
 * phrase of the genre. Left out on purpose: phrases a place adapts (法治中国建设规划 beside
 * 法治中山建设规划, 法治国家、法治政府、法治社会 beside 法治某县), phrases with a second
 * wording in use (国家工作人员学法用法 beside 学法考法, 执法全过程记录 beside 执法全程记录,
 * 中国特色社会主义法治体系 beside 法律体系, the 八五 plan's title beside the 七五 plan's), and
 * phrases a sentence may open up (行政机关负责人均出庭应诉).
 */
const CANONICAL: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '法治政府建设实施纲要',
  '法治社会建设实施纲要',
  '重大行政决策程序暂行条例',
  '党政主要负责人履行推进法治建设第一责任人职责规定',
  '法治政府建设与责任落实督察工作规定',
  '推进法治建设第一责任人职责',
  '中华人民共和国政府信息公开条例',
  '重大执法决定法制审核制度',
  '中央全面依法治国工作会议',
  '中央全面依法治国委员会',
  '社会主义核心价值观',
];

/**
 * The character of each term rarest in reports (counted on the tuning half, the seeds and
 * public reports read outside the corpus), by which the term is looked for: a native search
 * per character, and the term aligned from there (an edit moves the character one place at
 * most). A slip of that very character is not found here (a second anchor per term doubled the
 * cost of this check, which was then a tenth of all the defect checks on dense reports).
 */
const RARE: Readonly<Record<string, string>> = {
  习近平新时代中国特色社会主义思想: '色',
  法治政府建设实施纲要: '纲',
  法治社会建设实施纲要: '纲',
  重大行政决策程序暂行条例: '暂',
  党政主要负责人履行推进法治建设第一责任人职责规定: '履',
  法治政府建设与责任落实督察工作规定: '察',
  推进法治建设第一责任人职责: '第',
  中华人民共和国政府信息公开条例: '华',
  重大执法决定法制审核制度: '审',
  中央全面依法治国工作会议: '央',
  中央全面依法治国委员会: '央',
  社会主义核心价值观: '价',
};

interface Anchor {
  term: string;
  /** the character's offset in the term */
  at: number;
}

/** The anchors by character. */
const ANCHORS: readonly [string, readonly Anchor[]][] = (() => {
  const m = new Map<string, Anchor[]>();
  for (const term of CANONICAL) {
    for (const c of RARE[term] ?? '') m.set(c, [...(m.get(c) ?? []), { term, at: term.indexOf(c) }]);
  }
  return [...m];
})();

/** Particles and conjunctions a sentence may put inside a formulation. */
const PARTICLE = charTable('的之地得了和与及并等');

type Edit = 'substituted' | 'swapped' | 'inserted';

/**
 * Whether u[s, s + len) is `term` with one edit: a character replaced, two neighbours swapped
 * (len = term length), or one character added inside it (len = term length + 1; an added
 * character before or after the term is the next word's, not the term's).
 */
function editOf(u: Uint16Array, s: number, len: number, term: string): Edit | null {
  const n = term.length;
  if (len === n) {
    let first = -1;
    let count = 0;
    for (let k = 0; k < n; k++) {
      if (u[s + k] !== term.charCodeAt(k)) {
        if (count === 0) first = k;
        if (++count > 2) return null;
      }
    }
    // Not the first or last character: there a character dropped meets the next word's
    // (法治政府建设实施纲（…）), which termGaps.ts reads; and a mark is no slip of a character.
    if (count === 1)
      return first > 0 && first < n - 1 && isHan(u[s + first] as number) ? 'substituted' : null;
    if (
      count === 2 &&
      u[s + first] === term.charCodeAt(first + 1) &&
      u[s + first + 1] === term.charCodeAt(first)
    )
      return 'swapped';
    return null;
  }
  // An added character: the longest common head, then the rest one place further on.
  let k = 0;
  while (k < n && u[s + k] === term.charCodeAt(k)) k++;
  if (k === 0 || k === n) return null;
  for (let j = k; j < n; j++) if (u[s + j + 1] !== term.charCodeAt(j)) return null;
  // A particle inside is grammar, not a slip (推进法治建设第一责任人的职责).
  const added = u[s + k] as number;
  return isHan(added) && PARTICLE[added] !== 1 ? 'inserted' : null;
}

/**
 * A fixed formulation written one character off (法制政府建设实施纲要, 重大执法决定法治审核制度,
 * 习近平新时代中国特色社会主意思想, 推进法治建设第一责任人职职责): the formulation is what was meant.
 * A character dropped is termGaps.ts's finding.
 */
export function findCanonicalDeviations(text: string, from: number): NormDefect[] {
  const found = new Map<number, NormDefect>();
  // The other per-character checks have already copied the text's code units (codeUnits.ts).
  const u = codeUnits(text);
  const n = text.length;
  for (const [c, anchors] of ANCHORS) {
    for (let i = text.indexOf(c, from); i >= 0; i = text.indexOf(c, i + 1)) {
      for (const { term, at: k } of anchors) {
        const len = term.length;
        // One edit leaves the two characters on one side of the anchor as they are: most
        // occurrences of the character are other words' (审 of 合法性审核), turned away here.
        const left = k >= 2 && u[i - 1] === term.charCodeAt(k - 1) && u[i - 2] === term.charCodeAt(k - 2);
        const right =
          k + 2 < len && u[i + 1] === term.charCodeAt(k + 1) && u[i + 2] === term.charCodeAt(k + 2);
        if (!left && !right) continue;
        // The term written right here, whole: nothing to find at this anchor.
        if (i - k >= 0 && text.startsWith(term, i - k)) continue;
        // Where the term would start: here, or one place either side (a character added or
        // two swapped before the anchor).
        for (let s = i - k - 1; s <= i - k + 1; s++) {
          if (s < from || found.has(s)) continue;
          for (let w = len; w <= len + 1 && s + w <= n; w++) {
            const edit = editOf(u, s, w, term);
            if (edit === null) continue;
            const wrong = text.slice(s, s + w);
            found.set(s, at('typo', s, s + w, DEFECT_MESSAGES.canonicalTerm(wrong, term, edit), 'high'));
            break;
          }
        }
      }
    }
  }
  return [...found.values()].sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
}

/**
 * National documents a report cites by title, as issued (without 中华人民共和国 and without
 * the period in brackets). Left out: titles a place reuses with its own name inside
 * (法治中国建设规划 beside 法治中山建设规划), titles one character from another document's
 * (the 八五 plan's, …第八个五年规划, beside the 七五 plan's as reports shorten it, …第七个五年规划),
 * and short ones.
 */
const TITLES: readonly string[] = [
  '法治政府建设实施纲要',
  '法治社会建设实施纲要',
  '党政主要负责人履行推进法治建设第一责任人职责规定',
  '法治政府建设与责任落实督察工作规定',
  '重大行政决策程序暂行条例',
  '政府信息公开条例',
  '习近平法治思想学习纲要',
];
/** A title's period at its end: （2021—2025年）. */
const PERIOD = /[（(][^（()）]*[）)]$/;

/** Levenshtein distance of a and b, or limit + 1 once it exceeds limit. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * A national document's title misquoted inside its title marks (《党政主要负责人履行推进法治政府
 * 建设第一责任人职责规定》): the marks give the title's extent, so a longer title may be off by
 * two characters (twenty or more), a shorter one by one. A title holding the national one whole is a local
 * document of its own (《某区法治政府建设实施纲要》), not a misquote.
 */
export function findTitleDeviations(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (let open = text.indexOf('《', from); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) break;
    if (close - open > 40) continue;
    // The name without its period: the period is nationalTitles.ts's to judge.
    const raw = text.slice(open + 1, close).replace(PERIOD, '');
    const body = raw.replace(/^中华人民共和国/, '').replace(/\s+/g, '');
    if (body.length < 8) continue;
    for (const title of TITLES) {
      if (body.includes(title)) break;
      const limit = title.length >= 20 ? 2 : 1;
      const d = distance(body, title, limit);
      if (d === 0 || d > limit) continue;
      out.push(at('typo', open + 1, open + 1 + raw.length, DEFECT_MESSAGES.titleVariant(raw, title), 'high'));
      break;
    }
  }
  return out;
}
