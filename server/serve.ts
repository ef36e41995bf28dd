import { dummyHash } from './auth/password';
import { bootMark, bootTraceDone } from './bootTrace';
import { ORPHAN_SWEEP_INTERVAL_MS, sweepOrphanUploads } from './commands/attachmentOrphanSweep';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { demoSeeder } from './demo/demoSeeder';
import { demoAdopter, usableDemoTemplate } from './demo/demoTemplate';
import { printLogins } from './demo/printLogins';
import { buildServer } from './http/app';
import { listenControl } from './ops/controlSocket';
import { backfillCopyMemory } from './repositories/copyMemoryRepo';
import { purgeSessions } from './repositories/sessionsRepo';

/** How long after listening the start-up's background work waits (the first requests go first). */
const BACKGROUND_DELAY_MS = 1000;

/** Opens the database, seeds the demo on first start, listens, and shuts down cleanly on SIGTERM/SIGINT. */
export async function serve(config: Config): Promise<void> {
  bootMark('serve() called');
  const started = performance.now();
  const now = new Date();
  // an empty PGlite directory starts as a copy of the demo seeded at install, when there is a recent one
  const database = await openDatabase(
    config,
    config.seedDemo ? { template: () => usableDemoTemplate(now) } : {},
  );
  bootMark('database open');
  if (config.seedDemo) {
    const passwords = { now, adminPassword: config.adminPassword, demoPassword: config.demoPassword };
    const seeded =
      (database.kind === 'pglite' ? await demoAdopter(database.db, config.dataDir, passwords) : null) ??
      (await demoSeeder(database.db, passwords));
    if (seeded.seeded) printLogins(seeded);
  }
  bootMark('demo checked');
  const app = await buildServer({ config, database });
  // PGlite: `npx fazhi backup` cannot open the directory we hold, so it asks us (ops/controlSocket.ts)
  const control =
    database.kind === 'pglite'
      ? await listenControl(config.dataDir, database, (err) => app.log.warn({ err }, 'control socket'))
      : null;
  bootMark('control socket');
  if (control && 'skipped' in control) app.log.warn(`${control.skipped}：运行中无法用 npx fazhi backup 备份`);
  const purge = setInterval(() => {
    const now = new Date();
    purgeSessions(database.db, now, new Date(now.getTime() - config.sessionIdleMinutes * 60_000)).catch(
      (err) => app.log.warn({ err }, 'session purge failed'),
    );
  }, 10 * 60_000);
  purge.unref();
  // pieces of uploads whose process died before writing the attachment row: at start-up, then hourly
  const sweepOrphans = () =>
    sweepOrphanUploads(database.db, new Date()).then(
      (swept) => {
        if (swept.length > 0) app.log.info({ uploads: swept.length }, 'orphan upload pieces removed');
      },
      (err) => app.log.warn({ err }, 'orphan upload sweep failed'),
    );
  const orphanSweep = setInterval(sweepOrphans, ORPHAN_SWEEP_INTERVAL_MS);
  orphanSweep.unref();
  // Started a second after listening, so that their queries do not queue ahead of the first
  // requests after a restart on PGlite's one connection. Reviews stored before the county copy memory existed (or by an older
  // version) are remembered in the background: uploads work meanwhile, they just cannot name those yet.
  const startBackgroundWork = () => {
    void sweepOrphans();
    backfillCopyMemory(database.db).then(
      (added) => {
        if (added > 0) app.log.info({ added }, 'copy memory backfilled');
      },
      (err) => app.log.warn({ err }, 'copy memory backfill failed'),
    );
  };

  let background: NodeJS.Timeout | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(purge);
    clearInterval(orphanSweep);
    clearTimeout(background);
    try {
      if (control && 'close' in control) await control.close();
      await app.close();
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  bootTraceDone();
  background = setTimeout(() => {
    startBackgroundWork();
    // made ahead of the first login of an unknown user, which would otherwise take twice as long
    void dummyHash();
  }, BACKGROUND_DELAY_MS);
  background.unref();
  app.log.info(
    { database: database.kind, ms: Math.round(performance.now() - started) },
    `法治政府建设工作平台已启动：http://localhost:${config.port}`,
  );
}
