/**
 * Analyzer throughput (issue 12: ≥ 1,000 reports/s per core on 10,000-character reports).
 * Code path timed: `analyzeText(text, { file })` of core/analyzer/analyzeText.ts, exactly as
 * server/analysisWorker.ts (uploads) and server/analyzeFiles.ts (`fazhi analyze`) call it on
 * a file's text, run here from source through tsx on one thread; reading the file (docx/pdf
 * text extraction) is not timed. Reports are generated township reports (own wording, varied
 * numbers, PDF-style line breaks) of 10,000 characters as handed to analyzeText, line breaks
 * included. Two corpora:
 *  - realistic: figures about as dense as in real reports (roughly 40–60 per 10,000 characters);
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

/** For realistic reports: one sentence in fourteen states figures (three or four), the rest is prose. */
const FIGURE_SENTENCES = SENTENCES.slice(0, 5);
const PLAIN_SENTENCES = [...SENTENCES.slice(5).map((f) => f(0)), ...PROSE];
const realisticSentence = (n: number) =>
  n % 14 === 0
    ? (FIGURE_SENTENCES[Math.floor(n / 14) % FIGURE_SENTENCES.length] as (n: number) => string)(n)
    : (PLAIN_SENTENCES[n % PLAIN_SENTENCES.length] as string);

function report(seed: number, sentence: (n: number) => string): string {
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
  // Break at 28 characters with blank lines between, as PDF copies arrive.
  const render = () => [...lines, ...signature].flatMap((l) => l.match(/.{1,28}/g) ?? []).join('\n\n');
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

/** Reports with a realistic density of figures. */
export function realisticReport(seed: number): string {
  return report(seed, realisticSentence);
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
    'realistic',
    Array.from({ length: 50 }, (_, i) => realisticReport(i * 7)),
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
