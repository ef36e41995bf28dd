import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analyzer/analyzeText';
import { checkReport } from '../../../core/report/checks/index';
import type { Database } from '../../db/client';
import { demoSeeder } from '../../demo/demoSeeder';
import { readReport } from '../../io/readReport';
import { reportToDocx } from '../../io/reportDocx/reportDocx';
import { listAnnualReports, ownReportText } from '../../repositories/annualReportsRepo';
import { listUnits, type UnitRow } from '../../repositories/unitsRepo';
import { testDatabase } from '../../test/database';
import { operatorAt } from '../context';
import { composeFromLedgers } from './reportDraftOnly';

/**
 * The central test of the annual report: for every demo township, compose from the ledgers,
 * export the .docx, read it back as any uploaded report is read, and analyze it. The
 * analyzer must find what the composer wrote: every part, the unit, the year, no defects,
 * and every figure equal to the computed one.
 */
let database: Database;
let townships: UnitRow[];
const now = new Date('2026-01-15T02:00:00Z');
const YEAR = 2025;

beforeAll(async () => {
  database = await testDatabase();
  await demoSeeder(database.db, { now, adminPassword: 'Round-Trip-2026', demoPassword: 'Round-Trip-2026' });
  townships = (await listUnits(database.db, null)).filter((u) => u.level === 'township');
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('annual report round trip (compose → .docx → read → analyze)', () => {
  it('has demo townships to draft for', () => {
    expect(townships.length).toBeGreaterThanOrEqual(5);
  });

  it('seeds last year’s published reports for the demo, which read back clean', async () => {
    const rows = await listAnnualReports(database.db, { scopePath: null, year: YEAR });
    expect(rows.map((r) => [r.unitName, r.status]).sort()).toEqual(
      [
        ['东湖街道', 'published'],
        ['云台乡', 'published'],
        ['柳溪镇', 'published'],
        ['桃源镇', 'published'],
      ].sort(),
    );
    for (const r of rows) {
      const text = await ownReportText(database.db, r.unitId, YEAR);
      const a = analyzeText(text ?? '');
      expect(a.defects, r.unitName).toEqual([]);
      expect(a.report_year, r.unitName).toBe(YEAR);
    }
  });

  it('reads back every part, the unit, the year and every figure for each demo township', async () => {
    for (const unit of townships) {
      const actor = operatorAt(unit);
      const { document, rendered, values } = await composeFromLedgers(
        { db: database.db, actor, now },
        unit,
        YEAR,
      );
      const docx = await reportToDocx(rendered);
      const read = await readReport({ name: `${unit.name}.docx`, data: docx });
      if (!('text' in read)) throw new Error(`${unit.name}: ${read.error}`);
      const a = analyzeText(read.text);
      const where = `${unit.name}`;
      expect(a.unit, where).toContain(unit.name);
      expect(a.report_year, where).toBe(YEAR);
      expect(a.sections, where).toEqual({
        measures_and_results: true,
        first_responsible_person: true,
        shortcomings: true,
        next_year_plan: true,
      });
      expect(
        a.defects.map((d) => `${d.kind}: ${d.message} «${d.quote}»`),
        where,
      ).toEqual([]);
      // every figure the analyzer reads is the computed one (within the one decimal a rate is written to)
      const wrong = a.indicators
        .filter((i) => {
          const v = values[i.key]?.value;
          return v === null || v === undefined || Math.abs(v - i.value) > 0.0501;
        })
        .map((i) => `${i.key}=${i.value} (computed ${values[i.key]?.value}) «${i.quote}»`);
      expect(wrong, where).toEqual([]);
      // and it reads most of what was written: figures the composer wrote as tokens
      const written = new Set<string>();
      for (const b of document.parts.flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]))
        for (const s of b.segments) if (s.t === 'figure') written.add(s.key);
      const read_ = new Set(a.indicators.map((i) => i.key));
      const missed = [...written].filter((k) => !read_.has(k));
      expect(written.size, where).toBeGreaterThan(10);
      expect(missed, where).toEqual([]);
      // the system's own checks agree: nothing blocking in a freshly composed report
      const blocking = checkReport(document, { values, otherReports: [] }).filter(
        (c) => c.severity === 'error',
      );
      expect(
        blocking.map((c) => c.message),
        where,
      ).toEqual([]);
    }
  }, 240_000);
});
