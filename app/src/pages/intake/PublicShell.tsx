import { BankOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of the public pages: phone-first, no menu, no session, nothing but the page itself. */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ background: '#8e1b1b', color: '#fff', padding: '16px 16px 20px', textAlign: 'center' }}>
        <BankOutlined style={{ fontSize: 28 }} />
        <Typography.Title level={4} style={{ color: '#fff', margin: '8px 0 0' }}>
          {title}
        </Typography.Title>
      </div>
      <div style={{ maxWidth: 520, margin: '0 auto', padding: 12 }}>{children}</div>
    </div>
  );
}
