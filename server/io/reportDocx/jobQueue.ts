import { AppError } from '../../../core/errors';

/**
 * A bounded queue for slow jobs (PDF conversion): `running` at a time, at most `waiting`
 * more in line; one more is refused at once with 503 and a Chinese message instead of
 * waiting minutes. A job whose requester has gone (its signal aborts) leaves the line, or,
 * if it is running, is told through the signal it runs with so it can stop its work.
 */
export class JobQueue {
  private active = 0;
  private readonly line: { go: () => void; signal: AbortSignal }[] = [];

  constructor(private readonly limits: { running: number; waiting: number; busy: string }) {}

  /** Jobs running and waiting now (for tests and metrics). */
  get load() {
    return { running: this.active, waiting: this.line.length };
  }

  async run<T>(job: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
    signal.throwIfAborted();
    if (this.active >= this.limits.running) {
      if (this.line.length >= this.limits.waiting) {
        throw new AppError('UNAVAILABLE', { detail: this.limits.busy });
      }
      await new Promise<void>((resolve, reject) => {
        const entry = {
          signal,
          go: () => {
            signal.removeEventListener('abort', leave);
            resolve();
          },
        };
        const leave = () => {
          const i = this.line.indexOf(entry);
          if (i >= 0) this.line.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', leave, { once: true });
        this.line.push(entry);
      });
    } else {
      this.active++;
    }
    // here this job holds a slot (counted in active)
    try {
      signal.throwIfAborted();
      return await job(signal);
    } finally {
      const next = this.line.shift();
      if (next) next.go();
      else this.active--;
    }
  }
}
