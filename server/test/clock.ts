/**
 * Time in server tests. No test reads the real date: every test starts at
 * TEST_START (a fixed instant in China, override with FAZHI_TEST_NOW) and
 * time runs on from there by the monotonic clock, so elapsed time still
 * passes (idle timeouts, rate windows) while the calendar day is fixed.
 * CI also shifts the process's own clock (FAZHI_TEST_REAL_DATE, see
 * realDateShift.ts) to prove nothing reads `new Date()` behind our back.
 */
const DEFAULT_START = '2026-11-25T10:00:00+08:00'; // a Wednesday, a working day late in the year the fixtures describe

export const TEST_START = new Date(process.env.FAZHI_TEST_NOW ?? DEFAULT_START);
if (Number.isNaN(TEST_START.getTime()))
  throw new Error(`FAZHI_TEST_NOW is not a date: ${process.env.FAZHI_TEST_NOW}`);

let origin = performance.now();

/**
 * Starts "the time this file has been running" again. The server test files share their worker's
 * modules (vitest.config.ts: isolate off), so this module is loaded once for many files; the
 * per-file setup (fileStart.ts) calls this before each file.
 */
export function restartTestClock(): void {
  origin = performance.now();
}

/** The test's "now": TEST_START plus the time this file has been running. */
export function testNow(): Date {
  return new Date(TEST_START.getTime() + (performance.now() - origin));
}

/** A clock tests can move: idle timeouts and lockouts are tested by time travel, not by waiting. */
export class TestClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  now = () => new Date((this.frozenAt ?? testNow().getTime()) + this.offsetMs);
  /**
   * Stops the clock at its reading until thaw(): two answers that show a wait in seconds are
   * compared for equality even when a loaded machine takes a second between the requests.
   */
  freeze() {
    this.frozenAt = testNow().getTime();
  }
  thaw() {
    this.frozenAt = null;
  }
  advanceMinutes(m: number) {
    this.offsetMs += m * 60_000;
  }
}
