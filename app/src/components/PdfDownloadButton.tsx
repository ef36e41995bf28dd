import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';

/** How long a first conversion usually takes, for the bar (it slows near the end rather than stopping). */
const EXPECTED_SECONDS = 8;

async function messageOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not our envelope
  }
  return res.status === 503 ? '服务器正忙，请稍后再试，或先下载 Word 版本' : `下载失败（${res.status}）`;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameOf(res: Response, fallback: string): string {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ? decodeURIComponent(m[1]) : fallback;
}

/**
 * 下载 PDF: a PDF made for the first time takes seconds, so the download runs in the page with
 * a progress window (elapsed seconds, 取消 stops the conversion on the server too); a PDF
 * made before comes from the server's cache at once and the window is hardly seen.
 */
export function PdfDownloadButton({
  url,
  fileName,
  size,
}: {
  url: string;
  fileName: string;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const [seconds, setSeconds] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (seconds === null) return;
    const t = setTimeout(() => setSeconds((s) => (s === null ? null : s + 1)), 1000);
    return () => clearTimeout(t);
  }, [seconds]);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setSeconds(0);
    try {
      const res = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
      if (!res.ok) {
        message.error(await messageOf(res));
        return;
      }
      save(await res.blob(), fileNameOf(res, fileName));
    } catch (e) {
      if (!controller.signal.aborted)
        message.error(
          e instanceof Error && e.name !== 'TypeError' ? e.message : '无法连接服务器，请检查网络后重试',
        );
    } finally {
      abort.current = null;
      setSeconds(null);
    }
  };

  const elapsed = seconds ?? 0;
  // approaches 95% and never claims to be done before the file is here
  const percent = Math.round(95 * (1 - Math.exp(-elapsed / EXPECTED_SECONDS)));
  return (
    <>
      <Button size={size} icon={<FilePdfOutlined />} loading={seconds !== null} onClick={start}>
        下载 PDF
      </Button>
      <Modal
        title="正在生成 PDF"
        open={seconds !== null && seconds >= 1}
        closable={false}
        maskClosable={false}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText="取消"
        onCancel={() => abort.current?.abort()}
        data-testid="pdf-progress"
      >
        <Progress percent={percent} status="active" />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="pdf-progress-text">
          首次生成需要数秒，已用 {elapsed} 秒；生成后再次下载会很快。
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
