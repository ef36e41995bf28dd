import { mulberry32 } from '../../random';

/**
 * Synthetic report-like text for copy-detection tests and the benchmark: random
 * sentences over a vocabulary of administrative words written for this purpose
 * (not taken from real reports). Deterministic for a given seed.
 */
const WORDS = (
  '法治 建设 政府 依法 行政 执法 监督 调解 纠纷 矛盾 信访 群众 服务 窗口 规范 制度 ' +
  '乡镇 街道 村居 社区 网格 干部 队伍 培训 考核 责任 落实 推进 加强 完善 健全 开展 ' +
  '组织 专项 整治 排查 隐患 安全 生产 消防 交通 环境 保护 农业 农村 土地 宅基地 林地 ' +
  '水利 道路 集体 资产 财务 公开 审计 合同 审查 重大 决策 程序 听证 评估 备案 文件 ' +
  '清理 案卷 评查 证据 裁量 基准 处罚 许可 检查 公示 记录 全过程 法制 审核 复议 诉讼 ' +
  '应诉 出庭 负责人 顾问 律师 公证 援助 普法 宣传 讲座 课堂 学校 青少年 老年人 妇女 ' +
  '儿童 残疾人 困难 救助 低保 医疗 养老 就业 工资 欠薪 劳动 仲裁 物业 邻里 婚姻 家庭 ' +
  '赡养 继承 债务 借贷 损害 赔偿 工伤 事故 征收 补偿 拆迁 项目 工程 招标 采购 资金 ' +
  '台账 档案 数据 平台 系统 信息化 线上 办理 时限 效率 质量 满意度 回访 反馈 整改 问题 ' +
  '短板 不足 原因 措施 成效 经验 做法 亮点 示范 创建 基层 治理 自治 德治 共建 共享'
).split(' ');

const NUMBERS = ['12', '35', '48', '126', '2024', '3', '7', '96.5%', '100%', '21'];

/** A seeded generator, so every run builds the same batch. */
export const seededRandom = mulberry32;

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

/**
 * 4,000 pseudo-words of 2–4 ideographs, drawn once with a fixed seed. Real reports use
 * thousands of distinct words; with only the 160 words above, any two reports would
 * share most of their 5-character shingles, which no real batch does.
 */
const PSEUDO_WORDS: string[] = (() => {
  const rng = seededRandom(99);
  return Array.from({ length: 4000 }, () => {
    const n = 2 + Math.floor(rng() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += String.fromCharCode(0x4e00 + Math.floor(rng() * 0x1400));
    return w;
  });
})();

/** Three words in ten from the administrative list; the rest skewed towards the first pseudo-words, as word use is. */
function word(rng: () => number): string {
  if (rng() < 0.3) return pick(rng, WORDS);
  const r = rng();
  return PSEUDO_WORDS[Math.floor(r * r * PSEUDO_WORDS.length)] as string;
}

/** One sentence of 6–14 words, sometimes with a figure, ending in 。 */
export function sentence(rng: () => number): string {
  const n = 6 + Math.floor(rng() * 9);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += word(rng);
    if (rng() < 0.08) s += `${pick(rng, NUMBERS)}件`;
    if (i > 0 && i < n - 1 && rng() < 0.15) s += '，';
  }
  return `${s}。`;
}

/** A report of about `chars` characters: sentences grouped in paragraphs of 3–6. */
export function syntheticReport(rng: () => number, chars: number, title = ''): string {
  const paragraphs: string[] = title ? [title] : [];
  let length = title.length;
  while (length < chars) {
    let p = '';
    const count = 3 + Math.floor(rng() * 4);
    for (let i = 0; i < count; i++) p += sentence(rng);
    paragraphs.push(p);
    length += p.length + 1;
  }
  return paragraphs.join('\n');
}

/*
 * Report-like prose for the benchmark: sentences assembled from the stock phrases
 * township reports are made of (wording written for this file), so that unrelated
 * reports share many short phrases — 5- to 12-character collocations in hundreds of
 * reports — and every report carries some of a few boilerplate paragraphs. This is
 * the hard case for LSH: common wording makes unrelated windows collide.
 */
const ADVERBS = '深入 扎实 持续 全面 切实 进一步 积极 大力 不断 认真 稳步 有序 着力 统筹 精准 严格'.split(
  ' ',
);
const VERBS = (
  '推进 开展 落实 加强 完善 健全 规范 组织 强化 深化 提升 推行 建立 实施 抓好 优化 ' +
  '压实 细化 聚焦 夯实 推动 构建 做实 拓展'
).split(' ');
const DOMAINS = (
  '行政执法 矛盾纠纷 普法宣传 合法性审查 法律顾问 安全生产 信访工作 基层治理 人民调解 ' +
  '公共法律服务 重大行政决策 行政复议 行政应诉 规范性文件 法治教育 执法监督 政务公开 ' +
  '诚信建设 网格化管理 社会治安 综合执法 村务监督 法治乡村 民主法治示范村 营商环境 ' +
  '涉法涉诉 风险防控 领导干部学法 证明事项告知承诺 执法案卷 公平竞争审查 法律援助'
).split(' ');
const ASPECTS = (
  '工作 机制 制度 体系 能力 水平 责任制 队伍建设 专项行动 排查整治 工作台账 ' +
  '考核评价 全过程记录 清单管理 培训轮训 督查督办 备案审查 宣传教育 阵地建设 质效'
).split(' ');
const GOALS = (
  '确保各项任务落到实处 切实维护群众合法权益 推动工作提质增效 为高质量发展提供法治保障 ' +
  '不断提升群众满意度 筑牢基层法治根基 营造良好法治氛围 做到应办尽办 实现小事不出村大事不出镇 ' +
  '防止问题反弹回潮 形成长效工作机制 增强干部依法办事意识'
).split(' ');
const COUNTED = (
  '开展法治讲座 调处矛盾纠纷 办理法律援助案件 审查合同 审核规范性文件 组织执法检查 ' +
  '受理群众来信来访 排查安全隐患 培训网格员 发放宣传资料 回访当事人 评查执法案卷'
).split(' ');
const OPENERS = [
  '今年以来，',
  '一年来，',
  '报告期内，',
  '同时，',
  '此外，',
  '针对上年度发现的问题，',
  '',
  '',
  '',
];
const PROBLEMS = (
  '部分干部法治意识还不够强 执法人员专业能力有待提升 基层法治力量相对薄弱 普法宣传形式还比较单一 ' +
  '矛盾纠纷源头预防还不到位 行政执法规范化程度仍需提高 法律顾问作用发挥不够充分 信息化手段运用不够'
).split(' ');
/** Two-character village names are drawn from these (1,600 names); each unit has eight of its own. */
const VILLAGE_SYLLABLES = '东西南北上下前后大小新老红金银石柳杏桃李马王张刘高岗湾坪河桥庄集沟岭山塘坡营屯寨';

/**
 * The villages of `unit`: eight names chosen by a seed taken from the unit's name. Villages
 * belong to one township, so two reports name the same village only when they are the
 * same unit's; a shared list of 16 for every township made date-and-village phrases
 * common wording across a province's reports, which no real batch has.
 */
const villageCache = new Map<string, string[]>();
function villagesOf(unit: string): string[] {
  const cached = villageCache.get(unit);
  if (cached) return cached;
  let seed = 0x811c9dc5;
  for (let i = 0; i < unit.length; i++) seed = Math.imul(seed ^ unit.charCodeAt(i), 0x01000193);
  const rng = seededRandom(seed);
  const syllable = () => VILLAGE_SYLLABLES[Math.floor(rng() * VILLAGE_SYLLABLES.length)] as string;
  const villages = Array.from({ length: 8 }, () => `${syllable()}${syllable()}`);
  villageCache.set(unit, villages);
  return villages;
}
export const BOILER_PARAGRAPHS = [
  '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大和二十届历次全会精神，认真落实上级关于法治政府建设的决策部署。',
  '现将本年度法治政府建设情况报告如下。',
  '下一步，我们将坚持问题导向，持续加大工作力度，奋力推动法治政府建设迈上新台阶。',
  '党政主要负责人切实履行推进法治建设第一责任人职责，将法治建设纳入年度工作要点，做到与经济社会发展同部署、同推进、同督促、同考核、同奖惩。',
];
const HEADINGS = [
  '一、主要工作和成效',
  '二、存在的问题和不足',
  '三、下一步工作打算',
  '（一）',
  '（二）',
  '（三）',
];

function clause(rng: () => number): string {
  return `${pick(rng, ADVERBS)}${pick(rng, VERBS)}${pick(rng, DOMAINS)}${pick(rng, ASPECTS)}`;
}

const ROLES =
  '村干部 网格员 调解员 执法人员 法律明白人 驻村律师 党员 群众代表 学生 企业负责人 志愿者 退役军人'.split(
    ' ',
  );
const EVENTS =
  '现场会 培训班 座谈会 集中宣讲 入户走访 以案释法 模拟法庭 普法赶集 专题党课 联合检查 夜间巡查 案卷交叉评查'.split(
    ' ',
  );
const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗'.split('');

/** The specifics every real report sentence carries: a date, a place, who, how many. */
function detail(rng: () => number, villages: string[]): string {
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const r = rng();
  if (r < 0.4)
    return `${month}月${day}日在${pick(rng, villages)}村组织${pick(rng, EVENTS)}，${pick(rng, ROLES)}${3 + Math.floor(rng() * 200)}人参加`;
  if (r < 0.7)
    return `${pick(rng, villages)}村${pick(rng, SURNAMES)}某与${pick(rng, SURNAMES)}某因${pick(rng, ['宅基地界址', '土地流转费', '房屋漏水', '林木归属', '工程欠款', '赡养费用'])}发生纠纷，经${pick(rng, ROLES)}${1 + Math.floor(rng() * 5)}次调解达成协议`;
  return `${month}月起由${pick(rng, SURNAMES)}${pick(rng, ['书记', '镇长', '所长', '主任'])}牵头，抽调${pick(rng, ROLES)}${2 + Math.floor(rng() * 30)}名组成专班`;
}

/** One report-like sentence about `unit`, ending in 。 */
export function reportSentence(rng: () => number, unit: string): string {
  const villages = villagesOf(unit);
  if (rng() < 0.45) return `${pick(rng, OPENERS)}${detail(rng, villages)}，${clause(rng)}。`;
  const r = rng();
  const open = pick(rng, OPENERS);
  if (r < 0.35) return `${open}${clause(rng)}，${clause(rng)}，${pick(rng, GOALS)}。`;
  if (r < 0.55) {
    const n = 2 + Math.floor(rng() * 300);
    return `${open}全年共${pick(rng, COUNTED)}${n}次，${pick(rng, COUNTED)}${1 + Math.floor(rng() * 90)}件，办结率${90 + Math.floor(rng() * 11)}%。`;
  }
  if (r < 0.7) {
    const v = pick(rng, villages);
    return `${open}在${v}村试点${pick(rng, DOMAINS)}${pick(rng, ASPECTS)}，由${unit}${pick(rng, ['司法所', '综治中心', '党政办', '综合执法队'])}牵头，${clause(rng)}。`;
  }
  if (r < 0.8)
    return `${pick(rng, DOMAINS)}方面，${pick(rng, PROBLEMS)}，${pick(rng, ['个别', '少数', '部分'])}${pick(rng, villages)}等村${pick(rng, DOMAINS)}${pick(rng, ASPECTS)}还不够完善。`;
  return `${open}${unit}${clause(rng)}，${pick(rng, GOALS)}。`;
}

/** A report of about `chars` characters: title, boilerplate, headed sections of report-like sentences. */
export function reportProse(rng: () => number, chars: number, unit: string, year: number): string {
  const parts = [
    `${unit}${year}年法治政府建设工作情况报告`,
    `${year}年，${unit}${clause(rng)}，${reportSentence(rng, unit)}`,
    BOILER_PARAGRAPHS[0] as string,
    BOILER_PARAGRAPHS[1] as string,
  ];
  let length = parts.reduce((n, p) => n + p.length, 0);
  let section = 0;
  while (length < chars) {
    let p = rng() < 0.3 ? `${HEADINGS[section++ % HEADINGS.length]}\n` : '';
    const count = 3 + Math.floor(rng() * 5);
    for (let i = 0; i < count; i++) p += reportSentence(rng, unit);
    if (rng() < 0.05) p += BOILER_PARAGRAPHS[2 + Math.floor(rng() * 2)] as string;
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n');
}
