import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chinaDay } from '../../../core/calendar';
import {
  BulkResult,
  KindDescription,
  LedgerPage,
  LedgerRecord,
  LedgerRecordDetail,
  PeopleRoster,
} from '../../../core/contract/ledgers';
import { NoContent } from '../../../core/contract/shape';
import { AppError } from '../../../core/errors';
import {
  actionsFor,
  describeKind,
  LEDGER_KINDS,
  type LedgerKind,
  precheckAction,
  type RecordData,
  refIds,
} from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { linkedMeasure } from '../../commands/indicators/rowsLink';
import {
  deleteRefusal,
  ledgerActionTaker,
  ledgerBulkActionTaker,
  ledgerCreator,
  ledgerDeleter,
  ledgerRevealer,
  ledgerUpdater,
} from '../../commands/ledgers/ledgerCommands';
import {
  clocksOf,
  eventsOf,
  ledgerEnv,
  ledgerEnvFrom,
  loadLedgerRecord,
  requireKind,
} from '../../commands/ledgers/ledgerContext';
import { rosterQuery } from '../../commands/ledgers/rosterQuery';
import { type ReferenceData, referenceDataAt, referenceDataChecked } from '../../commands/referenceData';
import type { Db } from '../../db/client';
import { actorOf } from '../../http/auth';
import { presentAttachment, presentEvents, presentRecord } from '../../presenters/ledger';
import { presentRoster } from '../../presenters/roster';
import { listAttachments } from '../../repositories/ledgerAttachmentsRepo';
import {
  type LedgerRowWithUnit,
  type ListFilter,
  listRecords,
  recordTitles,
} from '../../repositories/ledgersRepo';
import { userNames } from '../../repositories/usersRepo';
import type { RouteDeps } from '../index';
import { createListCache, listKey, matchesEtag } from './listCache';
import { listVersionSource } from './listVersionSource';
import {
  ActionBody,
  ActionParams,
  BulkBody,
  BulkParams,
  CreateBody,
  CreateQuery,
  DeleteQuery,
  DetailQuery,
  KindParams,
  ListQuery,
  PeopleQuery,
  RecordParams,
  UpdateBody,
} from './schema';

type Query = ReturnType<typeof ListQuery.parse>;
type ListCtx = { db: Db; actor: ReturnType<typeof actorOf>; now: Date };

/** Turns list query parameters into a repository filter, checking `f.<field>` against the declaration. */
export async function listFilter(ctx: ListCtx, kind: LedgerKind, q: Query) {
  return listFilterWith(ctx, await referenceDataChecked(ctx.db), kind, q);
}

/** The same with the unit tree, settings and calendar of `ref` (the caller checks its version). */
function listFilterWith(ctx: ListCtx, ref: ReferenceData, kind: LedgerKind, q: Query) {
  const unit = ref.unit(q.unit ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'ledger.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  const env = ledgerEnvFrom(ref, unit.path, ctx.now);
  const fields: Record<string, { values: (string | boolean)[]; array: boolean }> = {};
  for (const [key, value] of Object.entries(q)) {
    if (!key.startsWith('f.')) continue;
    const name = key.slice(2);
    const def = kind.fields.find((f) => f.key === name);
    if (!def?.filter || def.type === 'date') {
      throw new AppError('VALIDATION', { field: key, detail: `“${kind.label}”不能按“${name}”筛选` });
    }
    const texts = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    // stored as JSON booleans, so 是/否 filters compare booleans
    const values = def.type === 'boolean' ? texts.map((v) => v === 'true' || v === '是') : texts;
    const array =
      def.type === 'multiselect' || ((def.type === 'village' || def.type === 'ref') && def.multiple === true);
    if (values.length > 0) fields[name] = { values, array };
  }
  // a figure's drill-down: the measure's own test and period replace the list's date range
  let measure: ListFilter['measure'];
  if (q.indicator !== undefined) {
    const m = linkedMeasure(q.indicator, q.part);
    if (!m || m.ledger !== kind.kind)
      throw new AppError('VALIDATION', { field: 'indicator', detail: `“${kind.label}”没有这项指标的记录` });
    if (!q.from || !q.to)
      throw new AppError('VALIDATION', { field: 'from', detail: '按指标查看记录需要统计期间' });
    measure = { measure: m, period: { from: q.from, to: q.to, asOf: q.asOf ?? q.to } };
  }
  const filter: Omit<ListFilter, 'limit' | 'offset'> = {
    kind: kind.kind,
    unitIds: ref.subtreeIds(unit.path),
    q: q.q || undefined,
    states: q.state === undefined ? undefined : [q.state].flat(),
    from: q.year ? `${q.year}-01-01` : measure ? undefined : q.from,
    to: q.year ? `${q.year}-12-31` : measure ? undefined : q.to,
    fields,
    measure,
    clock: q.clock
      ? { kind: q.clock, today: env.today, until: env.calendar.addWorkingDays(env.today, 3).date }
      : undefined,
    sort: q.sort,
    order: q.order,
  };
  return { filter, env, unit };
}

export const ledgerRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config, now }) => {
  const { db } = database;
  const listCache = config.listCache ? createListCache() : undefined;
  const versionsNow = await listVersionSource(database);
  const pendingKeys = new WeakMap<object, string>();
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  /** The record with its clocks recomputed now (holiday-table changes show at once). */
  const present = async (kind: LedgerKind, r: LedgerRowWithUnit, at: Date) =>
    presentRecord(kind, r, clocksOf(kind, r.record, await ledgerEnv(db, r.unitPath, at)));

  app.get(
    '/api/ledgers',
    {
      config: { policy: 'ledger.read' },
      schema: { summary: '台账种类及其字段、流程', response: { 200: z.array(KindDescription) } },
    },
    async () => LEDGER_KINDS.map(describeKind),
  );

  app.get(
    '/api/ledgers/:kind',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '台账记录列表',
        params: KindParams,
        querystring: ListQuery,
        response: { 200: LedgerPage, 304: NoContent },
      },
      // a page answered now is kept under the key it was asked with (listCache.ts)
      onSend: async (req, reply, payload) => {
        const key = pendingKeys.get(req);
        if (key !== undefined && reply.statusCode === 200 && typeof payload === 'string')
          listCache?.set(key, payload);
        return payload;
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const { page, pageSize } = req.query;
      // The versions first, then the page: a page is never older than the versions it is kept
      // under (a write in between makes it newer, and moves the versions past its key for good).
      const versions = await versionsNow();
      const { key, etag } = listKey({
        actor: c.actor,
        day: chinaDay(c.now),
        url: req.url,
        reference: versions.reference,
        ledgers: versions.ledgers,
      });
      // validators go on answers only: an error carries none, so a 404 can never turn into a 304
      const validated = () => reply.header('etag', etag).header('cache-control', 'private, no-cache');
      // no payload at all (undefined skips the serializer): a serialized `null` would be announced
      // with a content-length no 304 may carry, and clients would wait for its bytes
      if (matchesEtag(req.headers['if-none-match'], etag))
        return validated()
          .code(304)
          .send(undefined as unknown as null);
      const kept = listCache?.get(key);
      // bytes the response schema checked when they were made: Fastify sends a string with a JSON
      // content type as it is, without serializing it again (the type provider only knows objects)
      if (kept !== undefined)
        return validated()
          .type('application/json; charset=utf-8')
          .send(kept as unknown as LedgerPage);
      pendingKeys.set(req, key);
      // The unit, its subtree, settings and calendar come from memory; the page reads the version
      // they must have, and a page read with older ones is read again with the database's (a
      // write between the tries moves the version again: after three, the last try stands, which
      // is the race the separate statements had before).
      let ref = await referenceDataAt(db, versions.reference);
      let checked = false;
      for (let attempt = 1; ; attempt++) {
        let built: ReturnType<typeof listFilterWith>;
        try {
          built = listFilterWith(c, ref, kind, req.query);
        } catch (e) {
          // a unit this instance does not know yet, or a scope it held before a move: ask the database
          if (checked || !(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
          ref = await referenceDataChecked(db);
          checked = true;
          continue;
        }
        const { filter, env } = built;
        const { rows, total, totalExact, totalEstimated, referenceVersion } = await listRecords(db, {
          ...filter,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        const current =
          referenceVersion === undefined
            ? await referenceDataChecked(db)
            : await referenceDataAt(db, referenceVersion);
        if (current.version !== ref.version && attempt < 3) {
          ref = current;
          continue;
        }
        const refs = await recordTitles(db, [
          ...new Set(rows.flatMap((r) => refIds(kind, r.record.data as RecordData))),
        ]);
        validated();
        return {
          items: rows.map((r) => presentRecord(kind, r, clocksOf(kind, r.record, env))),
          total,
          /** False when there are more matches than were counted ("1000+") or when they were estimated ("约 N 条"). */
          totalExact,
          totalEstimated,
          /** Titles of the records ref fields name (id → title). */
          refs,
        };
      }
    },
  );

  app.post(
    '/api/ledgers/:kind',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '登记台账记录',
        params: KindParams,
        querystring: CreateQuery,
        body: CreateBody,
        response: { 201: LedgerRecord },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const created = await ledgerCreator(c, kind, { unitId: req.query.unit, values: req.body });
      return reply.code(201).send(await present(kind, created, c.now));
    },
  );

  app.get(
    '/api/ledgers/:kind/people',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '人员名单可选人员（本乡镇账号、执法人员和近两年名单上的人）及上次名单',
        params: KindParams,
        querystring: PeopleQuery,
        response: { 200: PeopleRoster },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      const roster = await rosterQuery(ctx(req), kind, { unitId: req.query.unit, except: req.query.except });
      return presentRoster(roster, 'staff');
    },
  );

  app.get(
    '/api/ledgers/:kind/:id',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '台账记录详情',
        params: RecordParams,
        querystring: DetailQuery,
        response: { 200: LedgerRecordDetail },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const found = await loadLedgerRecord(c, kind, req.params.id);
      const reveal = req.query.reveal === '1';
      if (reveal) await ledgerRevealer(c, kind, found);
      const env = await ledgerEnv(db, found.unitPath, c.now);
      const events = eventsOf(found.record);
      const ids = [found.record.data as RecordData, ...events.map((e) => e.payload)].flatMap((d) =>
        refIds(kind, d),
      );
      const [names, attachments, refs] = await Promise.all([
        userNames(db, [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))]),
        listAttachments(db, found.record.unitId, found.record.id),
        recordTitles(db, [...new Set(ids)]),
      ]);
      const mask = reveal ? 'none' : 'staff';
      const mayAct = can(c.actor, 'ledger.work', { path: found.unitPath });
      return {
        ...presentRecord(kind, found, clocksOf(kind, found.record, env), mask),
        editable: mayAct && kind.editors.includes(c.actor.role),
        events: presentEvents(kind, events, names, mask),
        // `blocked`: the step's guard already refuses on the record as it stands (issue 15 §3);
        // the step itself is still planned in full when taken
        actions: mayAct
          ? actionsFor(kind, found.record.state, c.actor.role, found.record.data).map((a) => ({
              key: a.key,
              label: a.label,
              blocked: precheckAction(
                kind,
                { state: found.record.state, data: found.record.data as RecordData, events },
                a.key,
                { role: c.actor.role, actorId: c.actor.id },
                { today: env.today, calendar: env.calendar, settings: env.settings },
              ),
            }))
          : [],
        /** Why 删除 is refused outright (a decided enforcement case), or null (issue 15 §4). */
        deleteRefused: deleteRefusal(kind, found.record.state),
        attachments: attachments.map(presentAttachment),
        /** Titles of the records ref fields name (id → title). */
        refs,
        today: chinaDay(c.now),
      };
    },
  );

  app.patch(
    '/api/ledgers/:kind/:id',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '修改登记信息',
        params: RecordParams,
        body: UpdateBody,
        response: { 200: LedgerRecord },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const saved = await ledgerUpdater(c, kind, { id: req.params.id, ...req.body });
      return present(kind, saved, c.now);
    },
  );

  app.delete(
    '/api/ledgers/:kind/:id',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '删除台账记录',
        params: RecordParams,
        querystring: DeleteQuery,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      await ledgerDeleter(ctx(req), kind, {
        id: req.params.id,
        version: req.query.version,
        reason: req.query.reason ?? '',
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/ledgers/:kind/bulk/:action',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '批量执行可批量的流程操作',
        params: BulkParams,
        body: BulkBody,
        response: { 200: BulkResult },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      return {
        results: await ledgerBulkActionTaker(ctx(req), kind, {
          action: req.params.action,
          items: req.body.items,
        }),
      };
    },
  );

  app.post(
    '/api/ledgers/:kind/:id/actions/:action',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '执行流程操作',
        params: ActionParams,
        body: ActionBody,
        response: { 200: LedgerRecord },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const saved = await ledgerActionTaker(c, kind, {
        id: req.params.id,
        action: req.params.action,
        version: req.body.version,
        values: req.body.values,
      });
      return present(kind, saved, c.now);
    },
  );
};
