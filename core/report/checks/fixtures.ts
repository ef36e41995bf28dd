import type { FigureToken, ReportDocument, ReportParagraph, Segment } from '../model';
import type { CheckContext } from './types';

/**
 * A fictional report for the tests, written for them: 青石镇, 2025, composed from ledger
 * values (LEDGER) with every figure a token. 柳溪镇 is another township of the county.
 */

type Fig = Omit<FigureToken, 't' | 'style'> & { style?: FigureToken['style'] };

export const fig = (f: Fig): FigureToken => ({ t: 'figure', style: 'exact', ...f });
export const txt = (text: string): Segment => ({ t: 'text', text });

/** A paragraph composed from data: strings (text) and figures, in order. */
export function para(id: string, ...parts: (string | FigureToken)[]): ReportParagraph {
  return {
    id,
    origin: 'data',
    segments: parts.map((p) => (typeof p === 'string' ? txt(p) : p)),
  };
}

/** A paragraph the township wrote. */
export const written = (id: string, text: string): ReportParagraph => ({
  ...para(id, text),
  origin: 'written',
});

export const LEDGER: CheckContext['values'] = {
  'leadership.meetings': { value: 4 },
  'study.central_group_sessions': { value: 12 },
  'study.pre_meeting_sessions': { value: 24 },
  'study.lectures': { value: 3 },
  'publicity.events': { value: 15 },
  'publicity.materials': { value: 3256 },
  'publicity.consultations': { value: 186 },
  'enforcement.certified_officers': { value: 14 },
  'enforcement.trainings': { value: 3 },
  'enforcement.inspections': { value: 46 },
  'enforcement.cases': { value: 7 },
  'dispute.handled': { value: 128 },
  'dispute.resolved': { value: 120 },
  'dispute.success_rate': { value: 93.75, numerator: 120, denominator: 128 },
  'petition.cases': { value: 30 },
  'petition.closed': { value: 30 },
  'petition.closure_rate': { value: 100, numerator: 30, denominator: 30 },
};

export const OPENING =
  '2025年，青石镇在县委、县政府的坚强领导下，深入贯彻落实习近平法治思想，围绕建设人民满意的法治政府目标，扎实推进依法行政各项工作。现将有关情况报告如下。';
export const RESPONSIBLE =
  '镇党委书记、镇长认真履行推进法治建设第一责任人职责，带头学法述法，亲自部署法治建设重点任务，对重大行政决策和规范性文件合法性审查严格把关，全年未发生因决策不当引发的群体性事件。';
export const SHORTCOMINGS =
  '一是部分干部运用法治思维和法治方式解决问题的能力仍有不足；二是普法宣传形式较为单一，针对群众需求的精准普法有待加强；三是镇级执法力量相对薄弱，执法规范化水平有待提高。';
export const PLAN =
  '一是持续抓好领导干部学法用法，把法治教育纳入干部培训必修内容；二是深入推进行政执法规范化建设，落实执法全过程记录制度；三是进一步完善矛盾纠纷多元化解机制，推动基层治理法治化。';

export function cleanReport(): ReportDocument {
  return {
    unit: { id: 'u-qingshi', name: '青石镇' },
    year: 2025,
    title: '青石镇人民政府关于2025年法治政府建设工作情况的报告',
    opening: [written('p-open', OPENING)],
    parts: [
      {
        key: 'measures_and_results',
        heading: '推进法治政府建设的主要举措和成效',
        intro: [],
        sections: [
          {
            id: 's-lead',
            heading: '强化组织领导',
            paragraphs: [
              para(
                'p-lead',
                '全年召开法治建设专题会议',
                fig({ key: 'leadership.meetings', value: 4, measure: '次' }),
                '，研究部署法治政府建设重点任务；党委理论学习中心组集中学法',
                fig({ key: 'study.central_group_sessions', value: 12, measure: '次' }),
                '，会前学法',
                fig({ key: 'study.pre_meeting_sessions', value: 24, measure: '次' }),
                '，举办法治专题讲座',
                fig({ key: 'study.lectures', value: 3, measure: '场' }),
                '。',
              ),
            ],
          },
          {
            id: 's-pub',
            heading: '深化普法宣传',
            paragraphs: [
              para(
                'p-pub',
                '围绕群众关心的土地承包、婚姻家庭等问题开展“法律进乡村”普法宣传活动',
                fig({ key: 'publicity.events', value: 15, measure: '场' }),
                '，发放宣传资料',
                fig({ key: 'publicity.materials', value: 3256, measure: '份', style: '余' }),
                '，现场解答群众法律咨询',
                fig({ key: 'publicity.consultations', value: 186, measure: '人次' }),
                '。',
              ),
            ],
          },
          {
            id: 's-enf',
            heading: '规范行政执法',
            paragraphs: [
              para(
                'p-enf',
                '全镇持有行政执法证件人员',
                fig({ key: 'enforcement.certified_officers', value: 14, measure: '人' }),
                '，开展执法人员业务培训',
                fig({ key: 'enforcement.trainings', value: 3, measure: '次' }),
                '；全年开展安全生产等专项检查',
                fig({ key: 'enforcement.inspections', value: 46, measure: '次', style: '余' }),
                '，立案查处违法案件',
                fig({ key: 'enforcement.cases', value: 7, measure: '件' }),
                '。',
              ),
            ],
          },
          {
            id: 's-disp',
            heading: '化解矛盾纠纷',
            paragraphs: [
              para(
                'p-disp',
                '镇村两级人民调解组织排查调处矛盾纠纷',
                fig({ key: 'dispute.handled', value: 128, measure: '件' }),
                '，调解成功',
                fig({ key: 'dispute.resolved', value: 120, measure: '件' }),
                '，调解成功率',
                fig({
                  key: 'dispute.success_rate',
                  value: 93.75,
                  measure: '%',
                  numerator: 120,
                  denominator: 128,
                }),
                '。',
              ),
              para(
                'p-petition',
                '受理信访事项',
                fig({ key: 'petition.cases', value: 30, measure: '件' }),
                '，办结',
                fig({ key: 'petition.closed', value: 30, measure: '件' }),
                '，信访办结率',
                fig({
                  key: 'petition.closure_rate',
                  value: 100,
                  measure: '%',
                  numerator: 30,
                  denominator: 30,
                }),
                '。',
              ),
            ],
          },
        ],
      },
      {
        key: 'first_responsible_person',
        heading: '党政主要负责人履行推进法治建设第一责任人职责情况',
        intro: [written('p-frp', RESPONSIBLE)],
        sections: [],
      },
      {
        key: 'shortcomings',
        heading: '存在的不足和原因',
        intro: [written('p-short', SHORTCOMINGS)],
        sections: [],
      },
      {
        key: 'next_year_plan',
        heading: '2026年工作计划',
        intro: [written('p-plan', PLAN)],
        sections: [],
      },
      { key: 'other', heading: '其他需要报告的情况', intro: [], sections: [] },
    ],
    signature: { unit: '青石镇人民政府', date: '2026-01-20' },
  };
}

/** A paragraph 柳溪镇 wrote about its own dispute work. */
export const LIUXI_PASSAGE =
  '我镇建立镇、村、组三级矛盾纠纷排查网络，由镇综治中心统一受理群众反映的各类矛盾纠纷，按照属地管理和分级负责的原则分流交办，各村调解委员会每月开展一次拉网式排查，确保小事不出村、大事不出镇。';

export const LIUXI_REPORT = [
  '柳溪镇人民政府关于2025年法治政府建设工作情况的报告',
  '2025年，柳溪镇坚持把法治建设作为全镇中心工作的重要保障，各项工作有序开展。',
  '一、推进法治政府建设的主要举措和成效',
  '（一）健全工作机制',
  '镇政府常务会议听取法治建设工作汇报两次，制定年度依法行政工作要点并逐项分解到站所。',
  '（二）加强矛盾调处',
  LIUXI_PASSAGE,
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇长带头参加旁听庭审活动，督促班子成员落实分管领域法治建设责任。',
  '三、存在的不足和原因',
  '个别站所执法文书制作不规范，法律顾问参与决策的深度还不够。',
  '四、2026年工作安排',
  '重点抓好行政执法人员轮训和村级法律顾问服务。',
  '柳溪镇人民政府',
  '2026年1月15日',
].join('\n');

/** 青石镇's own 2024 report: `reused` paragraphs of this year's report appear in it unchanged. */
export function lastYearReport(reused: readonly string[]): string {
  return [
    '青石镇人民政府关于2024年法治政府建设工作情况的报告',
    '一、推进法治政府建设的主要举措和成效',
    '（一）完善制度建设',
    '修订镇政府工作规则和重大行政决策程序规定，聘请县城律师事务所律师担任镇政府法律顾问。',
    '（二）开展集中普法',
    '利用春节返乡和集镇赶集日组织法律咨询活动，重点宣传民法典和反电信网络诈骗法。',
    ...reused,
    '二、存在的不足和原因',
    '村级法治宣传阵地利用率不高，少数村居法律顾问服务流于形式。',
    '三、2025年工作安排',
    '继续推进法治乡村建设，争创市级民主法治示范村。',
    '青石镇人民政府',
    '2025年1月18日',
  ].join('\n');
}
