import type { Area } from '../indicators/types';

/**
 * What counts as weak, and how a weakness and its remedy are worded. Thresholds are local
 * practice rather than statute: a township sees them as suggestions it may drop or rewrite.
 * The wording carries no numbers: part 二 is read by the analyzer like part 一, and a
 * number stated there would be taken for a result of the year.
 */

/** A rate below `below` (percent) is a weakness, worded as `issue`. */
export interface RateRule {
  key: string;
  area: Area;
  below: number;
  issue: string;
}

export const RATE_RULES: readonly RateRule[] = [
  { key: 'study.exam_participation_rate', area: 'capacity', below: 95, issue: '仍有部分干部未参加学法考试' },
  { key: 'study.exam_pass_rate', area: 'capacity', below: 95, issue: '学法考试合格率不够理想' },
  {
    key: 'decision.advisor_coverage_rate',
    area: 'decision',
    below: 100,
    issue: '法律顾问尚未覆盖全部村（社区）',
  },
  {
    key: 'enforcement.certification_rate',
    area: 'enforcement',
    below: 90,
    issue: '仍有在岗执法人员未取得行政执法证件',
  },
  {
    key: 'supervision.npc_closure_rate',
    area: 'supervision',
    below: 100,
    issue: '人大代表建议尚未全部办复',
  },
  {
    key: 'supervision.hotline_closure_rate',
    area: 'supervision',
    below: 95,
    issue: '部分热线诉求办理不够及时',
  },
  { key: 'dispute.success_rate', area: 'dispute', below: 90, issue: '部分矛盾纠纷调解未能达成协议' },
  { key: 'dispute.closure_rate', area: 'dispute', below: 90, issue: '一些矛盾纠纷未能及时结案' },
  { key: 'petition.closure_rate', area: 'dispute', below: 95, issue: '部分信访事项未能按期办结' },
  {
    key: 'service.satisfaction_rate',
    area: 'service',
    below: 95,
    issue: '群众对政务服务的满意度还有提升空间',
  },
];

/**
 * Work a township normally does every year. `usual`: a zero is itself a weakness (the work
 * was not done, or not entered in the ledgers); otherwise only a fall from last year is.
 */
export interface ActivityRule {
  key: string;
  area: Area;
  /** short name used in 不足 (法治建设专题会议) */
  name: string;
  usual: boolean;
}

export const ACTIVITY_RULES: readonly ActivityRule[] = [
  { key: 'leadership.meetings', area: 'organization', name: '法治建设专题会议', usual: true },
  { key: 'leadership.law_duty_reports', area: 'organization', name: '领导干部述法', usual: true },
  { key: 'leadership.inspections', area: 'organization', name: '法治督察', usual: false },
  { key: 'study.central_group_sessions', area: 'capacity', name: '中心组学法', usual: true },
  { key: 'study.pre_meeting_sessions', area: 'capacity', name: '会前学法', usual: true },
  { key: 'study.lectures', area: 'capacity', name: '法治专题讲座', usual: false },
  { key: 'study.cadre_trainings', area: 'capacity', name: '干部法治培训', usual: false },
  { key: 'publicity.events', area: 'publicity', name: '普法宣传活动', usual: true },
  { key: 'publicity.lectures', area: 'publicity', name: '面向群众的法律知识讲座', usual: false },
  { key: 'decision.legal_advisors', area: 'decision', name: '聘请法律顾问', usual: true },
  { key: 'enforcement.trainings', area: 'enforcement', name: '执法人员培训', usual: true },
  { key: 'enforcement.inspections', area: 'enforcement', name: '执法检查', usual: false },
  { key: 'enforcement.file_reviews', area: 'enforcement', name: '执法案卷评查', usual: false },
  { key: 'supervision.disclosures', area: 'supervision', name: '政府信息主动公开', usual: true },
  { key: 'dispute.mediation_committees', area: 'dispute', name: '人民调解委员会', usual: true },
  { key: 'dispute.legal_aides_trained', area: 'dispute', name: '法律明白人培训', usual: false },
];

/** A fall to this share of last year's figure or below is worth a word. */
export const FALL_RATIO = 0.8;

/** Per area: the weakness in a sentence, what follows from it, its cause, and next year's remedy. */
export interface AreaWording {
  problem: string;
  effect: string;
  /** why it happened, as a clause of 究其原因 (一是…；二是…) */
  cause: string;
  plan: string;
}

export const AREA_WORDING: Record<Area, AreaWording> = {
  organization: {
    problem: '统筹推进法治建设的力度还需加大',
    effect: '法治建设与中心工作结合得还不够紧密',
    cause: '法治建设专题研究、述法和督察等制度还没有形成固定的年度安排',
    plan: '健全法治建设推进机制。定期召开专题会议研究部署法治政府建设，落实领导干部述法和法治督察制度，把法治建设成效纳入年度综合考核，推动各项任务落到实处。',
  },
  capacity: {
    problem: '干部学法用法的经常性和实效性还不够',
    effect: '少数干部运用法治思维和法治方式解决问题的能力有待增强',
    cause: '干部学法的组织、考试和考核结合得不够紧，学法情况未与履职评价挂钩',
    plan: '推动干部学法常态化。严格落实中心组学法和会前学法制度，针对学法考试中暴露的薄弱环节开展辅导，把学法情况纳入干部年度考核，做到学用结合。',
  },
  publicity: {
    problem: '普法宣传的覆盖面和针对性还不够',
    effect: '部分群众特别是留守老人和外出务工人员的法治意识仍较淡薄',
    cause: '普法工作主要依靠集中宣传，面向重点人群的经常性普法安排不足',
    plan: '提升普法宣传精准度。落实“谁执法谁普法”责任制，结合重要时间节点开展主题宣传，用好以案释法和新媒体平台，把法律知识送到田间地头和群众身边。',
  },
  decision: {
    problem: '依法决策的支撑力量还比较薄弱',
    effect: '法律顾问在重大决策和合同审查中的作用发挥不够充分',
    cause: '法律顾问的聘用、联系和考核机制不够健全，服务未覆盖到村（社区）一级',
    plan: '夯实依法决策基础。完善法律顾问聘用和考核机制，实现法律顾问服务全覆盖，严格落实重大行政决策法定程序，坚持应审必审。',
  },
  enforcement: {
    problem: '行政执法规范化建设仍有短板',
    effect: '执法人员的业务能力与综合执法的要求相比还有差距',
    cause: '执法人员培训和持证管理抓得不够经常，执法案卷评查发现的问题整改不够到位',
    plan: '加强执法队伍建设。组织执法人员轮训和岗位练兵，推动在岗人员持证上岗，全面落实行政执法三项制度，定期开展案卷评查，以评促改。',
  },
  supervision: {
    problem: '权力运行监督和政务公开工作还需加强',
    effect: '群众和代表反映的问题办理质效有待提升',
    cause: '代表建议、热线诉求的交办督办和回访机制还不完善，办理责任未压实到人',
    plan: '强化权力运行监督。规范政府信息主动公开和依申请公开，完善人大代表建议和热线诉求的交办、督办、回访机制，做到件件有着落、事事有回音。',
  },
  dispute: {
    problem: '矛盾纠纷源头化解的能力还需提升',
    effect: '部分纠纷未能在基层得到及时有效化解',
    cause: '矛盾纠纷排查预警不够及时，调解员力量和专业能力与化解任务不相适应',
    plan: '推进矛盾纠纷多元化解。健全调解、信访、诉讼衔接机制，加强调解员和法律明白人培训，把矛盾纠纷化解在萌芽状态、解决在基层一线。',
  },
  service: {
    problem: '政务服务便民化水平还有提升空间',
    effect: '部分事项办理环节多、时限长',
    cause: '政务服务事项的流程梳理和标准化建设还不到位',
    plan: '优化政务服务。推进政务服务事项标准化、规范化、便利化，精简办事材料和环节，畅通群众评价渠道，持续提升办事群众满意度。',
  },
};

/** When the ledgers show a lost lawsuit. */
export const LITIGATION_WORDING: AreaWording = {
  problem: '依法行政的水平还需进一步提高',
  effect: '全年出现行政诉讼败诉案件，反映出个别执法环节在程序和证据上仍有疏漏',
  cause: '重大执法决定法制审核和证据收集把关不严，对败诉风险的研判不够',
  plan: '从败诉案件中查找问题。逐案分析败诉原因，完善重大执法决定法制审核和集体讨论制度，落实行政机关负责人出庭应诉，防止同类问题再次发生。',
};
