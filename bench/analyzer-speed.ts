/**
 * Analyzer throughput (issue 12: ≥ 1,000 reports/s per core on 10,000-character reports).
 * Code path timed: `analyzeText(text, { file })` of core/analyzer/analyzeText.ts, exactly as
 * server/analysisWorker.ts (uploads) and server/analyzeFiles.ts (`fazhi analyze`) call it on
 * a file's text, run here from source through tsx on one thread; reading the file (docx/pdf
 * text extraction) is not timed. Reports are generated township reports (own wording, varied
 * numbers, PDF-style line breaks) of 10,000 characters as handed to analyzeText, line breaks
 * included. Three corpora:
 *  - realistic: figures about as dense as in real reports (roughly 40–60 per 10,000 characters), and
 *    no sentence written twice, as in a real report;
 *  - repetitive: the same figures in the earlier generator's prose, a pool of 23 sentences each written
 *    about ten times a report (about a hundred repeated-text findings a report; comparable with earlier runs);
 *  - dense: the earlier generator, where most sentences state three or four figures
 *    (about 250 figures a report), kept as a worst case for figure extraction.
 * Each corpus is warmed up, then timed in several runs; the median run is printed, in reports
 * per CPU-second of this process (process.cpuUsage: all its threads, so GC counts) — the
 * figure "per core" — beside the wall-clock rate and the load average, as the machine is shared.
 *   npx tsx bench/analyzer-speed.ts [CPU-seconds per run] [runs]
 */
import { loadavg } from 'node:os';
import { analyzeText } from '../core/analyzer/analyzeText';

const TARGET_CHARS = 10_000;
/** Sentences of the dense generator: five of fifteen state three or four figures. */
const SENTENCES = [
  (n: number) =>
    `全年组织党委理论学习中心组学法${(n % 12) + 4}次，会前学法${(n % 30) + 10}余次，举办法治专题讲座${(n % 6) + 1}场。`,
  (n: number) =>
    `开展普法宣传活动${(n % 20) + 5}场，发放宣传资料${((n % 9) + 1) * 500}余份，悬挂横幅${(n % 40) + 3}条，受众约${(n % 8) + 2}千人次。`,
  (n: number) =>
    `全镇持有行政执法证件人员${(n % 20) + 5}人，开展执法人员培训${(n % 5) + 1}次，参训${(n % 90) + 20}人次。`,
  (n: number) => `全年排查调处矛盾纠纷${(n % 100) + 50}件，调解成功${(n % 50) + 40}件，行政诉讼保持零败诉。`,
  (n: number) => `受理信访事项${(n % 30) + 10}件，已办结${(n % 10) + 10}件，办结率${90 + (n % 10)}%。`,
  () => '镇党委坚持把法治建设摆在全局工作的重要位置，定期研究部署重点任务，推动各项工作依法有序开展。',
  () => '围绕群众关心的热点难点问题，组织执法力量深入村组开展专项整治，及时回应群众合理诉求。',
  () => '严格落实重大行政决策合法性审查制度，对涉及群众切身利益的事项广泛听取意见，确保决策科学民主。',
  () => '各村（社区）结合农时和集市安排送法下乡，把法律知识送到田间地头和群众家门口。',
  () => '聘请律师担任政府法律顾问，列席党政联席会议，为征地拆迁、合同签订等事项出具法律意见。',
  () => '推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，执法行为更加规范透明。',
  () => '依托网格化管理及早发现矛盾隐患，做到小事不出村、大事不出镇，矛盾不上交。',
  () => '主动接受人大监督和政协民主监督，认真听取代表委员意见，自觉接受群众和舆论监督。',
  () => '将法治建设纳入年度综合考核，考核结果作为干部评先评优的重要参考，压紧压实工作责任。',
  () => '持续优化便民服务中心窗口设置，推行一次性告知和限时办结，群众办事更加便捷高效。',
];

/** More plain sentences for the realistic generator, where a figure sentence is one in fourteen. */
const PROSE = [
  '坚持领导干部带头尊法学法守法用法，把学法纳入班子成员年度学习计划，推动学法常态化。',
  '建立法治建设工作台账，明确牵头领导和责任科室，按季度梳理进展并督促落实。',
  '规范性文件起草前充分调研论证，起草后经合法性审核和集体讨论方可印发，从源头上防止违法文件出台。',
  '结合民法典宣传月、宪法宣传周等时间节点，利用赶集日和村民会议开展以案释法。',
  '推进村级法律顾问全覆盖，每月安排律师到村坐班，为群众解答土地流转、婚姻家庭等方面的法律问题。',
  '完善行政执法与刑事司法衔接机制，对发现的涉嫌犯罪线索依法移送有关部门处理。',
  '将政务公开工作与便民服务结合，通过公示栏、微信公众号等渠道及时公开惠民政策和办事指南。',
  '对照上级考核反馈意见逐项整改，建立问题清单、责任清单和整改清单，整改情况在班子会上通报。',
];

/**
 * Parts of the realistic generator's plain sentences: a subject, an action, a result and, in one sentence of
 * three, an opening phrase. Sentence n takes subject n mod 15 and action ⌊n/15⌋ mod 40, so within 600
 * consecutive sentences (a report has about 250) no subject-and-action clause comes twice: a real report does
 * not repeat its sentences, and the repeated-text check would otherwise report a hundred repeats a report (it
 * did on the earlier generator, now the `repetitive` corpus). Results and openings do recur, as stock phrases
 * do; each is a clause too short (and never two in a row long enough) to count as repeated text.
 */
const SUBJECTS = [
  '镇党委',
  '镇政府',
  '镇司法所',
  '镇综合行政执法队',
  '镇纪委',
  '镇综治中心',
  '镇党政办公室',
  '镇便民服务中心',
  '镇人大主席团',
  '镇财政所',
  '镇自然资源所',
  '镇应急办',
  '镇社会事务办',
  '镇经济发展办',
  '镇农业服务中心',
];
const ACTIONS = [
  '坚持把依法行政要求贯穿决策全过程',
  '健全重大事项集体讨论决定机制',
  '规范行政执法文书的制作和归档',
  '落实行政执法公示制度',
  '完善矛盾纠纷多元化解工作机制',
  '推进基层社会治理法治化',
  '加强合同审查和法律风险防控',
  '组织开展法律进乡村活动',
  '加强执法人员资格管理和证件年审',
  '梳理本单位权责清单并向社会公布',
  '推行柔性执法和说理式执法',
  '畅通群众诉求表达和权益保障渠道',
  '建立行政争议预防和化解工作机制',
  '强化规范性文件起草审核和备案',
  '组织干部职工旁听行政案件庭审',
  '健全政府法律顾问参与决策机制',
  '开展行政执法案卷评查',
  '推进政务服务事项标准化管理',
  '完善信访事项办理工作流程',
  '建立法治建设工作月调度制度',
  '落实领导干部应知应会法律清单',
  '加强安全生产领域执法检查',
  '规范涉企检查和行政处罚裁量',
  '推动公共法律服务向村组延伸',
  '开展防范电信网络诈骗宣传',
  '健全村规民约合法性审查机制',
  '加强重点人员排查和稳控',
  '推进乡村治理积分制管理',
  '完善基层调解组织网络',
  '落实谁执法谁普法责任制',
  '加强农村土地承包纠纷调处',
  '规范村级小微权力运行',
  '推行行政许可告知承诺制',
  '加强生态环境领域日常巡查',
  '完善突发事件应急处置预案',
  '建立法律明白人培养工作台账',
  '做好行政复议和应诉衔接工作',
  '推进网格员队伍规范化建设',
  '加强对村（社区）干部的法治培训',
  '健全政务公开信息发布审核机制',
];
const RESULTS = [
  '确保各项工作于法有据',
  '推动工作规范有序开展',
  '群众满意度稳步提升',
  '取得了较好成效',
  '有效防范了法律风险',
  '形成了长效工作机制',
  '各项任务按期完成',
  '基层治理水平不断提高',
  '工作质效明显提升',
  '营造了良好法治氛围',
  '相关做法得到上级肯定',
  '问题整改全部到位',
  '群众办事更加便捷',
  '执法行为更加规范',
  '依法决策水平持续提高',
  '纠纷化解更加及时',
  '工作责任层层压实',
  '制度执行更加有力',
  '矛盾隐患及早消除',
  '干部法治意识明显增强',
];
const OPENINGS = [
  '结合本地实际',
  '按照上级部署',
  '围绕年度重点任务',
  '以问题为导向',
  '今年以来',
  '对照年度计划',
  '针对薄弱环节',
  '在全镇范围内',
];
const uniqueSentence = (n: number) =>
  `${n % 3 === 0 ? `${OPENINGS[(n >> 2) % OPENINGS.length]}，` : ''}${SUBJECTS[n % SUBJECTS.length]}${
    ACTIONS[Math.floor(n / SUBJECTS.length) % ACTIONS.length]
  }，${RESULTS[(n * 7) % RESULTS.length]}。`;

/** For realistic reports: one sentence in fourteen states figures (three or four), the rest is prose. */
const FIGURE_SENTENCES = SENTENCES.slice(0, 5);
const PLAIN_SENTENCES = [...SENTENCES.slice(5).map((f) => f(0)), ...PROSE];
const figureSentence = (n: number) =>
  (FIGURE_SENTENCES[Math.floor(n / 14) % FIGURE_SENTENCES.length] as (n: number) => string)(n);
/**
 * Figure sentences of the realistic corpus: the same five subjects as the dense generator's, with figures
 * that agree with each other (调解成功 ≤ 调处, 办结率 = 办结 / 受理) and take many values (periods of 200 and
 * more), so that, as in a real report, no figure clause recurs and no rate contradicts its counts. Each opens
 * with the sentence's own subject-and-action clause.
 */
const REAL_FIGURES = [
  (n: number) =>
    `全年组织党委理论学习中心组学法${4 + (n % 9)}次，会前学法${10 + ((n * 3) % 23)}次，举办法治专题讲座${1 + ((n * 5) % 7)}场。`,
  (n: number) =>
    `开展普法宣传活动${5 + (n % 29)}场，发放宣传资料${300 + ((n * 37) % 4000)}余份，悬挂横幅${3 + ((n * 7) % 41)}条，受众约${2 + (n % 9)}千人次。`,
  (n: number) =>
    `全镇持有行政执法证件人员${5 + (n % 23)}人，开展执法人员培训${1 + ((n * 7) % 9)}次，参训${20 + ((n * 11) % 97)}人次。`,
  (n: number) => {
    const all = 50 + ((n * 13) % 151);
    return `全年排查调处矛盾纠纷${all}件，调解成功${all - (n % 7)}件，行政诉讼保持零败诉。`;
  },
  (n: number) => {
    const all = 10 + ((n * 17) % 61);
    const done = all - (n % 3);
    return `受理信访事项${all}件，已办结${done}件，办结率${((100 * done) / all).toFixed(1)}%。`;
  },
];
const realisticSentence = (n: number) =>
  n % 14 === 0
    ? `${SUBJECTS[n % SUBJECTS.length]}${ACTIONS[Math.floor(n / SUBJECTS.length) % ACTIONS.length]}，${(REAL_FIGURES[Math.floor(n / 14) % REAL_FIGURES.length] as (n: number) => string)(Math.floor(n / 14))}`
    : uniqueSentence(n);
const repetitiveSentence = (n: number) =>
  n % 14 === 0 ? figureSentence(n) : (PLAIN_SENTENCES[n % PLAIN_SENTENCES.length] as string);

/** A line of 28 characters, as the earlier generators broke them whatever the characters' widths. */
const byCount = (l: string) => l.match(/.{1,28}/g) ?? [];

/**
 * A line as a PDF page breaks it: by width, 56 half-widths, a Chinese character or mark two and a digit,
 * Latin letter or % one, so a line with figures holds more characters (breaking by count made lines with
 * digits look short, and the reader took them for a paragraph's end).
 */
function byWidth(l: string): string[] {
  const out: string[] = [];
  let from = 0;
  let w = 0;
  for (let i = 0; i < l.length; i++) {
    const cw = l.charCodeAt(i) < 0x80 ? 1 : 2;
    if (w + cw > 56) {
      out.push(l.slice(from, i));
      from = i;
      w = 0;
    }
    w += cw;
  }
  if (from < l.length) out.push(l.slice(from));
  return out;
}

function report(
  seed: number,
  sentence: (n: number) => string,
  wrap: (l: string) => string[] = byCount,
): string {
  const lines = [
    '示例镇2024年法治政府建设年度报告',
    '2024年，示例镇扎实推进法治政府建设，现将情况报告如下。',
  ];
  const parts = [
    '一、主要举措和成效',
    '二、党政主要负责人履行推进法治建设第一责任人职责情况',
    '三、存在的不足和原因',
    '四、2025年工作安排',
  ];
  let n = seed;
  for (const [p, heading] of parts.entries()) {
    lines.push(heading);
    for (let k = 1; k <= 6; k++) {
      let para = `（${'一二三四五六'[k - 1]}）`;
      while (para.length < (p === 0 ? 420 : 120)) para += sentence(n++);
      lines.push(para);
    }
  }
  const signature = ['示例镇人民政府', '2025年1月15日'];
  // Break lines (28 characters, or by width) with blank lines between, as PDF copies arrive.
  const render = () => [...lines, ...signature].flatMap(wrap).join('\n\n');
  // Sentences are added to the opening part until the text, line breaks included, is
  // TARGET_CHARS long (the text analyzeText is given, not its characters without breaks).
  let text = render();
  while (text.length < TARGET_CHARS) {
    lines.splice(3, 0, sentence(n++));
    text = render();
  }
  return text;
}

/** The earlier generator's reports (about 250 figures each), unchanged. */
export function syntheticReport(seed: number): string {
  return report(seed, (n) => (SENTENCES[n % SENTENCES.length] as (n: number) => string)(n + 1));
}

/** Reports with a realistic density of figures and, as real reports, no sentence written twice. */
export function realisticReport(seed: number): string {
  return report(seed, realisticSentence, byWidth);
}

/**
 * The earlier realistic generator: the same figures, but its plain sentences come from a pool of 23, so each
 * recurs about ten times a report and the repeated-text check reports about a hundred repeats. Kept as a
 * worst case for the defect checks' work per finding, and to compare with earlier measurements.
 */
export function repetitiveReport(seed: number): string {
  return report(seed, repetitiveSentence);
}

/** CPU seconds this process used since `since` (process.cpuUsage: user + system, all threads). */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** The file name the server passes with each upload's text (analysisWorker: job.name). */
const FILE = '示例镇2024年法治政府建设年度报告.pdf';

function measure(name: string, corpus: readonly string[], seconds: number, runs: number): void {
  const chars = corpus.reduce((a, r) => a + r.length, 0) / corpus.length;
  const loadBefore = load();
  let figures = 0;
  // Warm-up: JIT and the catalog's compiled patterns, for a CPU-second and at least two passes
  // over the corpus. Counted in CPU time: on a loaded machine a wall-clock second gave the
  // process a fraction of that, and the first timed run was still warming up.
  const warm = process.cpuUsage();
  for (let i = 0; cpuSeconds(warm) < 1 || i < 2 * corpus.length; i++) {
    const r = analyzeText(corpus[i % corpus.length] as string, { file: FILE });
    if (i < corpus.length) figures += r.indicators.length;
  }
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let run = 0; run < runs; run++) {
    let done = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    // Each run lasts `seconds` of this process's CPU time (all its threads, so GC work counts
    // too): on a shared machine the wall-clock rate also counts time other processes held the core.
    while (cpuSeconds(cpu) < seconds) analyzeText(corpus[done++ % corpus.length] as string, { file: FILE });
    rates.push(done / ((performance.now() - start) / 1000));
    cpuRates.push(done / cpuSeconds(cpu));
  }
  console.log(
    `${name}: analyzeText ${median(cpuRates).toFixed(0)} reports per CPU-second ` +
      `(median of ${runs} runs: ${cpuRates.map((r) => r.toFixed(0)).join('/')}); ` +
      `wall ${median(rates).toFixed(0)} reports/s; ${Math.round(chars)} chars, ` +
      `${Math.round(figures / corpus.length)} indicators each; load average ${loadBefore} → ${load()}`,
  );
}

function main(): void {
  const seconds = Number(process.argv[2] ?? 2);
  const runs = Number(process.argv[3] ?? 5);
  measure(
    'realistic ',
    Array.from({ length: 50 }, (_, i) => realisticReport(i * 7)),
    seconds,
    runs,
  );
  measure(
    'repetitive',
    Array.from({ length: 50 }, (_, i) => repetitiveReport(i * 7)),
    seconds,
    runs,
  );
  measure(
    'dense    ',
    Array.from({ length: 50 }, (_, i) => syntheticReport(i * 7)),
    seconds,
    runs,
  );
}

if (/analyzer-speed\.m?[jt]s$/.test(process.argv[1] ?? '')) main();
