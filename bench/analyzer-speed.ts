/**
 * Analyzer throughput on generated 10,000-character township reports (own wording,
 * varied numbers, PDF-style line breaks). Figures are as dense as in real reports (about one
 * sentence in three states numbers). Prints reports per second on one core.
 *   npx tsx bench/analyzer-speed.ts [seconds]
 */
import { analyzeText } from '../core/analyzer/analyzeText';

const TARGET_CHARS = 10_000;
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

export function syntheticReport(seed: number): string {
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
  let size = 0;
  let n = seed;
  for (const [p, heading] of parts.entries()) {
    lines.push(heading);
    for (let k = 1; k <= 6; k++) {
      let para = `（${'一二三四五六'[k - 1]}）`;
      while (para.length < (p === 0 ? 420 : 120))
        para += (SENTENCES[n++ % SENTENCES.length] as (n: number) => string)(n);
      lines.push(para);
      size += para.length;
    }
  }
  while (size < TARGET_CHARS) {
    const s = (SENTENCES[n++ % SENTENCES.length] as (n: number) => string)(n);
    lines.splice(3, 0, s);
    size += s.length;
  }
  lines.push('示例镇人民政府', '2025年1月15日');
  // Break at 28 characters with blank lines between, as PDF copies arrive.
  return lines.flatMap((l) => l.match(/.{1,28}/g) ?? []).join('\n\n');
}

function main(): void {
  const seconds = Number(process.argv[2] ?? 3);
  const corpus = Array.from({ length: 50 }, (_, i) => syntheticReport(i * 7));
  const chars = corpus.reduce((a, r) => a + r.length, 0) / corpus.length;
  for (const r of corpus) analyzeText(r); // warm-up: JIT and the catalog's compiled patterns
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) analyzeText(corpus[done++ % corpus.length] as string);
  const elapsed = (performance.now() - start) / 1000;
  console.log(
    `analyzer: ${(done / elapsed).toFixed(0)} reports/s (${Math.round(chars)} chars each, ${done} in ${elapsed.toFixed(1)} s)`,
  );
}

if (process.argv[1]?.endsWith('analyzer-speed.ts')) main();
