import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chinaDay } from '../../core/calendar';
import type { Role } from '../../core/roles';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { openPglite } from '../db/client';
import { cacheBase, ensureTemplate, pgliteTag } from '../db/pgliteTemplate';
import { ROOT } from '../paths';
import { appendAudit } from '../repositories/auditRepo';
import { findUnitByCodeOrId } from '../repositories/unitsRepo';
import { setDemoPasswordHashes } from '../repositories/usersRepo';
import { DEMO_COUNTY } from './demoCounty';
import { type DemoSeedResult, demoSeeder, generatePassword } from './demoSeeder';

/**
 * The demo county seeded once into a PGlite data directory kept beside the empty template
 * (`npx fazhi db template`, which `npm install` runs), so a first start copies it instead of
 * replaying a year of 27 ledger kinds through the workflow (~3 s). The copy carries a marker
 * file; the first start that finds it sets the passwords (chosen now, never stored in the
 * template), prints the logins once and removes the marker.
 *
 * A template serves while it is recent: seeded in the same China year and at most
 * `DEMO_TEMPLATE_MAX_AGE_DAYS` days ago (the demo's records run up to the day it was seeded; a
 * week's gap reads as a quiet week). Older, or made by other code, it is passed over and the
 * demo is seeded as before.
 */
export const DEMO_TEMPLATE_MAX_AGE_DAYS = 7;

/** The marker a data directory copied from the demo template carries until its first start adopts it. */
export const DEMO_MARKER = 'fazhi-demo.json';

interface DemoManifest {
  seededAt: string;
  adminUsername: string;
  logins: { username: string; role: Role; unit: string }[];
}

/**
 * The code that seeds the demo and shapes the schema: every non-test source file of server/ and
 * core/ (migrations included). A template made by other code is never used.
 */
export function codeFingerprint(root = ROOT): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.test\.tsx?$/.test(e.name)) {
        hash.update(path.relative(root, p));
        hash.update(fs.readFileSync(p));
      }
    }
  };
  walk(path.join(root, 'server'));
  walk(path.join(root, 'core'));
  return hash.digest('hex').slice(0, 16);
}

export function demoTemplateDir(cacheDir = cacheBase(), fingerprint = codeFingerprint()): string {
  return path.join(cacheDir, `${pgliteTag()}-demo-${fingerprint}`);
}

function readManifest(dir: string): DemoManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, DEMO_MARKER), 'utf8')) as DemoManifest;
  } catch {
    return null;
  }
}

/** Whether a demo seeded at `seededAt` may serve a first start at `now` (same China year, at most a week old). */
export function demoTemplateServes(seededAt: string, now: Date): boolean {
  const seeded = new Date(seededAt);
  const age = now.getTime() - seeded.getTime();
  return (
    age >= -60_000 &&
    age <= DEMO_TEMPLATE_MAX_AGE_DAYS * 86_400_000 &&
    chinaDay(seeded).slice(0, 4) === chinaDay(now).slice(0, 4)
  );
}

/** The demo template to copy into an empty data directory at `now`, or null when there is none that serves. */
export function usableDemoTemplate(now: Date, cacheDir = cacheBase()): string | null {
  const dir = demoTemplateDir(cacheDir);
  const m = readManifest(dir);
  return m && fs.existsSync(path.join(dir, 'PG_VERSION')) && demoTemplateServes(m.seededAt, now) ? dir : null;
}

/**
 * Seeds the demo into a fresh template directory unless a recent one made by this code exists.
 * Returns its path. The passwords used here are thrown away: the first start sets new ones.
 */
export async function ensureDemoTemplate(now: Date, cacheDir = cacheBase()): Promise<string> {
  const dir = demoTemplateDir(cacheDir);
  if (usableDemoTemplate(now, cacheDir) === dir) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const empty = await ensureTemplate(cacheDir);
  const database = await openPglite(tmp, { template: () => empty });
  let manifest: DemoManifest;
  try {
    const throwaway = generatePassword();
    const r = await demoSeeder(database.db, { now, adminPassword: throwaway, demoPassword: throwaway });
    manifest = {
      seededAt: now.toISOString(),
      adminUsername: 'admin',
      logins: r.logins.map(({ username, role, unit }) => ({ username, role, unit })),
    };
  } finally {
    await database.close();
  }
  fs.rmSync(path.join(tmp, 'fazhi.lock'), { force: true });
  fs.writeFileSync(path.join(tmp, DEMO_MARKER), JSON.stringify(manifest));
  // an older template of the same code (seeded on another day) is replaced
  const old = `${dir}.old-${process.pid}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, DEMO_MARKER))) throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
  return dir;
}

/**
 * On a data directory copied from the demo template, at its first start: sets the admin's and the
 * demo users' passwords (audited on the county's chain), removes the marker and answers the
 * logins to print once. Answers null when the directory did not come from the template or was
 * adopted already.
 */
export async function demoAdopter(
  db: Db,
  dataDir: string,
  opts: { now: Date; adminPassword?: string | undefined; demoPassword?: string | undefined },
): Promise<DemoSeedResult | null> {
  const manifest = readManifest(dataDir);
  if (!manifest) return null;
  const adminPassword = opts.adminPassword ?? generatePassword();
  const demoPassword = opts.demoPassword ?? generatePassword();
  const [adminHash, otherHash] = await Promise.all([hashPassword(adminPassword), hashPassword(demoPassword)]);
  const county = await findUnitByCodeOrId(db, DEMO_COUNTY.code);
  await db.transaction(async (tx) => {
    const users = await setDemoPasswordHashes(tx, {
      adminUsername: manifest.adminUsername,
      adminHash,
      otherHash,
      at: opts.now,
    });
    if (county)
      await appendAudit(tx, {
        unitId: county.id,
        actorId: null,
        action: 'demo.passwords_set',
        entity: 'unit',
        entityId: county.id,
        after: { users },
        at: opts.now,
      });
  });
  fs.rmSync(path.join(dataDir, DEMO_MARKER));
  return {
    seeded: true,
    logins: manifest.logins.map((l) => ({
      ...l,
      password: l.username === manifest.adminUsername ? adminPassword : demoPassword,
    })),
    adminPasswordGenerated: !opts.adminPassword,
  };
}
