/**
 * Known misspellings of official vocabulary, maintained by hand. `notBefore`/`notAfter`
 * guard against a longer correct word that contains the wrong spelling.
 */
export interface KnownTypo {
  wrong: string;
  right: string;
  notBefore?: RegExp;
  notAfter?: RegExp;
}

export const KNOWN_TYPOS: readonly KnownTypo[] = [
  { wrong: '治度', right: '制度', notBefore: /[自政法]$/ },
  { wrong: '责任治', right: '责任制', notAfter: /^理/ },
  { wrong: '集中治', right: '集中制', notAfter: /^理/ },
  { wrong: '分险', right: '风险' },
  { wrong: '布署', right: '部署' },
  { wrong: '贯切', right: '贯彻' },
  { wrong: '坚定不宜', right: '坚定不移' },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '一愁莫展', right: '一筹莫展' },
  { wrong: '既使', right: '即使' },
  { wrong: '按装', right: '安装' },
  { wrong: '纠分', right: '纠纷' },
  { wrong: '调介', right: '调解' },
  { wrong: '信仿', right: '信访' },
  { wrong: '依法形政', right: '依法行政' },
  { wrong: '行政复义', right: '行政复议' },
  { wrong: '宣转', right: '宣传' },
  { wrong: '援肋', right: '援助' },
  { wrong: '合法性审察', right: '合法性审查' },
  { wrong: '备按', right: '备案' },
  { wrong: '决册', right: '决策' },
  { wrong: '以案施法', right: '以案释法' },
  { wrong: '普发宣传', right: '普法宣传' },
  { wrong: '普发教育', right: '普法教育' },
  { wrong: '谁普发', right: '谁普法' },
  { wrong: '职则', right: '职责', notBefore: /[原准规法细守]$/ },
  { wrong: '思惟', right: '思维' },
  { wrong: '环竟', right: '环境' },
  { wrong: '工做', right: '工作' },
  { wrong: '做为', right: '作为' },
  { wrong: '法治宣专', right: '法治宣传' },
  { wrong: '矛盾纠份', right: '矛盾纠纷' },
  { wrong: '执法证建', right: '执法证件' },
  { wrong: '规范性文见', right: '规范性文件' },
  { wrong: '建意', right: '建议' },
  { wrong: '意建', right: '意见' },
  { wrong: '分岐', right: '分歧' },
  { wrong: '消毁', right: '销毁' },
];

/** Reduplications that are correct Chinese, not a word typed twice. */
export const ALLOWED_REPEATS = new Set([
  '研究',
  '商量',
  '讨论',
  '了解',
  '考虑',
  '沟通',
  '学习',
  '看看',
  '一个',
]);
