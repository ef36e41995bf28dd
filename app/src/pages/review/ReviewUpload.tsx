import { CloudUploadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Progress, Typography, theme, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { type ReviewSummary, uploadReports } from '../../api/reviews';

export const ACCEPTED_EXTENSIONS = ['.txt', '.docx', '.pdf'];
/** The server's bounds (server/io/limits.ts UPLOAD_LIMITS), checked here first to spare the upload. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 50;

/** Why a chosen file cannot be sent, or null when it can. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const dot = file.name.lastIndexOf('.');
  const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return `${file.name}：仅支持 txt、docx、pdf 文件`;
  if (file.size > MAX_FILE_BYTES) return `${file.name}：文件超过 20 MB`;
  return null;
}

type Chosen = UploadFile & { originFileObj: File };

interface Props {
  onUploaded: (batch: { batchId: string; items: ReviewSummary[] }) => void;
}

/** Collects report files, then sends them all as one batch to be reviewed. */
export function ReviewUpload({ onUploaded }: Props) {
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [files, setFiles] = useState<Chosen[]>([]);
  const [progress, setProgress] = useState(0);

  const upload = useMutation({
    mutationFn: (list: File[]) => uploadReports(list, setProgress),
    onMutate: () => setProgress(0),
    onSuccess: (batch) => {
      const failed = batch.items.filter((i) => i.error).length;
      const note = failed ? `，其中 ${failed} 份未能读取` : '';
      message.success(`已审查 ${batch.items.length} 份报告${note}`);
      setFiles([]);
      onUploaded(batch);
    },
    onError: (e) => {
      message.error(errorMessage(e));
    },
  });

  const analysing = upload.isPending && progress >= 100;
  const tooMany = files.length > MAX_FILES;

  return (
    <div>
      <Upload.Dragger
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        fileList={files}
        disabled={upload.isPending}
        beforeUpload={(file) => {
          const problem = fileProblem(file);
          if (problem) {
            message.error(problem);
            return Upload.LIST_IGNORE;
          }
          setFiles((list) => [
            ...list,
            { uid: file.uid, name: file.name, size: file.size, originFileObj: file },
          ]);
          return false;
        }}
        onRemove={(f) => setFiles((list) => list.filter((x) => x.uid !== f.uid))}
      >
        <p className="ant-upload-text">
          <InboxOutlined
            style={{ color: token.colorPrimary, fontSize: 28, marginInlineEnd: 12, verticalAlign: -6 }}
          />
          点击或将乡镇年度报告拖到此处
        </p>
        <p className="ant-upload-hint">支持 txt、docx、pdf，单个文件不超过 20 MB，每批最多 {MAX_FILES} 个</p>
      </Upload.Dragger>
      <Flex align="center" gap={16} style={{ marginTop: 12 }}>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={files.length === 0 || tooMany}
          loading={upload.isPending}
          onClick={() => upload.mutate(files.map((f) => f.originFileObj))}
        >
          开始审查{files.length ? `（${files.length} 个文件）` : ''}
        </Button>
        {upload.isPending ? (
          <Flex align="center" gap={12} style={{ flex: 1, maxWidth: 480 }}>
            <Progress
              percent={progress}
              status="active"
              size="small"
              style={{ flex: 1, margin: 0 }}
              aria-label="上传进度"
            />
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {analysing ? '已上传，正在审查…' : '正在上传…'}
            </Typography.Text>
          </Flex>
        ) : null}
        {tooMany ? (
          <Typography.Text type="danger">每批最多 {MAX_FILES} 个文件，请移除一部分后再审查</Typography.Text>
        ) : null}
        {files.length > 0 && !upload.isPending ? (
          <Button type="link" onClick={() => setFiles([])}>
            清空
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}
