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

/** mulberry32: a small seeded PRNG, so every run builds the same batch. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
