import { codeUnits } from '../codeUnits';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { gatePairSlots, pairCandidates, pairSlot } from './pairCandidates';

/**
 * Long fixed terms of rule-of-law writing (the statutory outline, the national outlines, the
 * heads' duty rules) that the genre never shortens by one character. Terms that are shortened
 * on purpose are left out: 执法全过程记录 (执法全程记录), 规范性文件 (规范文件), 法治宣传教育 (a
 * tail of 普法宣传教育). Six characters or more: a dropped character in a shorter word leaves a
 * string too common to judge.
 */
const TERMS: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '中国特色社会主义',
  '社会主义核心价值观',
  '习近平法治思想',
  '全面依法治国',
  '法治政府建设',
  '法治政府建设实施纲要',
  '重大行政决策程序暂行条例',
  '政府信息公开条例',
  '第一责任人职责',
  '党政主要负责人',
  '理论学习中心组',
  // the short form every report also writes, as the object of 开展/组织 (理论中组学习: 心 lost)
  '理论中心组学习',
  '行政执法公示制度',
  '重大执法决定法制审核',
  '矛盾纠纷多元化解',
  '尊法学法守法用法',
  '谁执法谁普法',
  '民主法治示范村',
  '国家工作人员学法用法',
  '行政机关负责人出庭应诉',
  // Names every report of the genre cites (the state's name in a statute's title, the leader's
  // title, the bodies and campaigns of the rule-of-law plan), none of them shortened by one
  // character in use.
  '中华人民共和国',
  '习近平总书记',
  '全面依法治国工作会议',
  '法治建设第一责任人',
  '人民调解委员会',
  '矛盾纠纷排查化解',
  '扫黑除恶专项斗争',
  '公共法律服务中心',
  '公共法律服务工作站',
  '国家安全教育日',
  '民法典宣传月',
  '优化营商环境条例',
  '信访工作条例',
];

interface Gap {
  right: string;
  /** true: one character of the term typed twice; false: one character left out */
  doubled: boolean;
  /** the last character left out: taken only where a title mark or bracket closes the name */
  lastDropped?: boolean;
}

/** Documents a report cites by name in 《》, whose name's last character may not be dropped silently. */
const DOCUMENTS: readonly string[] = [
  '法治政府建设实施纲要',
  '法治社会建设实施纲要',
  '法治中国建设规划',
  '重大行政决策程序暂行条例',
  '政府信息公开条例',
];
/** What may follow a document's name inside its title: the period, the end of the title. */
const AFTER_NAME = /^[（》]/;

/**
 * Every form of a term with one inner character left out or typed twice (not the first or last:
 * a word before or after may end or begin with it). A deletion is taken
 * only from the second character to the third from the end: the last two may run into a word
 * that follows (第一责任人责任 holds 第一责任人职责 without 职). A form two terms reach, or that is
 * itself part of a term, is dropped.
 */
const GAPS: ReadonlyMap<string, Gap> = (() => {
  const m = new Map<string, Gap | null>();
  const add = (form: string, gap: Gap) => m.set(form, m.has(form) ? null : gap);
  // 《法治政府建设实施纲（2021—2025年）》: the bracket or title mark closes the name, so the
  // last character is missing, not a word that follows.
  for (const t of DOCUMENTS) add(t.slice(0, -1), { right: t, doubled: false, lastDropped: true });
  for (const t of TERMS) {
    for (let k = 1; k <= t.length - 3; k++) add(t.slice(0, k) + t.slice(k + 1), { right: t, doubled: false });
    // Not the first character: 学习习近平…, 推行行政执法… double it across a word's edge.
    for (let k = 1; k <= t.length - 2; k++) {
      // 学法守法: doubling a character its neighbour already repeats gives no new form.
      if (t[k] === t[k + 1]) continue;
      add(t.slice(0, k + 1) + t.slice(k), { right: t, doubled: true });
    }
  }
  const out = new Map<string, Gap>();
  for (const [form, gap] of m) {
    if (gap && (gap.lastDropped || !TERMS.some((t) => t.includes(form)))) out.set(form, gap);
  }
  return out;
})();

/**
 * The forms' first characters, and a hash of their first two, as bit sets (8 KB each): a
 * 64 KB byte table per test missed the processor's caches on a report's few thousand
 * distinct characters. Two pairs may share a bit; the trie walk decides.
 */
const FIRST = new Uint32Array(0x10000 >>> 5);
const PAIRS = new Uint32Array(0x10000 >>> 5);
const hasBit = (set: Uint32Array, k: number) => ((set[k >>> 5] as number) & (1 << (k & 31))) !== 0;
for (const f of GAPS.keys()) {
  const c = f.charCodeAt(0);
  const p = pairSlot(c, f.charCodeAt(1));
  FIRST[c >>> 5] = (FIRST[c >>> 5] as number) | (1 << (c & 31));
  PAIRS[p >>> 5] = (PAIRS[p >>> 5] as number) | (1 << (p & 31));
}
gatePairSlots(PAIRS);

/** A trie of the forms: the forms written at a position are read in one walk of the text there. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** the form ending here and its rank in GAPS (the order in which forms are tried) */
  form: [string, Gap] | null;
  rank: number;
}
const ROOT: TrieNode = (() => {
  const root: TrieNode = { next: new Map(), form: null, rank: -1 };
  let rank = 0;
  for (const entry of GAPS) {
    let node = root;
    for (let k = 0; k < entry[0].length; k++) {
      const c = entry[0].charCodeAt(k);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), form: null, rank: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    node.form = entry;
    node.rank = rank++;
  }
  return root;
})();

const NO_FORMS: readonly [string, Gap][] = [];

/**
 * The forms written at u[i…], in the order GAPS lists them (as the search by first pair tried
 * them): each form is a prefix of the next longer one found, so a walk down the trie finds all.
 */
function formsAt(u: Uint16Array, n: number, i: number): readonly [string, Gap][] {
  // Most positions the pair table lets through hold no form: they share one empty answer.
  let found: TrieNode[] | null = null;
  let node: TrieNode | undefined = ROOT;
  for (let k = i; k < n; k++) {
    node = node.next.get(u[k] as number);
    if (node === undefined) break;
    if (node.form) {
      found ??= [];
      found.push(node);
    }
  }
  if (found === null) return NO_FORMS;
  if (found.length > 1) found.sort((a, b) => a.rank - b.rank);
  return found.map((f) => f.form as [string, Gap]);
}

/**
 * A long fixed term with one character dropped (第一责任职责, 习近平法思想) or typed twice
 * (法治治政府建设). Such a form is no abbreviation of the genre and no other word.
 */
export function findTermGaps(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  // The other per-character checks have already copied the text's code units (codeUnits.ts).
  const u = codeUnits(text);
  // The positions whose pair some check looks for (pairCandidates.ts), PAIRS' among them;
  // `next` is the first position not inside a form found.
  const { at: cand, length } = pairCandidates(text);
  let next = from;
  for (let k = 0; k < length; k++) {
    const i = cand[k] as number;
    if (i < next) continue;
    if (i >= text.length - 4) break;
    // Most characters start no form: a table lookup skips them before the map is asked.
    const c = u[i] as number;
    if (!hasBit(FIRST, c) || !hasBit(PAIRS, pairSlot(c, u[i + 1] as number))) continue;
    for (const [form, gap] of formsAt(u, text.length, i)) {
      if (gap.lastDropped && !AFTER_NAME.test(text.slice(i + form.length, i + form.length + 1))) continue;
      // The term written right around it: the form is part of it (a deletion at a repeated character).
      const near = text.slice(Math.max(0, i - gap.right.length), i + form.length + gap.right.length);
      if (near.includes(gap.right) && !gap.doubled) continue;
      const message = gap.doubled
        ? DEFECT_MESSAGES.extraChar(form, gap.right)
        : DEFECT_MESSAGES.droppedChars(form, gap.right);
      out.push(at('typo', i, i + form.length, message, 'medium'));
      next = i + form.length;
      break;
    }
  }
  return out;
}
