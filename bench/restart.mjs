// Restart on an existing data dir → /api/health 200, and the idle RSS by component (issue 17).
// Targets: restart ≤ 1 s, idle RSS ≤ 180 MB. Code path: `fazhi serve` from the bundle (PGlite, demo
// seeded by a first start that is not timed), with npm start's node flags, and the same without
// `--liftoff-only` beside it (V8 then also compiles PGlite's 8 MB WebAssembly module with
// TurboFan: CPU at start and ~60 MB of code). Wall and CPU ms (user + system of the server) are
// printed with the load average: the machine is shared, so CPU is the steadier figure.
// RSS by component, from /proc/<pid>/smaps 5 s after start: PGlite's WebAssembly memory (the one
// anonymous mapping of ≥ 128 MiB; only touched pages count), the node binary, malloc's heap,
// and every other anonymous mapping (V8's JS heap, compiled code, array buffers); the JS heap in
// use from /metrics.
//   node bench/restart.mjs            RUNS=3
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAvg, median, NODE_FLAGS, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const RUNS = Number(process.env.RUNS ?? 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-restart-'));
const env = { FAZHI_DATA_DIR: dir, DATABASE_URL: '', FAZHI_METRICS: 'true' };

function rssByComponent(pid) {
  const parts = { wasmMemory: 0, nodeBinary: 0, mallocHeap: 0, otherAnonymous: 0, files: 0 };
  let cur = null;
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const size = Number.parseInt(head[2], 16) - Number.parseInt(head[1], 16);
      const name = head[3] ?? '';
      cur =
        name === '' && size >= 128 * 1024 * 1024
          ? 'wasmMemory'
          : name.endsWith('/node')
            ? 'nodeBinary'
            : name === '[heap]'
              ? 'mallocHeap'
              : name === '' || name.startsWith('[')
                ? 'otherAnonymous'
                : 'files';
    } else if (cur && line.startsWith('Rss:')) parts[cur] += Number(line.split(/\s+/)[1]) / 1024;
  }
  return parts;
}

async function jsHeapMb(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^nodejs_heap_used_bytes (\d+)/m.exec(text)?.[1] ?? 0) / 1048576;
}

const first = await startServer(env);
console.log(
  `restart (PGlite, demo seeded by a first start of ${first.ms.toFixed(0)} ms, CPU ${first.cpuMs} ms), ${RUNS} runs each, load ${loadAvg()}`,
);
await stopServer(first.child);

const variants = [
  [`npm start's flags (${NODE_FLAGS.join(' ')})`, NODE_FLAGS],
  ['the same without --liftoff-only', NODE_FLAGS.filter((f) => f !== '--liftoff-only')],
];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(0)} / ${median(s).toFixed(0)} / ${s.at(-1).toFixed(0)}`;
};
try {
  for (const [label, flags] of variants) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const s = await startServer(env, [], flags);
      const at = { ms: s.ms, cpu: s.cpuMs, load: loadAvg() };
      await new Promise((r) => setTimeout(r, 5000));
      runs.push({ ...at, parts: rssByComponent(s.child.pid), heap: await jsHeapMb(s.base) });
      await stopServer(s.child);
    }
    console.log(`  ${label}`);
    console.log(
      `    restart → healthy, ms min / median / max: ${stats(runs.map((r) => r.ms))}   target ≤ 1000`,
    );
    console.log(`    CPU ms min / median / max: ${stats(runs.map((r) => r.cpu))}`);
    const total = runs.map((r) => Object.values(r.parts).reduce((a, b) => a + b, 0));
    console.log(`    idle RSS 5 s after start, MB min / median / max: ${stats(total)}   target ≤ 180`);
    const comp = Object.keys(runs[0].parts)
      .map((k) => `${k} ${median(runs.map((r) => r.parts[k])).toFixed(1)}`)
      .join(', ');
    console.log(
      `    by component (median MB): ${comp}; JS heap in use ${median(runs.map((r) => r.heap)).toFixed(1)}`,
    );
    console.log(`    load average at each run: ${runs.map((r) => r.load).join(' | ')}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
