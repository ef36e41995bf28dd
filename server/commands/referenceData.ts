import type { WorkCalendar } from '../../core/calendar';
import { statutoryCalendar } from '../../core/calendar/statutoryHolidays';
import type { Db } from '../db/client';
import { loadReference, type ReferenceUnit, referenceVersion } from '../repositories/referenceRepo';

/**
 * The unit tree, the ledger settings and the working calendar, held in memory under the version
 * the database gave them (migration 0017: every statement writing units, ledger_settings or
 * calendar_overrides bumps it, on any instance). A list request reads the version with its page
 * (`listRecords`' `referenceVersion`) and starts over with fresh data when it differs, so what it
 * used is never older than the page itself: a unit moved, renamed or a setting changed on another
 * instance is seen by the next request, with no time bound. Kept per database object, as tests
 * open several and each stands for a server instance.
 */
export interface ReferenceData {
  version: string;
  unit(id: string): ReferenceUnit | undefined;
  /** Ids of the units at `path` and below (the same `like 'path%'` the query used). */
  subtreeIds(path: string): string[];
  /** The settings that apply to a unit: its ancestors' (path order), nearer ones overriding. */
  settingsFor(path: string): Record<string, number>;
  calendar: WorkCalendar;
}

const kept = new WeakMap<Db, ReferenceData>();

function build(loaded: Awaited<ReturnType<typeof loadReference>>): ReferenceData {
  const byId = new Map(loaded.units.map((u) => [u.id, u]));
  const settingsByUnit = new Map<string, { key: string; value: number }[]>();
  for (const s of loaded.settings) {
    const list = settingsByUnit.get(s.unitId) ?? [];
    list.push(s);
    settingsByUnit.set(s.unitId, list);
  }
  const subtrees = new Map<string, string[]>();
  const settings = new Map<string, Record<string, number>>();
  return {
    version: loaded.version,
    unit: (id) => byId.get(id),
    subtreeIds(path) {
      let ids = subtrees.get(path);
      if (!ids) {
        ids = loaded.units.filter((u) => u.path.startsWith(path)).map((u) => u.id);
        subtrees.set(path, ids);
      }
      return ids;
    },
    settingsFor(path) {
      let merged = settings.get(path);
      if (!merged) {
        merged = {};
        for (const id of path.split('/').filter(Boolean))
          for (const s of settingsByUnit.get(id) ?? []) merged[s.key] = s.value;
        settings.set(path, merged);
      }
      return merged;
    },
    // years the State Council has not published are estimated from the statute (暂估)
    calendar: statutoryCalendar(loaded.overrides),
  };
}

async function reload(db: Db): Promise<ReferenceData> {
  const data = build(await loadReference(db));
  kept.set(db, data);
  return data;
}

/** What this instance holds, unchecked: the caller checks `version` against what its query read. */
export async function referenceDataKept(db: Db): Promise<ReferenceData> {
  return kept.get(db) ?? reload(db);
}

/** Checked against the database now (one small statement), reloaded when it moved on. */
export async function referenceDataChecked(db: Db): Promise<ReferenceData> {
  const have = kept.get(db);
  if (have && have.version === (await referenceVersion(db))) return have;
  return reload(db);
}

/** After a query read `version`: the data of that version or newer (reloaded when this instance's is older). */
export async function referenceDataAt(db: Db, version: string): Promise<ReferenceData> {
  const have = kept.get(db);
  if (have && have.version === version) return have;
  return reload(db);
}
