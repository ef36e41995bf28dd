/**
 * What the party and government heads do themselves as first responsible persons (带头讲法治课,
 * 牵头开展法治宣讲): their duty, reported in its own part, not a lecture the unit held for its
 * cadres or the public. The dev gold leaves such talks out (a 2025 township's 党政主要负责同志
 * 带头讲法治课4次 is no figure).
 */
const HEADS = /主要负责人|主要负责同志|主要领导|一把手|党委书记|党工委书记|书记、(?:镇|乡)长|班子成员/;
/** The heads giving the talk themselves, not having one organised. */
const IN_PERSON = /带头|牵头|亲自|主讲|讲授|授课/;

/**
 * Whether a lecture count is the heads' own talks: the sentence up to the figure names the
 * heads, and the figure's clause says they gave the talk themselves.
 */
export function headsOwnTalk(sentenceBefore: string, clause: string): boolean {
  return HEADS.test(sentenceBefore) && IN_PERSON.test(clause);
}
