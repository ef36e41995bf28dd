/**
 * Refusals of the operator's commands (backup, restore, start-up checks, audit heads), as codes
 * with their Chinese wording in one map. The command line prints the message and exits 1; no
 * stack trace, since each says what to do.
 */
const OPS_MESSAGES = {
  DATABASE_NEWER: (p: Params) =>
    `数据库由较新版本的程序升级过（已执行迁移 ${p.applied} 个，最新 ${p.latest}；本程序只带 ${p.shipped} 个，最新 ${p.shipped_latest}）。` +
    '不能用旧程序打开新数据库：请安装与数据库相符或更新的版本，或用本版本做的备份恢复到新的空数据目录/数据库。',
  BACKUP_NEWER: (p: Params) =>
    `备份文件来自较新版本的程序（迁移 ${p.applied} 个，本程序只带 ${p.shipped} 个），请先升级程序再恢复。`,
  BACKUP_UNREADABLE: (p: Params) => `备份文件无法读取或已损坏：${p.detail}`,
  RESTORE_TARGET_NOT_EMPTY: (p: Params) =>
    `恢复目标不是空的（${p.detail}）。为防止覆盖现有数据，恢复只写入空的数据目录或空数据库：` +
    '请用 FAZHI_DATA_DIR 指定一个新目录，或在 PostgreSQL 中新建一个空库（createdb）后设置 DATABASE_URL。',
  RESTORE_TARGET_OTHER_VERSION: (p: Params) =>
    `恢复目标已按另一版本建表（已执行迁移 ${p.target} 个，备份为 ${p.backup} 个）。请换一个从未启动过的空数据目录或空数据库。`,
  SERVER_RUNNING_NO_CONTROL: (p: Params) =>
    `数据目录 ${p.dir} 正由运行中的服务使用，且未能连接其本机控制通道（${p.socket}）。` +
    '请确认服务为本版本并以同一用户运行，或停止服务后再执行。',
  HEADS_FILE_INVALID: (p: Params) => `链头登记表无法读取：${p.detail}`,
  HEADS_FILE_DIGEST: () =>
    '链头登记表的摘要与内容不符：文件在导出后被改动过。请用打印件或县里留存的副本核对。',
} as const;

type Params = Record<string, string | number>;
export type OpsErrorCode = keyof typeof OPS_MESSAGES;

export class OpsError extends Error {
  constructor(
    readonly code: OpsErrorCode,
    params: Params = {},
  ) {
    super(OPS_MESSAGES[code](params));
    this.name = 'OpsError';
  }
}
