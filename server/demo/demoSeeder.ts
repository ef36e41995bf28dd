import crypto from 'node:crypto';
import type { Role } from '../../core/roles';
import { hashPassword } from '../auth/password';
import { insertUnitAudited } from '../commands/unitCreator';
import type { Db } from '../db/client';
import { enforcementAnnualPublisher } from '../kinds/enforcement/annualPublication';
import { auditUser } from '../presenters/user';
import { appendAudit } from '../repositories/auditRepo';
import { hasAnyUnit, type UnitRow } from '../repositories/unitsRepo';
import { insertUser } from '../repositories/usersRepo';
import { DEMO_COUNTY, DEMO_TOWNSHIPS, demoPersonName, TOWNSHIP_ROLES } from './demoCounty';
import { seedLedgers } from './ledgerSeeder';
import { seedPublishedReport } from './reportDemo';

export interface DemoLogin {
  username: string;
  role: Role;
  unit: string;
  password: string;
}

export interface DemoSeedResult {
  seeded: boolean;
  logins: DemoLogin[];
  adminPasswordGenerated: boolean;
}

/** A password that meets the rules: four groups from different classes. */
export function generatePassword(): string {
  const raw = crypto.randomBytes(9).toString('base64url').replace(/[-_]/g, 'x');
  return `Fz-${raw.slice(0, 6)}${crypto.randomInt(10, 99)}`;
}

/**
 * Fills an empty database with the fictional county, its townships and
 * villages, an admin and a county reviewer, and one user of each township role
 * per township. Does nothing when any unit exists.
 */
export async function demoSeeder(
  db: Db,
  opts: { now: Date; adminPassword?: string | undefined; demoPassword?: string | undefined },
): Promise<DemoSeedResult> {
  if (await hasAnyUnit(db)) return { seeded: false, logins: [], adminPasswordGenerated: false };
  const adminPassword = opts.adminPassword ?? generatePassword();
  const demoPassword = opts.demoPassword ?? generatePassword();
  // Demo users share one password, so one hash serves them all: 20 scrypt runs would cost a second of start-up.
  const [adminHash, demoHash] = await Promise.all([hashPassword(adminPassword), hashPassword(demoPassword)]);
  const now = opts.now;
  const logins: DemoLogin[] = [];
  let person = 0;

  const addUser = async (unit: UnitRow, username: string, role: Role, displayName: string, hash: string) => {
    const id = await db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: crypto.randomUUID(),
        unitId: unit.id,
        username,
        displayName,
        role,
        phone: `139${String(10_000_000 + person * 7919).slice(0, 8)}`,
        passwordHash: hash,
        status: 'active',
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await appendAudit(tx, {
        unitId: unit.id,
        actorId: null,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: auditUser(user),
        at: now,
      });
      return user.id;
    });
    logins.push({
      username,
      role,
      unit: unit.name,
      password: hash === adminHash ? adminPassword : demoPassword,
    });
    person++;
    return id;
  };

  const county = await insertUnitAudited(db, { ...DEMO_COUNTY, level: 'county', parent: null }, null, now);
  await addUser(county, 'admin', 'admin', '系统管理员', adminHash);
  await addUser(county, 'county_reviewer', 'county_reviewer', demoPersonName(person), demoHash);
  for (const t of DEMO_TOWNSHIPS) {
    const code = `${DEMO_COUNTY.code.slice(0, 6)}${t.seq}000`;
    const town = await insertUnitAudited(
      db,
      { name: t.name, code, level: 'township', parent: county },
      null,
      now,
    );
    for (const [i, v] of t.villages.entries()) {
      const vcode = `${code.slice(0, 9)}${String(201 + i)}`;
      await insertUnitAudited(db, { name: v, code: vcode, level: 'village', parent: town }, null, now);
    }
    let leaderId = '';
    for (const r of TOWNSHIP_ROLES) {
      const id = await addUser(town, `${t.slug}_${r.suffix}`, r.role, demoPersonName(person), demoHash);
      if (r.role === 'township_leader') leaderId = id;
    }
    await seedLedgers(db, town, Number(t.seq), now);
    if (t.reportPublished) await seedPublishedReport(db, town, leaderId, now);
    // last year's 行政执法总体情况, published by the leader in January as the county's day asks
    const january = new Date(Date.UTC(now.getUTCFullYear(), 0, 20, 2));
    await enforcementAnnualPublisher(
      {
        db,
        actor: { id: leaderId, role: 'township_leader', unitId: town.id, unitPath: town.path },
        now: january < now ? january : now,
      },
      {},
    );
  }
  return { seeded: true, logins, adminPasswordGenerated: !opts.adminPassword };
}
