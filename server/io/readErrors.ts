import { READ_LIMITS } from './limits';

/**
 * Why a report file could not be read, with the Chinese wording shown to the
 * clerk. Kept beside the readers (not in core/messages.zh-CN.ts) because these are
 * per-file results in the analysis output, not HTTP error codes.
 */
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const READ_ERROR_MESSAGES = {
  EMPTY: '文件为空，请检查是否上传了正确的文件',
  TOO_LARGE: `文件过大（上限 ${mb(READ_LIMITS.maxFileBytes)}），请压缩图片或拆分后再上传`,
  UNSUPPORTED_FORMAT: '不支持该文件格式，请上传 .txt、.docx 或 .pdf 文件',
  LEGACY_DOC: '暂不支持旧版 Word（.doc/.wps）文件，请在 Word 或 WPS 中另存为 .docx 后再上传',
  FORMAT_MISMATCH: '文件扩展名与实际内容不符',
  BINARY: '文件不是文本文件（含有二进制数据），请检查扩展名是否正确',
  UNKNOWN_ENCODING:
    '无法识别文本文件的编码（支持 UTF-8、GB18030/GBK、带 BOM 的 UTF-16），请另存为 UTF-8 后再上传',
  NO_TEXT: '文件中没有可读取的文字',
  NOT_ZIP: '该 .docx 文件已损坏或不是 Word 文档（不是有效的 ZIP 压缩包）',
  NOT_WORD: '该 .docx 文件不是 Word 文档',
  ZIP_BOMB: `该 .docx 文件解压后体积异常（超过 ${mb(READ_LIMITS.maxUnzippedBytes)} 或压缩比异常），已拒绝读取`,
  UNSAFE_XML: '该 Word 文档含有 Word 和 WPS 不会写入的 XML 文档类型声明，疑似构造的恶意文件，已拒绝读取',
  DOCX_CORRUPT: '该 Word 文档已损坏，无法读取，请在 Word 或 WPS 中打开后重新保存',
  PDF_NO_TEXT: '该 PDF 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件',
  PDF_ENCRYPTED: '该 PDF 已加密或设置了打开密码，请提供未加密的文件',
  PDF_CORRUPT: '该 PDF 文件已损坏，无法读取',
  ANALYSIS_TIMEOUT: '报告分析超时，文件可能过大或章节过多，请拆分或精简后重新上传',
  ANALYSIS_FAILED: '报告分析出错，未能完成审查，请检查文件后重新上传',
} as const;

export type ReadErrorCode = keyof typeof READ_ERROR_MESSAGES;

export interface ReadFailure {
  error: string;
  code: ReadErrorCode;
}

/** The failure value for `code`; `detail` is appended when the message must name something (a format). */
export function readFailure(code: ReadErrorCode, detail?: string): ReadFailure {
  const base = READ_ERROR_MESSAGES[code];
  return { code, error: detail ? `${base}：${detail}` : base };
}
