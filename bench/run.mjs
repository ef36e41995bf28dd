// `npm run bench`: every benchmark in turn, each printing its own figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

for (const b of ['startup.mjs', 'me.mjs', 'analyze-cli.mjs', 'list-throughput.mjs']) {
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, b)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
