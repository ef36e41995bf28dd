/**
 * Vitest setup: when FAZHI_TEST_REAL_DATE is set, the process's own clock
 * (`new Date()`, `Date.now()`) is moved to that instant. Tests take their time
 * from the injected clock (clock.ts), so the suite must give the same results
 * under any real date; CI runs it under two to prove no test or server path
 * reads the real date.
 */
const target = process.env.FAZHI_TEST_REAL_DATE;
/** The real Date, kept across files that share a worker (isolate off): each file shifts it anew, not a shifted one again. */
const REAL_DATE = Symbol.for('fazhi.realDate');
const holder = globalThis as unknown as { [REAL_DATE]?: DateConstructor };
if (target) {
  const RealDate: DateConstructor = holder[REAL_DATE] ?? Date;
  holder[REAL_DATE] = RealDate;
  const at = RealDate.parse(target);
  if (Number.isNaN(at)) throw new Error(`FAZHI_TEST_REAL_DATE is not a date: ${target}`);
  const shift = at - RealDate.now();
  class ShiftedDate extends RealDate {
    // biome-ignore lint/suspicious/noExplicitAny: forwards Date's overloaded constructor arguments unchanged
    constructor(...args: any[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      // @ts-expect-error Date's overloads do not accept a rest argument
      else super(...args);
    }
    static override now() {
      return RealDate.now() + shift;
    }
    // dates made before the shift, or by Node itself, are still Dates
    static override [Symbol.hasInstance](value: unknown) {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}
