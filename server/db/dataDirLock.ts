import fs from 'node:fs';
import path from 'node:path';

/** Two processes on one PGlite directory silently corrupt it (stack notes §1), so each start takes this lock. */
export class DataDirLockedError extends Error {
  constructor(dir: string, holder: string) {
    super(
      `数据目录 ${dir} 正被另一个进程使用（${holder}）。同一数据目录只能由一个进程打开，` +
        '请先停止该进程，或用 FAZHI_DATA_DIR 指定其他目录。' +
        ` / The data directory is in use by another process (${holder}).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `<dir>/fazhi.lock` exclusively. A lock left by a dead process (kill -9,
 * power cut) is taken over; one held by a live process refuses the start.
 * Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fazhi.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          fs.unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = Number.NaN;
      try {
        pid = Number(JSON.parse(fs.readFileSync(file, 'utf8')).pid);
      } catch {
        // unreadable lock: a crash mid-write; treat as stale
      }
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dir, `PID ${pid}`);
      }
      if (pid === process.pid) throw new DataDirLockedError(dir, '本进程已打开');
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(dir, '无法获取锁');
}
