import { fieldOf } from '../../indicators/describe';
import { ledgerKind } from '../../ledgers/registry';
import { HIGHLIGHT_QUERIES } from '../highlights';
import {
  cl,
  fieldText,
  fig,
  highlightsOf,
  keyValue,
  type PhrasingContext,
  paragraph,
  quotable,
  quotedList,
  sentence,
  titlesOf,
} from './kit';
import { type DraftParagraph, drafts } from './types';

/**
 * Part 三: how the 党政主要负责人 carried out their duty as first responsible persons for
 * the rule of law, from the meetings they chaired, the study they led and the 述法 held.
 */

function limitOf(query: string): number {
  return HIGHLIGHT_QUERIES.find((q) => q.id === query)?.limit ?? 0;
}

function optionLabel(kind: string, field: string, value: string): string | undefined {
  const k = ledgerKind(kind);
  const f = k ? fieldOf(k, field) : undefined;
  return f && f.type === 'select' ? f.options.find((o) => o.value === value)?.label : undefined;
}

/**
 * 五同 (同部署、同推进、同督促、同考核、同奖惩), each said only when a record shows it: a
 * deployment meeting the principals chaired, a progress meeting or a hearing of reports, an
 * inspection, 述法 with its evaluation. No ledger records 奖惩, so it is never asserted.
 */
function fiveTogether(ctx: PhrasingContext): string[] {
  const types = new Set(highlightsOf(ctx, 'principal_meetings').map((h) => fieldText(h, 'type')));
  const shown: string[] = [];
  if (types.has('deployment')) shown.push('同部署');
  if (types.has('progress') || types.has('special') || types.has('briefing')) shown.push('同推进');
  if ((keyValue(ctx, 'leadership.inspections') ?? 0) > 0) shown.push('同督促');
  if (highlightsOf(ctx, 'duty_reports').some((h) => fieldText(h, 'evaluation') !== '')) shown.push('同考核');
  return shown;
}

function duty(ctx: PhrasingContext): DraftParagraph[] {
  const w = ctx.words;
  const meetings = titlesOf(ctx, 'principal_meetings', 3);
  const more = highlightsOf(ctx, 'principal_meetings').length >= limitOf('principal_meetings');
  const together = fiveTogether(ctx);
  const chaired =
    meetings.length > 0
      ? sentence(
          meetings.length === 1 && !more
            ? cl(`亲自主持召开“${meetings[0]}”${/会议?$/.test(meetings[0] ?? '') ? '' : '会议'}`)
            : cl(`亲自主持召开${quotedList(meetings, true)}会议`),
          cl('研究部署法治建设重点任务'),
        )
      : null;
  const appearances = ctx.input.appearances;
  const court =
    appearances && appearances.hearings > 0
      ? appearances.appeared >= appearances.hearings
        ? sentence(cl('行政诉讼案件开庭时'), cl('行政机关负责人均出庭应诉'))
        : appearances.appeared > 0
          ? sentence(
              cl('行政诉讼案件开庭时'),
              cl('行政机关负责人出庭应诉'),
              cl('未能出庭的依法委托工作人员出庭并说明理由'),
            )
          : sentence(cl('行政诉讼案件开庭时'), cl('行政机关负责人未能出庭应诉'), cl('均委托工作人员出庭'))
      : null;
  // nothing on record: no sentence claims the duty was carried out
  if (!chaired && together.length === 0 && !court) return [];
  return drafts([
    'first_responsible_person-duty',
    paragraph(
      sentence(
        cl(`${w.principals}履行推进法治建设第一责任人职责`),
        together.length > 0 ? cl(`把法治建设与经济社会发展${together.join('、')}`) : null,
      ),
      chaired,
      court,
    ),
  ]);
}

function study(ctx: PhrasingContext): DraftParagraph[] {
  const w = ctx.words;
  const topics = titlesOf(ctx, 'central_group_study', 3);
  const sessions = fig(ctx, 'study.central_group_sessions');
  const central =
    sessions || topics.length > 0
      ? sentence(
          sessions
            ? cl(`${w.party}理论学习中心组全年集中学法`, sessions)
            : cl(`${w.party}理论学习中心组坚持集中学法`),
          topics.length > 0 ? cl(`围绕${quotedList(topics, topics.length > 1)}专题开展学习研讨`) : null,
        )
      : null;
  const lectures = highlightsOf(ctx, 'lectures');
  const lectureTopics = titlesOf(ctx, 'lectures', 2);
  const lecturers: string[] = [];
  for (const h of lectures) {
    const name = quotable(ctx, fieldText(h, 'lecturer'));
    if (name && !lecturers.includes(name) && lecturers.length < 2) lecturers.push(name);
  }
  const lectureCount = fig(ctx, 'study.lectures');
  const taught =
    lectureTopics.length > 0 && lecturers.length > 0
      ? sentence(
          lectureCount ? cl('举办法治专题讲座', lectureCount) : cl('举办法治专题讲座'),
          cl(
            `由${lecturers.join('、')}围绕${quotedList(lectureTopics, lectures.length > lectureTopics.length)}主题授课`,
          ),
          cl('班子成员带头参加'),
        )
      : null;
  if (!central && !taught) return [];
  return drafts([
    'first_responsible_person-study',
    paragraph(sentence(cl('坚持领导干部带头学法')), central, taught),
  ]);
}

function report(ctx: PhrasingContext): DraftParagraph[] {
  const count = fig(ctx, 'leadership.law_duty_reports');
  const people: string[] = [];
  const forms: string[] = [];
  const reports = highlightsOf(ctx, 'duty_reports');
  for (const h of reports) {
    const who = quotable(ctx, `${fieldText(h, 'post')}${h.title.trim()}`);
    if (who && !people.includes(who)) people.push(who);
    const form = optionLabel('duty_report', 'occasion', fieldText(h, 'occasion'));
    if (form && !forms.includes(form)) forms.push(form);
  }
  if (!count && people.length === 0) return [];
  const named =
    people.length > 0
      ? cl(
          `${people.slice(0, 3).join('、')}${people.length > 3 || reports.length >= limitOf('duty_reports') ? '等' : ''}${forms.length > 0 ? `以${forms.join('、')}${forms.length > 1 ? '等' : ''}形式` : ''}报告了履行法治建设职责情况`,
        )
      : cl(`${ctx.words.principals}带头报告履行推进法治建设第一责任人职责情况`);
  return drafts([
    'first_responsible_person-report',
    paragraph(sentence(cl('落实领导干部述法制度'), count ? cl('全年领导干部述法', count) : null, named)),
  ]);
}

export function responsiblePersonParagraphs(ctx: PhrasingContext): DraftParagraph[] {
  return [...duty(ctx), ...study(ctx), ...report(ctx)];
}
