/**
 * Every kind's id, label and area, without the declarations: what the app's menu and routes
 * need on first load (the declarations themselves load with the ledger pages). A test keeps
 * it in step with LEDGER_KINDS.
 */
export interface KindEntry {
  kind: string;
  label: string;
  area: string;
}

export const KIND_INDEX: readonly KindEntry[] = [
  { kind: 'dispute', label: '矛盾纠纷', area: '矛盾纠纷' },
  { kind: 'petition', label: '信访事项', area: '矛盾纠纷' },
  { kind: 'mediation_committee', label: '人民调解委员会', area: '矛盾纠纷' },
  { kind: 'suggestion', label: '群众意见建议', area: '矛盾纠纷' },
  { kind: 'officer', label: '执法人员', area: '行政执法' },
  { kind: 'enforcement_matter', label: '执法事项', area: '行政执法' },
  { kind: 'enforcement_case', label: '执法案件', area: '行政执法' },
  { kind: 'inspection', label: '执法检查', area: '行政执法' },
  { kind: 'enforcement_training', label: '执法培训', area: '行政执法' },
  { kind: 'case_file_review', label: '案卷评查', area: '行政执法' },
  { kind: 'leadership_group', label: '法治建设领导小组', area: '组织领导' },
  { kind: 'meeting', label: '法治建设会议', area: '组织领导' },
  { kind: 'duty_report', label: '领导干部述法', area: '组织领导' },
  { kind: 'inspection_of_law', label: '法治督察', area: '组织领导' },
  { kind: 'study_session', label: '学法活动', area: '学法普法' },
  { kind: 'exam', label: '学法考试', area: '学法普法' },
  { kind: 'publicity_event', label: '普法活动', area: '学法普法' },
  { kind: 'legal_advisor', label: '法律顾问', area: '依法决策' },
  { kind: 'major_decision', label: '重大行政决策', area: '依法决策' },
  { kind: 'normative_document', label: '行政规范性文件', area: '依法决策' },
  { kind: 'contract_review', label: '合同合法性审查', area: '依法决策' },
  { kind: 'disclosure', label: '主动公开', area: '政务公开' },
  { kind: 'disclosure_request', label: '依申请公开', area: '政务公开' },
  { kind: 'litigation_case', label: '复议诉讼案件', area: '监督与诉求' },
  { kind: 'npc_suggestion', label: '人大代表建议', area: '监督与诉求' },
  { kind: 'procuratorial_recommendation', label: '检察建议', area: '监督与诉求' },
  { kind: 'hotline_item', label: '民情热线诉求', area: '监督与诉求' },
  { kind: 'service_month', label: '政务服务月报', area: '监督与诉求' },
  { kind: 'village_rule', label: '村规民约备案审查', area: '法治乡村' },
  { kind: 'model_village', label: '民主法治示范村创建', area: '法治乡村' },
  { kind: 'legal_aide', label: '法律明白人', area: '法治乡村' },
  { kind: 'risk_assessment', label: '重点人员与矛盾风险研判', area: '矛盾纠纷' },
  { kind: 'assigned_task', label: '上级交办与督察整改', area: '组织领导' },
  { kind: 'admin_mediation', label: '行政调解', area: '矛盾纠纷' },
];
