import fs from 'node:fs';

const STAT = `/proc/self/task/${process.pid}/stat`;

/**
 * CPU time the process's main thread has used, in ms (Linux: /proc, 10 ms ticks); null where the
 * system has no /proc (macOS). A probe's wall-clock latency also counts the time the machine gave
 * to other processes (two test suites share CI's two cores); the main thread's own CPU time over
 * the probe counts only work done on that thread, so a computation left on it shows whatever the load.
 */
export function mainThreadCpuMs(): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(STAT, 'utf8');
  } catch {
    return null;
  }
  // fields after the command name (which may hold spaces) in ")": utime and stime are 14 and 15
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
