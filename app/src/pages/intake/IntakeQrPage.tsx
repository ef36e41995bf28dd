import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { useMe } from '../../hooks/useMe';
import { posterOrigin } from './posterOrigin';

// only the poster is printed: the menu, header and buttons stay on screen
const PRINT_CSS = `@media print {
  .ant-layout-sider, .ant-layout-header, .intake-qr-noprint { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .intake-qr-poster { box-shadow: none !important; border: none !important; }
}`;

export const intakeUrl = (origin: string, unitCode: string) => `${origin}/intake/${unitCode}`;

/** 码上申请二维码: a printable poster of the township's public intake page. */
export function IntakeQrPage() {
  const { unit } = useWorkingUnit();
  const { data: me } = useMe();
  const origin = posterOrigin(me?.publicOrigin ?? null, window.location.origin);
  const url = intakeUrl(origin.origin, unit.code);
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { width: 480, margin: 1, errorCorrectionLevel: 'M' }).then(
      (data) => live && setImage(data),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [url]);

  if (unit.level !== 'township')
    return (
      <Card title="码上申请二维码">
        <Alert
          type="info"
          showIcon
          title="请先在顶部切换到一个乡镇（街道），再生成该乡镇的码上申请二维码。"
        />
      </Card>
    );

  return (
    <Flex vertical gap={16} align="center">
      <style>{PRINT_CSS}</style>
      <Alert
        className="intake-qr-noprint"
        style={{ width: 520, maxWidth: '100%' }}
        type={origin.warning ? 'warning' : 'info'}
        showIcon
        data-testid="poster-origin"
        title={`二维码地址：${origin.origin}`}
        description={origin.note}
      />
      <Flex className="intake-qr-noprint" gap={8} wrap>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        <Button href={url} target="_blank" rel="noreferrer">
          打开申请页面
        </Button>
      </Flex>
      <Card className="intake-qr-poster" style={{ width: 520, maxWidth: '100%', textAlign: 'center' }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {unit.name} · 码上申请
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16 }}>
          微信或手机浏览器扫码，即可申请矛盾纠纷调解、提出意见建议
        </Typography.Paragraph>
        {image ? (
          <img src={image} alt={`${unit.name}码上申请二维码`} style={{ width: 320, maxWidth: '100%' }} />
        ) : (
          <div style={{ height: 320 }} />
        )}
        <Typography.Paragraph type="secondary" copyable={{ text: url }} style={{ wordBreak: 'break-all' }}>
          {url}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          提交后凭回执号可查询办理进度 · 无需注册登录
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
