/**
 * Nouns of places, bodies, facilities and activities a figure may count (14个村, 9个社区, 3个部门,
 * 1个便民服务中心, 16个嘎查村) that no key of the catalog counts unless its `counts` names them
 * (a key of model villages counts 村): a figure followed by one of them is the number of places
 * the work reached or the unit has, not the key's figure whose cue stands nearby.
 */
export const OTHER_NOUNS = [
  '村',
  '嘎查',
  '社区',
  '居委会',
  '村委会',
  '村民小组',
  '乡镇',
  '镇',
  '乡',
  '苏木',
  '街道',
  '小区',
  '网格',
  '部门',
  '单位',
  '科室',
  '站所',
  '企业',
  '学校',
  '中心',
  '工作站',
  '服务站',
  '服务点',
  '阵地',
  '基地',
  '广场',
  '公园',
  // what a report writes or finds, which no key counts (出具法律审查意见13件, 破解难点问题4项)
  '意见',
  // 出具合法性审查意见书12份: the documents written, as 意见 is
  '意见书',
  '问题',
  // activities no session key counts (组织3次法律知识测试 is no training)
  '考试',
  '测试',
  '测评',
  '竞赛',
  '调研',
  '演练',
] as const;
