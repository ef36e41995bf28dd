/**
 * Start-up phases, for `bench/restart-breakdown.mjs` (issue 17): with FAZHI_BOOT_TRACE=true each
 * mark records the milliseconds since the process started (`performance.now()`, whose origin is
 * the process's start) and the process's CPU time so far, and `bootTraceDone` prints them as one
 * JSON line on stderr. Off (the default) a mark costs one comparison.
 */
const enabled = process.env.FAZHI_BOOT_TRACE === 'true';
type Mark = { phase: string; ms: number; cpuMs: number };
/** bin/fazhi.mjs puts its own marks (node started, bundle checked, bundle loaded) in the same list. */
const shared = globalThis as { __fazhiBootMarks?: Mark[] };
const marks: Mark[] = shared.__fazhiBootMarks ?? [];
shared.__fazhiBootMarks = marks;

export function bootMark(phase: string): void {
  if (!enabled) return;
  const cpu = process.cpuUsage();
  marks.push({ phase, ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 });
}

export function bootTraceDone(): void {
  if (!enabled) return;
  bootMark('listening');
  process.stderr.write(`FAZHI_BOOT_TRACE ${JSON.stringify(marks)} ${performance.timeOrigin}\n`);
}
