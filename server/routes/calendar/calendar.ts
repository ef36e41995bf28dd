import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  chinaDay,
  explainDeadline,
  isDayString,
  scheduleReminders,
  type WorkCalendar,
} from '../../../core/calendar';
import {
  ScheduleReminders,
  WorkingDaysAnswer,
  YearSchedule,
  YearScheduleSaved,
} from '../../../core/contract/calendar';
import { NoContent } from '../../../core/contract/shape';
import {
  calendarOverrideRemover,
  calendarOverrideSaver,
  currentCalendar,
} from '../../commands/calendarCommands';
import { actorOf } from '../../http/auth';
import { getCalendarOverride } from '../../repositories/calendarRepo';
import type { RouteDeps } from '../index';

const day = z.string().refine(isDayString, '日期格式应为 YYYY-MM-DD');
const WorkingDaysQuery = z.object({ from: day, days: z.coerce.number().int().min(0).max(3650) });
const YearParams = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
const OverrideBody = z.object({
  holidays: z.array(day).max(366),
  workdays: z.array(day).max(366),
  note: z.string().trim().max(500).optional(),
  /** 编辑时的版本号；该年尚无人工安排时省略 */
  version: z.number().int().min(1).max(2_147_483_647).optional(),
});

/** The schedule of one year as the calendar now sees it, listed day by day. */
function yearSchedule(cal: WorkCalendar, year: number) {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    const info = cal.dayInfo(d);
    if (info.kind === '法定节假日') holidays.push(d);
    if (info.kind === '调休上班日') workdays.push(d);
  }
  return { year, source: cal.scheduleSource(year), holidays, workdays };
}

export const calendarRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;

  app.get(
    '/api/calendar/working-days',
    {
      config: { policy: 'self.use' },
      schema: {
        summary: '按工作日计算期限（自次日起算）',
        querystring: WorkingDaysQuery,
        response: { 200: WorkingDaysAnswer },
      },
    },
    async (req) => {
      const d = (await currentCalendar(db)).addWorkingDays(req.query.from, req.query.days);
      return {
        due: d.date,
        provisional: d.provisional,
        missingYears: d.missingYears,
        estimatedYears: d.estimatedYears,
        explanation: explainDeadline(d),
      };
    },
  );

  app.get(
    '/api/calendar/reminders',
    {
      config: { policy: 'calendar.manage' },
      schema: {
        summary: '待录入的节假日安排（每年11月1日起提醒次年）',
        response: { 200: ScheduleReminders },
      },
    },
    async () => ({ reminders: scheduleReminders(await currentCalendar(db), chinaDay(now())) }),
  );

  app.get(
    '/api/calendar/years/:year',
    {
      config: { policy: 'self.use' },
      schema: { summary: '某年节假日安排', params: YearParams, response: { 200: YearSchedule } },
    },
    async (req) => {
      const cal = await currentCalendar(db);
      const row = await getCalendarOverride(db, req.params.year);
      return {
        ...yearSchedule(cal, req.params.year),
        note: row?.note ?? null,
        version: row?.version ?? null,
      };
    },
  );

  app.put(
    '/api/calendar/years/:year',
    {
      config: { policy: 'calendar.manage' },
      schema: {
        summary: '录入或修改某年节假日安排',
        params: YearParams,
        body: OverrideBody,
        response: { 200: YearScheduleSaved },
      },
    },
    async (req) => {
      const ctx = { db, actor: actorOf(req), now: now() };
      const { row: saved, recomputed } = await calendarOverrideSaver(ctx, {
        year: req.params.year,
        ...req.body,
      });
      return {
        ...yearSchedule(await currentCalendar(db), saved.year),
        note: saved.note,
        version: saved.version,
        recomputed,
      };
    },
  );

  app.delete(
    '/api/calendar/years/:year',
    {
      config: { policy: 'calendar.manage' },
      schema: { summary: '删除人工安排，恢复内置数据', params: YearParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await calendarOverrideRemover({ db, actor: actorOf(req), now: now() }, req.params.year);
      return reply.code(204).send(null);
    },
  );
};
