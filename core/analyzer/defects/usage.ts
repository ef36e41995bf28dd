import type { DefectConfidence } from '../types';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

interface UsageRule {
  pattern: RegExp;
  /** the wrong word's offset inside the match (0 unless set) */
  at?: number;
  /** the wrong word */
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
    // 切实 ("in earnest") leads a duty verb (切实加强, 切实履行); 确实 ("indeed") states a fact and
    // is followed by an adjective or a verb with 了 (确实有效, 确实提高了).
    pattern: /确实(?=(?:加强|落实|履行|做好|抓好|保障|推进|维护|增强|发挥|解决|提升|强化|把)(?!了))/g,
    wrong: '确实',
    right: '切实',
    why: '表示“认真、实在地（做）”用“切实”',
    confidence: 'medium',
  },
  {
    // 行政权力 is the power an authority holds (权力清单, 规范行政权力运行); 权利 are a person's rights.
    pattern: /(?:行政|公共)权利(?=运行|清单|事项|监督|制约)/g,
    at: 2,
    wrong: '权利',
    right: '权力',
    why: '行政机关行使的是“权力”，“权利”指公民、法人的权利',
    confidence: 'medium',
  },
  {
    // 反映 is to report a matter upward (群众反映的问题); 反应 is a reaction (反应强烈).
    pattern: /反应(?=的?(?:问题|诉求|情况|意见|建议))/g,
    wrong: '反应',
    right: '反映',
    why: '转达问题、诉求用“反映”',
    confidence: 'medium',
  },
  {
    // 亟待 ("urgently awaiting") is the written form before a verb of remedy; 急待 is a slip of it.
    pattern: /急待(?=解决|提高|提升|加强|完善|改进|破解|规范|健全)/g,
    wrong: '急待',
    right: '亟待',
    why: '表示“急需（解决等）”用“亟待”',
    confidence: 'medium',
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

/** The rules by the word they correct, each pattern made sticky to be tried where the word stands. */
const BY_WORD = new Map<string, { rule: UsageRule; sticky: RegExp }[]>();
for (const rule of RULES) {
  const list = BY_WORD.get(rule.wrong) ?? [];
  list.push({ rule, sticky: new RegExp(rule.pattern.source, 'y') });
  BY_WORD.set(rule.wrong, list);
}
/** Every rule's word, in one alternation: one scan of the report finds where any rule may apply. */
const WORDS = new RegExp([...BY_WORD.keys()].join('|'), 'g');

export function findUsageDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const w of text.matchAll(WORDS)) {
    const i = w.index ?? 0;
    for (const { rule, sticky } of BY_WORD.get(w[0]) ?? []) {
      // a rule whose pattern starts before its word (行政权利) is tried from there
      const from = i - (rule.at ?? 0);
      if (from < 0) continue;
      sticky.lastIndex = from;
      if (!sticky.test(text)) continue;
      out.push(
        at(
          'typo',
          i,
          i + rule.wrong.length,
          DEFECT_MESSAGES.usage(rule.wrong, rule.right, rule.why),
          rule.confidence,
        ),
      );
    }
  }
  return out;
}
