import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { JobQueue } from './jobQueue';

/** A job that runs until released, recording what it saw. */
function gate() {
  let open: (v: string) => void = () => undefined;
  const opened = new Promise<string>((r) => {
    open = r;
  });
  return {
    open,
    job: (log: string[], name: string) => async (signal: AbortSignal) => {
      log.push(`start ${name}`);
      const v = await Promise.race([
        opened,
        new Promise<string>((_, reject) =>
          signal.addEventListener('abort', () => reject(new Error(`aborted ${name}`))),
        ),
      ]);
      log.push(`end ${name}`);
      return v;
    },
  };
}

const busy = '正在生成的 PDF 较多，请稍后再试';

describe('JobQueue', () => {
  it('runs one at a time in order, and refuses one more than the line holds with a Chinese 503', async () => {
    const q = new JobQueue({ running: 1, waiting: 2, busy });
    const log: string[] = [];
    const [a, b, c] = [gate(), gate(), gate()];
    const never = new AbortController().signal;
    const ra = q.run(a.job(log, 'a'), never);
    const rb = q.run(b.job(log, 'b'), never);
    const rc = q.run(c.job(log, 'c'), never);
    await Promise.resolve();
    expect(q.load).toEqual({ running: 1, waiting: 2 });
    const refused = await q.run(async () => 'd', never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('UNAVAILABLE');
    expect((refused as AppError).message).toContain('较多');
    a.open('A');
    expect(await ra).toBe('A');
    b.open('B');
    c.open('C');
    expect([await rb, await rc]).toEqual(['B', 'C']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(q.load).toEqual({ running: 0, waiting: 0 });
  });

  it('drops a waiting job whose requester left, and stops a running one through its signal', async () => {
    const q = new JobQueue({ running: 1, waiting: 3, busy });
    const log: string[] = [];
    const [a, b, c] = [gate(), gate(), gate()];
    const left = new AbortController();
    const gone = new AbortController();
    const ra = q.run(a.job(log, 'a'), gone.signal);
    const rb = q.run(b.job(log, 'b'), left.signal);
    const rc = q.run(c.job(log, 'c'), new AbortController().signal);
    await Promise.resolve();
    left.abort(new Error('client closed'));
    await expect(rb).rejects.toThrow('client closed');
    expect(q.load).toEqual({ running: 1, waiting: 1 });
    gone.abort();
    await expect(ra).rejects.toThrow('aborted a');
    c.open('C');
    expect(await rc).toBe('C');
    // b never started: its requester had gone before its turn
    expect(log).toEqual(['start a', 'start c', 'end c']);
    expect(q.load).toEqual({ running: 0, waiting: 0 });
  });
});
