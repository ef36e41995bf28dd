import { cl, fig, hasFigure, highlightsOf, paragraph, sentence, trend } from './kit';
import { type AreaPhrasing, drafts } from './types';

/** 组织领导 and 学法用法 in part 一. */

export const ORGANIZATION: AreaPhrasing = {
  area: 'organization',
  heading: '加强组织领导，压实法治建设责任',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const meetings = cl('全年召开法治建设专题会议', fig(ctx, 'leadership.meetings'));
    const inspections = cl('组织开展法治督察和专项督查', fig(ctx, 'leadership.inspections'));
    const reports = cl('组织领导干部述法', fig(ctx, 'leadership.law_duty_reports'));
    const group =
      highlightsOf(ctx, 'leadership_group').length > 0 ? cl('年内调整充实了法治建设领导小组') : null;
    if (!hasFigure(meetings, inspections, reports) && !group) return [];
    return drafts([
      'organization-work',
      paragraph(
        sentence(
          cl(`${w.leadership}把法治政府建设摆在全局工作的重要位置`),
          group,
          meetings,
          meetings && trend(ctx, 'leadership.meetings'),
          cl('研究部署年度重点任务'),
        ),
        sentence(inspections, inspections && cl('对发现的问题逐项督促整改'), reports),
      ),
    ]);
  },
};

export const CAPACITY: AreaPhrasing = {
  area: 'capacity',
  heading: '抓实学法用法，提升干部法治素养',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const central = cl(`${w.party}理论学习中心组集中学法`, fig(ctx, 'study.central_group_sessions'));
    const preMeeting = cl('开展会前学法', fig(ctx, 'study.pre_meeting_sessions'));
    const lectures = cl('举办法治专题讲座', fig(ctx, 'study.lectures'));
    const trainings = cl('开展干部职工法治培训', fig(ctx, 'study.cadre_trainings'));
    const attendance = cl('累计参训', fig(ctx, 'study.training_attendance', '人次'));
    const study = hasFigure(central, preMeeting, lectures, trainings, attendance)
      ? sentence(
          cl('坚持把学法作为干部履职的基本功'),
          central,
          preMeeting,
          lectures,
          trainings,
          trainings && trend(ctx, 'study.cadre_trainings'),
          attendance,
        )
      : null;
    const takers = fig(ctx, 'study.exam_takers', '人');
    const exam = takers
      ? sentence(
          cl('组织干部职工参加学法考试'),
          cl('参考', takers),
          cl('合格', fig(ctx, 'study.exam_passed', '人')),
          cl('参考率', fig(ctx, 'study.exam_participation_rate')),
          cl('合格率', fig(ctx, 'study.exam_pass_rate')),
        )
      : null;
    const court = cl('组织干部旁听庭审', fig(ctx, 'study.court_observations'));
    // 参学率 from the sessions that list who should come (issue 16 §3)
    const attendanceRate = cl('学法活动到课率', fig(ctx, 'study.attendance_rate'));
    const oath = cl('组织新任职人员向宪法宣誓', fig(ctx, 'study.oath_takers', '人'));
    return drafts(
      ['capacity-study', paragraph(study, sentence(attendanceRate), sentence(oath))],
      ['capacity-exam', paragraph(exam, sentence(court, court && cl('以身边案例增强学法实效')))],
    );
  },
};
