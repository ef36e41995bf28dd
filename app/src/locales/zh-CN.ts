import type { DefectConfidence, DefectKind, SectionKey } from '../../../core/analyzer/types';
import { RECTIFICATION_STATUS_LABELS } from '../../../core/review/rectificationFlow';
import { ROLE_LABELS, ROLES } from '../../../core/roles';
import { UNIT_LEVEL_LABELS, UNIT_LEVELS } from '../../../core/units/unitLevel';

// Role, level and rectification wording is shared with the server so the two can never disagree.
export { RECTIFICATION_STATUS_LABELS, ROLE_LABELS, ROLES, UNIT_LEVEL_LABELS, UNIT_LEVELS };

export const PRODUCT_NAME = '法治政府建设工作平台';

export const USER_STATUS_LABELS = {
  active: '正常',
  disabled: '已停用',
  locked: '已锁定',
} as const;

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'user.create': '创建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出',
  'unit.create': '创建单位',
  'unit.update': '修改单位信息',
  'unit.population': '登记常住人口',
  'review.create': '上传审查报告',
  'review.defect_dismiss': '忽略误报问题',
  'review.defect_restore': '恢复已忽略的问题',
  'review.delete': '删除上传的报告',
  'review.reassign': '改派报告所属乡镇',
  'rectification.create': '下发整改',
  'rectification.answer': '反馈整改情况',
  'rectification.attach': '上传整改附件',
  'rectification.close': '销号',
  'rectification.return': '退回重新整改',
  'ledger.create': '登记台账记录',
  'ledger.update': '修改登记信息',
  'ledger.delete': '删除台账记录',
  'ledger.attach': '上传附件',
  'ledger.detach': '删除附件',
  'ledger.reveal': '查看完整个人信息',
  'ledger.export_reveal': '导出完整个人信息',
  'ledger.document': '打印或导出文书',
  'ledger.import': '导入台账',
  'ledger.intake': '群众在线提交',
  'ledger.setting': '修改县级设置',
  'attachment.orphan_swept': '清理未完成上传的残留文件',
};

/** Labels for fields that appear in audit before/after snapshots; unknown fields show their key. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  unitId: '单位',
  phone: '手机号',
  status: '状态',
  name: '名称',
  level: '级别',
  code: '行政区划代码',
  parentId: '上级单位',
  failedLogins: '连续失败次数',
  lockedUntil: '锁定至',
  ip: 'IP 地址',
  fileName: '文件名',
  sha256: '文件摘要',
  reportUnit: '报告署名单位',
  reportYear: '报告年度',
  defect: '问题',
  instruction: '整改要求',
  deadline: '整改期限',
  text: '说明',
  key: '设置项',
  value: '设置值',
  event: '办理步骤',
  attachment: '附件',
  size: '大小',
  pieces: '分块数',
  writtenAt: '写入时间',
};

/** 报告审查: what the analyzer found wrong, in the reviewer's words. */
export const DEFECT_KIND_LABELS: Record<DefectKind, string> = {
  year_mismatch: '年份错误',
  unit_mismatch: '单位名称/落款不符',
  rate_mismatch: '比率与数据不符',
  part_exceeds_whole: '部分大于整体',
  missing_section: '缺少法定内容',
  typo: '错别字/标点',
  duplicated_text: '重复内容',
  numbering: '序号错误',
  other: '其他',
};

/** How sure the analyzer is of a finding (docs/defects.md). */
export const DEFECT_CONFIDENCE_LABELS: Record<DefectConfidence, string> = {
  high: '把握大',
  medium: '需核实',
  low: '仅供参考',
};

/** The four parts every annual report must contain. */
export const SECTION_LABELS: Record<SectionKey, string> = {
  measures_and_results: '主要举措和成效',
  first_responsible_person: '第一责任人履职情况',
  shortcomings: '存在的不足和原因',
  next_year_plan: '下一年度主要安排',
};

/** Why a report's copy count may be short: its copy search ran out of time (review table, 雷同 tab). */
export const COPIES_INCOMPLETE = '雷同比对超出时限未完成，结果可能不全；可将该报告单独重新上传再比对';

export const COPY_KIND_LABELS: Record<
  'cross_unit' | 'self_repeat' | 'same_unit' | 'same_unit_previous_year',
  string
> = {
  cross_unit: '与其他单位雷同',
  self_repeat: '重复本单位往年报告',
  // reviews stored before self_repeat existed
  same_unit_previous_year: '与本单位上年报告雷同',
  same_unit: '与本单位其他报告雷同',
};

export const roleLabel = (role: string): string => (ROLE_LABELS as Record<string, string>)[role] ?? role;

export const unitLevelLabel = (level: string): string =>
  (UNIT_LEVEL_LABELS as Record<string, string>)[level] ?? level;

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;

/** Findings of a 整改 item made from a copied passage (server/commands/rectificationCommands.ts copyDefect). */
export const COPY_FINDING_LABELS: Record<'copy' | 'self_repeat', string> = {
  copy: '雷同段落',
  self_repeat: '重复往年报告',
};

export const defectKindLabel = (kind: string): string =>
  (DEFECT_KIND_LABELS as Record<string, string>)[kind] ??
  (COPY_FINDING_LABELS as Record<string, string>)[kind] ??
  kind;
