/**
 * Analysis time against text size for the shape that froze the server (issue 14 §1.1): a plain
 * text report of very many short sections, each opened by a heading and stating a figure or two.
 * Sizes double from the first; linear analysis roughly doubles its time at each step, quadratic
 * analysis quadruples it. Prints one line per size and the growth factor between steps.
 *   npx tsx bench/analyzer-large.ts [first size in characters] [steps]
 */
import { analyzeText } from '../core/analyzer/analyzeText';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOPICS = ['主要举措和成效', '存在的不足和原因', '下一年度工作计划', '党政主要负责人履行职责情况'];

/** Synthetic wording of our own: a heading and one sentence with figures, repeated with varied numbers. */
function build(chars: number): string {
  const parts = ['某某镇2025年法治政府建设年度报告\n'];
  let n = 0;
  let len = parts[0]?.length ?? 0;
  while (len < chars) {
    const top = `${CN[n % 10]}、${TOPICS[n % 4]}\n`;
    const sub = `（${CN[(n >> 2) % 10]}）第${n}项工作\n`;
    const body = `2025年开展普法活动${(n % 40) + 3}场，受理纠纷${(n % 90) + 7}件，办结率${90 + (n % 10)}%。\n`;
    parts.push(top, sub, body);
    len += top.length + sub.length + body.length;
    n++;
  }
  return parts.join('').slice(0, chars);
}

function timeOnce(text: string): number {
  const t0 = performance.now();
  analyzeText(text, { file: 'bench.txt' });
  return performance.now() - t0;
}

const first = Number(process.argv[2] ?? 250_000);
const steps = Number(process.argv[3] ?? 4);
timeOnce(build(20_000)); // warm up the JIT
let prev = 0;
for (let i = 0; i < steps; i++) {
  const size = first * 2 ** i;
  const text = build(size);
  const ms = Math.min(timeOnce(text), timeOnce(text));
  const growth = prev ? (ms / prev).toFixed(2) : '-';
  console.log(
    `${(size / 1e6).toFixed(2)} M chars  ${ms.toFixed(0).padStart(7)} ms  ×${growth} vs half the size`,
  );
  prev = ms;
}
