/**
 * Characters writers swap for one another: same or near pronunciation (homophones typed
 * with a pinyin input method) or a similar shape. Each group lists characters any of which
 * may have been meant for another. Pure data, chosen for the vocabulary of government
 * reports; a wrong-character candidate is only reported when the lexicon (lexicon.ts) and
 * the report's own wording both support the correction (ownVocabulary.ts).
 */
const GROUPS: readonly string[] = [
  '政证正整症',
  '治制致质秩',
  '部布步',
  '署暑',
  '彻切撤澈',
  '象像向项',
  '在再',
  '作做坐座',
  '即既及急级集',
  '已以己',
  '截结节',
  '至止置志',
  '定订',
  '须需',
  '历厉励力立例',
  '规归',
  '范犯泛饭',
  '督都',
  '查察差',
  '核和合何',
  '审申神',
  '务物误悟',
  '纪记绩级计技',
  '事是式实时施势视试',
  '权全劝',
  '策侧册测',
  '防访放房',
  '调掉',
  '化划话画华',
  '建健件检见践鉴',
  '专转砖',
  '宣喧渲',
  '传专',
  '普谱朴',
  '效校',
  '办半伴版班',
  '厅听庭停',
  '纳那',
  '依以一衣医',
  '律率虑',
  '行形型刑性兴',
  '公工功共攻供',
  '民名明',
  '众重中终种',
  '诉述素',
  '议意义异益艺易',
  '复覆付副附服',
  '营赢盈迎',
  '境竟镜竞静敬',
  '职值质直执指',
  '理里力利例礼',
  '决绝觉',
  '纠究',
  '纷分份奋',
  '风丰封',
  '险显限线现县宪献',
  '贯惯灌',
  '深申身',
  '进尽紧近今劲',
  '领令另',
  '导到倒道',
  '组阻祖',
  '织职',
  '会汇惠慧绘',
  '精经京',
  '思斯丝司私',
  '想享相',
  '展战站占',
  '培陪赔',
  '训讯迅',
  '章张彰掌',
  '程成承城诚呈',
  '序叙续绪',
  '届界戒',
  '纲钢刚岗',
  '点典电',
  '未末',
  '拨拔',
  '侯候',
  '辨辩辫',
  '账帐',
  '材才财',
  '壁璧',
  '构购',
  '措错',
  '施师失',
  '监坚兼',
  '管官关观',
  '治冶',
];

/** For each character, the characters it may have been typed for. */
export const CONFUSABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, Set<string>>();
  for (const g of GROUPS) {
    for (const c of g) {
      const s = m.get(c) ?? new Set<string>();
      for (const d of g) if (d !== c) s.add(d);
      m.set(c, s);
    }
  }
  return new Map([...m].map(([c, s]) => [c, [...s]]));
})();
