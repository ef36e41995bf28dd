import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';

/**
 * Copies text on a phone or a PC. The Clipboard API only exists on HTTPS (and localhost); a
 * township's intranet address is often plain HTTP, so the old selection copy is the fallback.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * The receipt number on one line at any width from a 360 px phone up (issue 15 §18): no wrap,
 * a size that shrinks with the screen, digits of equal width; and a copy button under it.
 */
export function ReceiptNumber({ receipt }: { receipt: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <Flex vertical align="center" gap={8}>
      <span
        data-testid="intake-receipt"
        style={{
          whiteSpace: 'nowrap',
          fontSize: 'clamp(20px, 7vw, 28px)',
          fontWeight: 600,
          fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
          letterSpacing: '0.06em',
          userSelect: 'all',
        }}
      >
        {receipt}
      </span>
      <Button
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={async () => setCopied(await copyText(receipt))}
        aria-label="复制回执号"
      >
        {copied === null ? '复制回执号' : copied ? '已复制' : '复制失败，请长按回执号复制'}
      </Button>
    </Flex>
  );
}
