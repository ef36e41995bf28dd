import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * The national documents cited with their period, whose issued titles write the period with
 * 年 (法治政府建设实施纲要（2021—2025年）, 法治社会建设实施纲要（2020—2025年）, 法治中国建设规划
 * （2020—2025年）). A period without 年 inside the title marks is a dropped character. A local
 * document (《某区法治政府建设实施纲要（…）》) is not judged: its name does not begin the title.
 */
const PERIOD_NO_NIAN =
  /《(?:法治政府建设实施纲要|法治社会建设实施纲要|法治中国建设规划)[（(](20\d\d)\s*[-—–－~～至]+\s*(20\d\d)[）)]》/g;

export function findTitlePeriodDefects(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(PERIOD_NO_NIAN)) {
    const i = m.index ?? 0;
    if (i < from) continue;
    const period = m[0].slice(m[0].search(/[（(]/), -1);
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.periodNoNian(period), 'medium'));
  }
  return out;
}
