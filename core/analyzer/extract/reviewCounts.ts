/**
 * Counts of legality reviews (合法性审查/审核): what the reviews looked at decides the key. The
 * catalog's decision.legality_reviews counts the reviews of decisions, documents and contracts
 * together; decision.contracts_reviewed the contracts' alone (indicators.md). Each test reads
 * only the slice the caller gives it (extractIndicators.ts).
 */

export const LEGALITY_REVIEWS = 'decision.legality_reviews';
export const CONTRACTS_REVIEWED = 'decision.contracts_reviewed';
/** The keys a count of reviewed things may be read as. */
export const REVIEW_KEYS: ReadonlySet<string> = new Set([
  LEGALITY_REVIEWS,
  CONTRACTS_REVIEWED,
  'decision.normative_documents',
]);

const CONTRACT = /合同|协议/;
/** The kinds of things a review looks at: contracts, documents, decisions, other matters. */
const KINDS: readonly RegExp[] = [CONTRACT, /文件/, /决策/, /事项|议题/];

function kindsIn(s: string): number {
  let n = 0;
  for (const k of KINDS) if (k.test(s)) n++;
  return n;
}

/**
 * The things reviewed written after their count, then the review (全年共对18项重大决策事项进行了
 * 合法性审查, 对32份合同进行合法性审核): the figure counts reviews of those things. The thing is
 * a noun phrase with no verb in it (12份文件报送备案审查 files documents, which another key counts).
 */
const REVIEWED_AFTER =
  /^([^，。；、：\d]{1,12}?)(?:均|都|全部|逐一|依法)?(?:进行|开展|予以|作|作出)?了?(?:合法性|法制|法律|合规性)(?:审查|审核)/;
const THING = /合同|协议|文件|决策|事项|议题|方案/;
const NOT_A_THING = /报|备案|提交|送|经|通过|纳入|提请|开展|组织|召开|涉及|会议|村|社区|部门|单位|企业|人/;

/**
 * The key of a count followed by the things it reviewed and the review: contracts alone are
 * the contract key's, anything else (decisions, documents, matters, or several kinds) the
 * reviews' total. Null when the text after the figure is no such object and review.
 */
export function reviewedAfter(after: string): { key: string; length: number } | null {
  const m = REVIEWED_AFTER.exec(after);
  if (!m) return null;
  const thing = m[1] as string;
  if (!THING.test(thing) || NOT_A_THING.test(thing)) return null;
  const key = CONTRACT.test(thing) && kindsIn(thing) === 1 ? CONTRACTS_REVIEWED : LEGALITY_REVIEWS;
  return { key, length: m[0].length };
}

/**
 * A review count over things of two or more kinds written before it (全年审核各类合同协议和规范性
 * 文件合计67份, 审查各类文件、合同共45件): the total of the reviews, not the contracts' or the
 * documents' count, nor a list of several things no key counts. `local` is the figure's clause
 * before it; the things end right before the figure or a total word.
 */
const REVIEW_VERB = /审查|审核/;
const THINGS_BEFORE = /(?:合同|协议|文件|决策|事项|议题)(?:等)?(?:共计?|合计|累计|总计|达到?)?$/;
export function reviewTotal(local: string): boolean {
  if (!REVIEW_VERB.test(local) || !THINGS_BEFORE.test(local)) return false;
  return kindsIn(local) >= 2;
}
