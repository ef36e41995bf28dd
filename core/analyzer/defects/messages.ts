/** Chinese wording of the defects the analyzer reports (shown to reviewers as is). */
export const DEFECT_MESSAGES = {
  knownTypo: (wrong: string, right: string) => `错别字：“${wrong}”应为“${right}”`,
  repeatedWord: (word: string) => `词语重复：“${word}”连写两次`,
  doubledPunctuation: (marks: string) => `标点重复或混用：“${marks}”`,
  missingSection: (name: string) => `缺少法定内容：${name}`,
  numbering: (expected: string, found: string) => `序号不连续：此处应为“${expected}”，实为“${found}”`,
  lostNumber: (expected: string) => `标题缺少序号：此处应为“${expected}”，其后标题的序号因此不连续`,
  duplicated: () => '同一段文字在报告中重复出现',
  printedTwice: () => '同一标题或段落连续出现两次，疑为排版或复制时重复',
  rateMismatch: (stated: number, computed: string) =>
    `比率与数据不符：写明${stated}%，按所列数据应约为${computed}%`,
  rateOutOfRange: (stated: number) => `比率${stated}%超出0–100%`,
  partExceedsWhole: (part: string, whole: string) => `分项数大于总数：${part}多于${whole}`,
  planYear: (found: number, expected: number) => `下一年度工作安排写成了${found}年，应为${expected}年`,
  partYear: (found: number, expected: number) => `报告年度为${expected}年，此处写成了${found}年`,
  staleDocument: (found: number, expected: number) => `${expected}年度报告引用了${found}年的年度工作文件`,
  signingYear: (date: string, expected: number) => `成文日期${date}与报告年度${expected}年不符`,
  docNumberYear: (found: number, expected: number) => `文号年份${found}早于报告年度${expected}`,
  otherUnit: (found: string, unit: string) => `出现其他单位（${found}），与报告单位（${unit}）不一致`,
  signatureUnit: (found: string, unit: string) => `落款单位（${found}）与报告单位（${unit}）不一致`,
  secondSignature: () => '报告出现第二处落款',
  foreignTail: (found: string) => `落款之后另有一段以“${found}”落款的文字，疑为误贴的其他单位文稿`,
  textAfterSignature: () => '落款之后仍有正文，疑似混入其他文稿',
  cutSentence: () => '句子中途断开，后接内容不连贯，疑有文字缺失',
  truncated: () => '文本在句中结束，疑似不完整',
  ownVocabulary: (wrong: string, right: string) =>
    `疑为错别字：“${wrong}”应为“${right}”（报告他处写作“${right}”）`,
  fixedTerm: (wrong: string, right: string) => `疑为错别字：“${wrong}”应为“${right}”（固定用语）`,
  termVariant: (wrong: string, right: string, source: string) =>
    `表述有误：“${wrong}”应为“${right}”（${source}）`,
  extraChar: (wrong: string, right: string) => `疑有多字：“${wrong}”应为“${right}”`,
  titleVariant: (wrong: string, right: string) => `文件名称有误：《${wrong}》应为《${right}》`,
  canonicalTerm: (wrong: string, right: string, edit: 'substituted' | 'swapped' | 'inserted') =>
    `${edit === 'substituted' ? '疑为错别字' : edit === 'swapped' ? '疑有字序颠倒' : '疑有多字'}：“${wrong}”应为“${right}”（固定表述）`,
  droppedChars: (wrong: string, right: string) => `疑有脱字：“${wrong}”应为“${right}”`,
  droppedVerb: (wrong: string) => `疑有脱字：“${wrong}”缺少动词，应为“纳入”“列入”等`,
  usage: (wrong: string, right: string, why: string) => `用词不当：“${wrong}”应为“${right}”（${why}）`,
  doubledMark: (marks: string) => `标点重复：“${marks}”多写了一个`,
  unclosedTitleMark: () => '书名号不成对：“《”之后没有对应的“》”',
  unpairedQuote: () => '引号不成对：“或”缺少与之对应的另一半',
  openingForClosingQuote: () => '引号有误：后引号误写成前引号“，应为”',
  strayTitleMark: () => '书名号不成对：“》”之前没有对应的“《”',
  unclosedBracket: () => '括号不成对：“（”之后没有对应的“）”',
  strayBracket: () => '括号不成对：“）”之前没有对应的“（”',
  periodNoNian: (period: string) => `文件名称中的期限缺少“年”字：“${period}”，应写作“…年）”`,
  yearDigits: (found: string) => `年份位数有误：“${found}”多写或漏写了数字`,
  rateNoPercent: (found: string) => `比率缺少百分号：“${found}”之后应有“%”`,
  yearNoNian: (digits: string) => `年份后缺少“年”字：“${digits}”应为“${digits}年”`,
  yearRangeNoDash: (a: string, b: string) => `年份区间缺少连接号：应为“${a}—${b}”`,
  dateNoYue: (found: string) => `日期缺少“月”字：“${found}”`,
  dateNoNian: (found: string) => `日期缺少“年”字：“${found}”`,
  dateNoRi: (found: string) => `日期不完整：“${found}”缺少日或“日”字`,
  yearAsMonth: (found: string) => `日期有误：“${found}”中年份后应为“年”字`,
  impossibleDate: (found: string) => `日期有误：不存在“${found}”`,
  docNumberBrackets: (found: string) =>
    `发文字号括号不规范：“${found}”中的年份应使用六角括号“〔〕”（GB/T 9704-2012 第7.2.3条）`,
  paragraphStop: (end: string) => `段末缺少标点：“${end}”之后应有句号`,
  docNumberGarbled: (found: string) => `发文字号不完整或有误：“${found}”`,
  docNumberLostBracket: (found: string, meant: string) =>
    `发文字号缺少六角括号的一半：“${found}”，应为“${meant}”`,
  docNumberLater: (found: number, year: number) =>
    `引用文件的文号年份${found}晚于报告年度${year}年之后一年，疑有误`,
  stalePlan: (found: string, expected: string, year: number) =>
    `${year}年度报告仍称“${found}”，该规划已由“${expected}”接续`,
  headingBracket: (found: string) => `标题序号括号不完整：“${found}”`,
  missingStop: (quote: string) => `疑缺标点：“${quote}”处两个分句直接相连`,
  gluedYear: (quote: string) => `语句残缺：“${quote}”前句未完即接下一句`,
  repeatedSubject: (subject: string) => `主语重复：句首已有“${subject}”，此处再次出现`,
  nationalPeriod: (name: string, right: string) => `《${name}》的期限有误：应为“${right}年”`,
  oddApproximation: (found: string) =>
    `用词不当：“${found}”中“余”只用于整十、整百等约数之后（如“十余”“20余”）`,
  slogan: (wrong: string, right: string) =>
    `表述有误：“${wrong}”应为“${right}”（《法治政府建设实施纲要（2021—2025年）》的法治政府目标表述）`,
} as const;

export const SECTION_NAMES = {
  measures_and_results: '推进法治政府建设的主要举措和成效',
  first_responsible_person: '党政主要负责人履行推进法治建设第一责任人职责情况',
  shortcomings: '存在的不足和原因',
  next_year_plan: '下一年度推进法治政府建设的主要安排',
} as const;
