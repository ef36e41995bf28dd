import { matchAllOf } from '../scan';
import type { DefectConfidence } from '../types';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

interface UsageRule {
  pattern: RegExp;
  /** the wrong word's offset and length inside the match */
  wrong: string;
  right: string;
  why: string;
  confidence: DefectConfidence;
}

/**
 * Confusions of official writing, each with the context that decides it (《现代汉语词典》
 * senses; 《党政机关公文处理工作条例》 style). Only contexts where one reading is clearly wrong.
 */
const RULES: readonly UsageRule[] = [
  {
    // 截至 takes a point in time (截至2024年底); 截止 means "end, close" (报名截止).
    pattern: /截止(?=\d{4}年|\d{1,2}月|目前|今年|年底|本年|去年|当前|发稿)/g,
    wrong: '截止',
    right: '截至',
    why: '后接时间点时用“截至”',
    // Very common in real reports and left unmarked by reviewers; shown, but last.
    confidence: 'low',
  },
  {
    pattern: /截至(?=日期|时间|期限)/g,
    wrong: '截至',
    right: '截止',
    why: '表示期限终止用“截止”',
    confidence: 'medium',
  },
  {
    // Formal decisions, arrangements and rulings are 作出 in official writing.
    pattern:
      /做出(?=[^。，；\n]{0,6}?(决定|部署|安排|规定|贡献|批示|承诺|决策|答复|处理|处罚|判决|裁决|复议决定))/g,
    wrong: '做出',
    right: '作出',
    why: '公文中作出决定、部署、处理等用“作出”',
    confidence: 'medium',
  },
  {
    // 必需 is "needed" (a noun-like adjective: 必需品); before a verb it is 必须.
    pattern:
      /必需(?=坚持|加强|严格|依法|做到|落实|按照|遵守|遵循|经过|经|履行|建立|健全|切实|始终|全面|把|将|在)/g,
    wrong: '必需',
    right: '必须',
    why: '表示“一定要”用“必须”',
    confidence: 'medium',
  },
  {
    // 制定 for laws, rules and systems; 制订 for plans (both forms exist, hence low).
    pattern:
      /制订(?=[^。，；\n]{0,12}?(办法|规定|条例|制度|规章|规则|细则)(?![^。，；\n]{0,6}?(计划|方案)))/g,
    wrong: '制订',
    right: '制定',
    why: '制定规章、制度、办法用“制定”',
    confidence: 'low',
  },
  {
    // 通用规范汉字表 and the 2001 异形词 guidance prefer 其他 for things as well as people.
    pattern: /其它/g,
    wrong: '其它',
    right: '其他',
    why: '规范写法统一用“其他”',
    confidence: 'low',
  },
];

export function findUsageDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const r of RULES) {
    for (const m of matchAllOf(text, r.pattern)) {
      const i = m.index ?? 0;
      out.push(
        at('typo', i, i + r.wrong.length, DEFECT_MESSAGES.usage(r.wrong, r.right, r.why), r.confidence),
      );
    }
  }
  return out;
}
