import { matchAllOf, matchesNear } from '../scan';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A rate stated with no percent sign: …化解率达96，… A figure right after a …率 word (and a
 * verb such as 达/为/达到) and followed by a stop or a list mark can only be a percentage.
 * Not when a unit or 倍/个百分点 follows, nor when the figure opens a list of rates whose
 * last member carries the sign (…率分别为98、96%).
 */
const RATE_FIGURE =
  /率(?:均|分别|始终|保持|稳定|继续)?(?:达到|达|为|是|提升至|提升到|提高至|提高到|上升至|上升到|在)?(\d{1,3}(?:\.\d{1,2})?)(?=[，。；、\n])/g;
const PERCENT_TWICE = /\d(%%+)/g;

export function findRateSignDefects(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  // The pattern starts at 率 (a search from every Chinese character backtracked at each);
  // the rate's name is the run of Chinese characters before it, up to ten.
  for (const m of matchAllOf(text, RATE_FIGURE)) {
    const at0 = m.index ?? 0;
    let i = at0;
    while (i > 0 && at0 - i < 10 && /[\u4e00-\u9fa5]/.test(text[i - 1] as string)) i--;
    if (i === at0 || i < from || Number(m[1]) > 100) continue;
    const end = at0 + m[0].length;
    // 98、96%: the sign written once after a list of figures.
    if (text[end] === '、' && /^、\d{1,3}(?:\.\d{1,2})?%/.test(text.slice(end, end + 8))) continue;
    out.push(at('typo', i, end, DEFECT_MESSAGES.rateNoPercent(text.slice(i, end)), 'medium'));
  }
  for (const m of matchesNear(text, PERCENT_TWICE, '%%', 1)) {
    const i = (m.index ?? 0) + 1;
    if (i < from) continue;
    out.push(
      at('typo', i - 1, i + (m[1] as string).length, DEFECT_MESSAGES.doubledPunctuation(m[1] as string)),
    );
  }
  return out;
}
