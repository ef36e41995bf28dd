/**
 * 通过中心组集中学习、专题研讨、知识测试等多种形式，开展学法活动33次: the count is of all the
 * ways the list names (等…形式/方式), a sum over several kinds of activity, which the gold leaves
 * unannotated (dev/README.md, "ambiguous sums"); the key's cue is only one item of the list.
 * A list whose items are all the key's (专题讲座、集中培训等形式开展干部法治培训) still counts.
 */
const WAYS = /([^，。；：]*)等(?:多种|各种|多样|多类)?(?:形式|方式|途径|载体)/;

/** Whether the text from the cue to the figure ends a list of ways of which some item is not the key's. */
export function countsSeveralWays(between: string, cues: readonly RegExp[]): boolean {
  // WAYS holds 等: without it there is no match, and the pattern, which opens with a run of any
  // characters, would be tried and backtracked from every position of the text.
  if (!between.includes('等')) return false;
  const m = WAYS.exec(between);
  const list = m?.[1];
  if (!list?.includes('、')) return false;
  const items = list.split('、');
  // The first item carries the clause's verb (通过中心组集中学习): only its end is the item.
  return items.some((item, n) => {
    const word = n === 0 ? item.slice(-8) : item;
    return word.length > 0 && !cues.some((re) => re.test(word));
  });
}
