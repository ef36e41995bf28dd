// `fazhi analyze <file>` wall time for one report, as an operator runs it (issue 17): the whole
// process, from spawn to exit, min/median/max of RUNS. Code paths: `node bin/fazhi.mjs analyze`
// (bin → dist/server/analyze.mjs, the analyze-only bundle, when it is fresh) and `npx fazhi
// analyze` (npm's own start-up on top). Target ≤ 0.5 s. CPU ms (user + system of the child) is
// printed beside the wall time, with the load average: the machine is shared.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, loadAvg, ROOT } from './lib.mjs';

await import('../scripts/build-server.mjs');
const RUNS = Number(process.env.RUNS ?? 7);

// a township report of about 3,000 characters in its usual parts (own wording)
const parts = [
  '示例镇人民政府2025年法治政府建设年度报告',
  '2025年，示例镇坚持以法治思想为指导，全年组织党委理论学习中心组学法6次，开展普法宣传活动12场，排查调处矛盾纠纷86件，调解成功82件。',
  '一、主要举措和成效',
  '严格落实重大行政决策合法性审查制度，聘请律师担任政府法律顾问，全年审查合同18份。推行行政执法公示、执法全过程记录和重大执法决定法制审核制度。',
  '二、存在的不足和原因',
  '法治宣传形式较为单一，执法人员业务能力有待提高。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记、镇长切实履行第一责任人职责，专题研究法治建设4次。',
  '四、2026年推进法治政府建设的主要安排',
  '持续深化法治政府建设，加强执法队伍培训。',
];
const text = `${parts.join('\n')}\n${'各村结合农时开展送法下乡活动，发放宣传资料500余份。\n'.repeat(60)}`;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-analyze-')), '示例镇2025.txt');
fs.writeFileSync(file, text);

/** CPU time of waited-for children so far (cutime + cstime of this process), in ms. */
function childCpuMs() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
}

function time(cmd, args, runs) {
  const wall = [];
  const cpu = [];
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const c0 = childCpuMs();
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
    wall.push(performance.now() - t0);
    cpu.push(childCpuMs() - c0);
    loads.push(loadAvg().split(' ')[0]);
    if (r.status !== 0 || (args.length > 2 && !r.stdout.includes('2025')))
      throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  }
  return { wall, cpu, loads };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)}  median ${s[Math.floor(s.length / 2)].toFixed(0)}  max ${s.at(-1).toFixed(0)}`;
};
console.log(
  `fazhi analyze, one ${text.length}-character .txt report, ${RUNS} runs; load average now ${loadAvg()}`,
);
for (const [label, cmd, args, runs] of [
  ['node -e 0 (node start-up alone)', process.execPath, ['-e', '0'], RUNS],
  ['node bin/fazhi.mjs analyze', process.execPath, [BIN, 'analyze', file], RUNS],
  ['node bin/fazhi.mjs analyze --json', process.execPath, [BIN, 'analyze', '--json', file], RUNS],
  ['npx fazhi analyze', 'npx', ['fazhi', 'analyze', file], Math.min(RUNS, 3)],
]) {
  const r = time(cmd, args, runs);
  console.log(
    `  ${label.padEnd(36)} wall ms ${stats(r.wall)}   CPU ms ${stats(r.cpu)}   load ${r.loads.join(' ')}`,
  );
}
fs.rmSync(path.dirname(file), { recursive: true, force: true });
