import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { auditVerifier } from '../commands/auditVerifier';
import { openPglite } from '../db/client';
import { ensureTemplate, templateDir } from '../db/pgliteTemplate';
import { findUserByUsername } from '../repositories/usersRepo';
import { testNow } from '../test/clock';
import { demoSeeder } from './demoSeeder';
import {
  DEMO_MARKER,
  demoAdopter,
  demoTemplateDir,
  demoTemplateServes,
  ensureDemoTemplate,
  usableDemoTemplate,
} from './demoTemplate';

/**
 * The demo seeded once into a template and copied at first start (PGlite only: a server
 * database has no data directory to copy, and seeds the demo as before).
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-demo-tpl-'));
const cache = path.join(tmp, 'cache');
const seededAt = testNow();
const hour = 3_600_000;

beforeAll(async () => {
  // the empty cluster from the project's cache (initdb is what the template exists to avoid)
  fs.cpSync(await ensureTemplate(), templateDir(cache), { recursive: true });
  await ensureDemoTemplate(seededAt, cache);
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('demoTemplateServes', () => {
  it('serves within a week of seeding in the same China year, and not before it was seeded', () => {
    const at = '2026-06-10T02:00:00.000Z';
    expect(demoTemplateServes(at, new Date('2026-06-10T03:00:00Z'))).toBe(true);
    expect(demoTemplateServes(at, new Date('2026-06-17T01:00:00Z'))).toBe(true);
    expect(demoTemplateServes(at, new Date('2026-06-17T03:00:00Z'))).toBe(false);
    expect(demoTemplateServes(at, new Date('2026-06-09T02:00:00Z'))).toBe(false);
    // 31 December 20:00 and 1 January 01:00 in China: five hours apart, another year
    expect(demoTemplateServes('2026-12-31T12:00:00.000Z', new Date('2026-12-31T17:00:00Z'))).toBe(false);
    expect(demoTemplateServes('2026-12-31T12:00:00.000Z', new Date('2026-12-31T15:00:00Z'))).toBe(true);
  });
});

describe('demo template', () => {
  it('is offered to a first start soon after seeding, not to one a fortnight later', () => {
    expect(usableDemoTemplate(new Date(seededAt.getTime() + hour), cache)).toBe(demoTemplateDir(cache));
    expect(usableDemoTemplate(new Date(seededAt.getTime() + 14 * 24 * hour), cache)).toBeNull();
  });

  it('gives a first start the seeded demo with passwords chosen then, printed once, with the audit chain intact', async () => {
    const dataDir = path.join(tmp, 'data');
    const now = new Date(seededAt.getTime() + hour);
    const database = await openPglite(dataDir, { template: () => usableDemoTemplate(now, cache) });
    try {
      const { db } = database;
      const r = await demoAdopter(db, dataDir, {
        now,
        adminPassword: 'Admin-Pass-2026',
        demoPassword: undefined,
      });
      expect(r?.seeded).toBe(true);
      expect(r?.adminPasswordGenerated).toBe(false);
      expect(r?.logins.length).toBe(20);
      const admin = r?.logins.find((l) => l.username === 'admin');
      const clerk = r?.logins.find((l) => l.username === 'qingshi_clerk');
      expect(admin).toMatchObject({ role: 'admin', unit: '示例县', password: 'Admin-Pass-2026' });
      expect(clerk?.password).toMatch(/^Fz-/);
      const adminRow = await findUserByUsername(db, 'admin');
      const clerkRow = await findUserByUsername(db, 'qingshi_clerk');
      expect(await verifyPassword('Admin-Pass-2026', adminRow?.user.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword(clerk?.password ?? '', clerkRow?.user.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword('Admin-Pass-2026', clerkRow?.user.passwordHash ?? '')).toBe(false);
      expect(fs.existsSync(path.join(dataDir, DEMO_MARKER))).toBe(false);
      const audit = await auditVerifier(db);
      expect(audit.problems).toEqual([]);
      expect(audit.records).toBeGreaterThan(40);
      // adopted once: a restart neither adopts again nor seeds over the demo
      expect(await demoAdopter(db, dataDir, { now })).toBeNull();
      expect((await demoSeeder(db, { now })).seeded).toBe(false);
    } finally {
      await database.close();
    }
  });
});
