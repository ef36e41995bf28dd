/**
 * Working-day calendar speed: 10,000 `addWorkingDays(…, 15)` calls over triggers spread across
 * 2025–2026 (春节 and 国庆 included), after a warm-up; plus `workingDaysBetween` and
 * `addCalendarDays`. Median of 5 runs. Then the years nobody has published (2027–2036), estimated
 * from the statute with tyme4ts as the server counts them: the cold cost of building a year's
 * table the first time a deadline reaches it, and the warm cost of counting through it.
 *   npx tsx bench/calendar.ts
 */
import { WorkCalendar } from '../core/calendar';
import { statutoryCalendar } from '../core/calendar/statutoryHolidays';

const CALLS = 10_000;
const cal = new WorkCalendar();
const triggers: string[] = [];
for (let i = 0; i < CALLS; i++) {
  const day = (i * 7) % 700; // 700 days from 2025-01-01, stepping so every weekday appears
  const ms = Date.UTC(2025, 0, 1) + day * 86_400_000;
  triggers.push(new Date(ms).toISOString().slice(0, 10));
}

function medianMs(fn: () => void): number {
  fn(); // warm-up: builds the year tables and lets the JIT settle
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[2] ?? Number.NaN;
}

let sink = 0;
const add = medianMs(() => {
  for (const t of triggers) sink += cal.addWorkingDays(t, 15).date.length;
});
const between = medianMs(() => {
  for (const t of triggers) sink += cal.workingDaysBetween(t, '2026-12-31');
});
const calendarDays = medianMs(() => {
  for (const t of triggers) sink += cal.addCalendarDays(t, 30).date.length;
});
console.log(`calendar: ${CALLS} × addWorkingDays(…, 15): ${add.toFixed(1)} ms (target < 50 ms)`);
console.log(`calendar: ${CALLS} × workingDaysBetween: ${between.toFixed(1)} ms`);
console.log(`calendar: ${CALLS} × addCalendarDays(…, 30): ${calendarDays.toFixed(1)} ms`);

// Estimated years: cold = the first deadline into each of ten unpublished years builds its table
// (lunar dates by tyme4ts) in a fresh calendar, as after a server start; warm = the same calendar again.
const estimated = statutoryCalendar();
const t0 = performance.now();
for (let y = 2027; y <= 2036; y++) sink += estimated.addWorkingDays(`${y}-01-20`, 15).date.length;
const cold = (performance.now() - t0) / 10;
const estTriggers = triggers.map((t) => `${Number(t.slice(0, 4)) + 2}${t.slice(4)}`);
const warm = medianMs(() => {
  for (const t of estTriggers) sink += estimated.addWorkingDays(t, 15).date.length;
});
console.log(`calendar (estimated years): cold, first deadline into a year: ${cold.toFixed(2)} ms per year`);
console.log(
  `calendar (estimated years): warm, ${CALLS} × addWorkingDays(…, 15) in 2027–2028: ${warm.toFixed(1)} ms`,
);
if (sink === 0) console.log('(unreachable)');
