/**
 * Words and fixed terms of government and rule-of-law writing, in their correct form. Used to
 * decide which of two spellings that differ by one confusable character is the word
 * (ownVocabulary.ts). Written for this project from the vocabulary of the statutory report
 * outline and of the 法治政府建设实施纲要; longer entries win over shorter ones, so a term such
 * as 法制审核 decides against 法治审核 although 法治 alone is a word too.
 *
 * The last block is the everyday two-character vocabulary of official reports (重视, 队伍, 咨询,
 * 落实 …), written for wordTypos.ts: a one-character slip whose correction is one of these words
 * is reported although the report does not write the word elsewhere.
 */
const WORDS = `
法治 法制 法规 法律 法定 依法 法院 司法 执法 普法 守法 用法 学法 懂法 立法 宪法 民法典 法典
政府 政务 政策 行政 党政 执政 财政 政治 政法 民政 施政 政协
证明 证据 证件 证照 办证 发证 持证 亮证 考证 证书 许可证 执法证
整改 整治 整合 整体 整顿 正确 公正 正常 正式 纠正 正当
制度 体制 机制 编制 管制 控制 制定 制订 法制审核 责任制 法治审核制度
治理 综治 自治 德治 整治 治安
部署 安排 布局 部门 全部 干部 内部 基层 步伐
贯彻 切实 彻底 一切 密切 切合
形象 现象 对象 向上 方向 项目 事项 专项 各项 项目化
作出 工作 作用 合作 协作 作风 做好 做到 做法 座谈 座谈会
即时 即将 既定 及时 以及 涉及 普及 急需 紧急 等级 层级 各级 上级 集中 集体 召集
已经 以来 以上 以下 以前 以后 可以 予以 加以 用以 所以 自己
截至 截止 结合 总结 结果 结构 团结 终结 节点 环节 节约
至今 以至 直至 截至 防止 停止 禁止 制止 终止 废止 为止 设置 配置 处置 装置
规定 决定 确定 认定 审定 鉴定 修订 签订 订立
必须 必需 需要 需求 急需 无须
历次 历年 历史 历届 经历 严厉 鼓励 激励 能力 力度 力量 努力 合力 致力 成立 建立 设立 树立 条例 案例 惯例 比例 例会
规范 规划 规则 规章 法规 正规 归档 回归 归口 归集
示范 防范 范围 规范化 模范 典范
监督 督查 督促 督办 督导 首都 都要 都是
审查 检查 调查 排查 巡查 核查 督察 监察 检察 观察 警察 视察 考察 差距 偏差
审核 核查 核实 核心 考核 合法 合法性审查 合同 合作 配合 结合 综合 联合 和谐
审批 审计 审议 审理 审判 申请 申报 申诉 重申 精神
事务 政务 服务 任务 业务 义务 财务 商务 警务 事物 错误
纪律 纪检 记录 登记 业绩 绩效 层级 计划 统计 设计 技术
事项 事件 事业 事实 实施 实际 实效 落实 实现 时间 时代 及时 措施 设施 形势 优势 电视 重视 监视 考试 试点
权力 权利 职权 权责 授权 放权 全面 全体 全县 全镇 安全 健全 完全 劝导
决策 政策 对策 策划 侧重 台账 手册 登记册 监测 检测 测评
防控 防范 预防 消防 走访 信访 回访 来访 接访 放管服 开放 发放 下放 住房
调解 调处 调查 调研 调整 协调 强调
变化 强化 深化 优化 化解 规划 计划 划分 谈话 讲话 中华
建设 建立 创建 组建 健全 健康 文件 案件 条件 检查 检察 意见 践行 实践 鉴定
专项 专题 专门 专业 专家 转变 转化 转办 移转
宣传 宣讲 宣判 宣誓
传达 传承 传统 流传
普法 普及 普遍 普通
效果 效率 效能 成效 实效 有效 高效 时效 学校 党校 校园
办理 办公 办件 办案 办事 办法 举办 创办 办证大厅 一半 陪伴 版本 班子 培训班
大厅 听证 听取 庭审 法庭 家庭 停止
纳入 采纳 缴纳 吸纳 容纳 收纳
依法 依据 依托 依照 依靠 以来 一是 统一 医疗 医保
法律 纪律 规律 律师 效率 比率 概率 考虑 顾虑
行政 执行 行为 运行 进行 推行 履行 实行 行动 形式 形成 情形 类型 典型 转型 刑事 性质 合法性 规范性 兴趣
公开 公共 公众 公正 公平 公益 公司 公示 工作 职工 员工 施工 功能 成功 共同 公共法律服务 攻坚 提供 供给
人民 民主 民生 居民 村民 群众 民众 名称 名单 明确 文明 说明 透明 证明
群众 重大 重点 重要 严重 尊重 中心 集中 其中 终身 最终 种类 各种
诉讼 诉求 投诉 申诉 起诉 述法 述职 讲述 综述 素质 要素
议题 会议 建议 审议 协议 意见 意识 满意 注意 意义 定义 异议 公益 权益 效益 文艺 容易
复议 行政复议 答复 恢复 回复 批复 覆盖 全覆盖 交付 支付 对付 副职 附件 服务 说服
营商 营商环境 经营 运营 赢得 盈利 迎接
环境 困境 境内 竞争 竞赛 毕竟 究竟 镜头 平静 安静 敬业
职能 职责 职务 职工 职权 履职 价值 产值 素质 质量 实质 正直 直接 执法 执行 指导 指挥 指标
管理 治理 处理 理论 理解 清理 受理 审理 道理 合理 心理 助理 村里 能力 有力 权力 利益 权利 有利 顺利 便利 案例 条例 比例
决定 决策 解决 坚决 判决 表决 拒绝 杜绝 绝对 觉悟 自觉
纠纷 纠正 纠错 研究 追究 究竟
纷纷 矛盾纠纷 分析 部分 分工 分类 身份 年份 省份 兴奋
风险 作风 风气 风貌 丰富 密封
风险 危险 保险 明显 显著 限制 期限 权限 一线 线索 路线 发现 实现 现场 县委 县政府 全县 宪法 宪法宣传 奉献 贡献 文献
贯彻 一贯 习惯
深入 深化 深刻 申请 申报 身边 自身 亲身
推进 促进 进一步 先进 尽快 尽力 紧密 紧紧 附近 最近 近年 今年 至今
领导 领域 引领 带领 命令 另外
领导 指导 督导 引导 倡导 宣导 主导 到位 达到 做到 得到 道路 渠道 报道
组织 组建 组成 小组 领导小组 班组 阻碍 祖国
组织 纺织 编织 职能 职责
会议 大会 社会 学会 机会 汇报 汇总 汇编 汇聚 实惠 惠民 优惠 智慧 智能
精神 精准 精细 经济 经验 经过 已经 北京
思想 思路 思维 思考 斯文 司法 公司 隐私 私人
思想 理想 设想 享受 共享 分享 相关 互相 相互
开展 展开 发展 进展 展示 挑战 战略 网站 站点 工作站 占用 占比
培训 培育 培养 陪同 赔偿 国家赔偿
培训 训练 通讯 资讯 迅速
章程 规章 文章 张贴 表彰 彰显 掌握
程序 工程 过程 进程 章程 成果 成效 完成 形成 组成 承担 承办 承诺 城市 城乡 诚信 诚实 呈现
秩序 程序 顺序 有序 叙述 继续 持续 连续 手续 情绪
历届 换届 届满 本届 各界 界限 边界 戒毒
纲要 大纲 提纲 钢铁 刚性 岗位
重点 特点 节点 试点 观点 典型 经典 庆典 电话 电视 电子 电力
期末 年末 末端 未来 未成年人 尚未 从未
拨付 拨款 选拔 提拔
等候 气候 时候 问候 诸侯
辨别 辨析 分辨 辩论 答辩 辩护
台账 账户 账目 帐篷
材料 教材 人才 刚才 财政 财产
墙壁 壁垒 完璧
构建 机构 结构 虚构 采购 购买
措施 举措 错误 差错 纠错 错位
实施 施工 措施 设施 教师 律师 师生 失误 失职 失信 缺失 损失
监督 监管 监测 监察 坚持 坚定 攻坚 坚决 兼职 兼顾
管理 监管 主管 托管 官员 法官 检察官 关于 机关 相关 有关 海关 把关 观念 客观 观摩
以案释法 谁执法谁普法 尊法学法守法用法 执法全过程记录 行政执法公示 重大行政决策 规范性文件 依法行政
人民调解 法律顾问 政务公开 第一责任人 枫桥经验 法律明白人 会前学法 行政应诉 办事大厅 便民服务中心
智能高效 廉洁诚信 权责法定 执法严明 职能科学 双随机 证照分离 放管服 好差评 述法 庭审旁听 旁听庭审
法治政府 法治国家 法治思维 法治方式 法治素养
依法治国 全面依法治国 依法治县 依法治区 依法治镇 依法治乡 依法治市 依法治理 依法决策 依法履职 依法执政
习近平法治思想 中心组 理论学习中心组 党政主要负责人 主要负责人 第一责任人职责 推进法治建设
行政执法 执法人员 执法证件 执法监督 执法检查 综合行政执法 行政处罚 行政许可 行政强制 行政检查 案卷评查
行政复议 行政诉讼 备案审查 法律援助 人民调解员 调解委员会 矛盾纠纷 信访工作 信访事项 网格员 学法用法
政务服务 政务服务中心 营商环境 普法宣传 普法责任制 宪法宣传周 国家安全教育日 民法典 扫黑除恶 安全生产
法治政府建设 贯彻落实 决策部署 安排部署 研究部署
公职人员 出庭应诉 人民调解委员会
民主法治示范村 社会治理 基层治理 治理能力 治理体系 现代化 一网通办 法律法规 规章制度 实施方案 工作要点 领导小组
重视 研究 部署 队伍 资料 咨询 和谐 稳定 领导 组织 落实 排查 化解 维护 水平 记录 过程 决定 审核 宣传 活动 开展 推进 加强 提升 完善 健全 深化 强化 规范 执行 实施 服务 群众 社会 经济 发展 建设 管理 工作 制度 机制 体系 能力 意识 思想 精神 理论 学习 培训 教育 考试 会议 专题 讲座 案件 纠纷 矛盾 调解 信访 投诉 举报 诉求 问题 隐患 风险 安全 生产 环境 生态 保护 营商 企业 市场 监管 许可 审批 处罚 强制 复议 诉讼 应诉 出庭 败诉 判决 裁定 检察 监察 纪律 廉政 作风 效能 效率 质量 标准 程序 流程 环节 步骤 措施 办法 方案 计划 要点 目标 任务 责任 职责 职能 权力 权利 义务 利益 权益 合法 公正 公平 公开 透明 文明 严格 依法 科学 民主 决策 论证 评估 听证 征求 意见 建议 提案 代表 委员 人大 政协 党委 政府 部门 单位 社区 网格 乡镇 街道 基层 志愿 律师 顾问 公证 援助 司法 公安 法院 党员 干部 职工 人员 成员 村民 居民 学生 宪法 法律 法规 规章 条例 文件 通知 报告 总结 情况 成效 举措 亮点 特色 品牌 阵地 载体 平台 渠道 窗口 大厅 中心 站点 网站 横幅 标语 展板 手册 折页 海报 视频 线上 线下 入户 走访 整改 整治 督查 督导 考核 评议 通报 约谈 问责 追究
宣传资料 法律知识 科学决策 民主决策 公共服务 平安建设 乡村振兴 法律咨询 法律服务 组织领导 生态环境 重点工作 工作机制 工作格局 责任清单 权责清单
`;

export const LEXICON: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length >= 2));

/**
 * LEXICON's words of two to six characters by their first and by their last code unit, so a
 * check can ask whether one starts or ends at a position by comparing code units, without a
 * string cut out of the text and hashed per length (issue 12: that was most of
 * findDoubledCharacters' time).
 */
const BY_FIRST: (string[] | undefined)[] = new Array(0x10000);
const BY_LAST: (string[] | undefined)[] = new Array(0x10000);
for (const w of LEXICON) {
  if (w.length > 6) continue;
  const f = w.charCodeAt(0);
  const l = w.charCodeAt(w.length - 1);
  (BY_FIRST[f] ??= []).push(w);
  (BY_LAST[l] ??= []).push(w);
}

function sameAt(text: string, s: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(s + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** Whether a LEXICON word of two to six characters starts at i: `LEXICON.has(text.slice(i, i + len))` for some len. */
export function lexiconWordStartsAt(text: string, i: number): boolean {
  if (i < 0) return false;
  const words = BY_FIRST[text.charCodeAt(i)];
  if (words === undefined) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (i + w.length <= text.length && sameAt(text, i, w)) return true;
  }
  return false;
}

/** Whether a LEXICON word of two to six characters ends at i (its last character is text[i]). */
export function lexiconWordEndsAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const words = BY_LAST[text.charCodeAt(i)];
  if (words === undefined) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const s = i + 1 - w.length;
    if (s >= 0 && sameAt(text, s, w)) return true;
  }
  return false;
}
