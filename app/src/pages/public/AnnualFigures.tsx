import { Descriptions, Space } from 'antd';
import type { ReactNode } from 'react';
import type { EnforcementAnnual } from '../../../../core/contract/publicEnforcement';
import { annualValue } from './publicEnforcement';

interface Props {
  sections: EnforcementAnnual['sections'];
  /** Two columns on the township's desk page, one on the public page (phones). */
  column: number;
  testId?: string;
  /** Shown under the tables (the public page's basis and date). */
  children?: ReactNode;
}

/** 行政执法总体情况: one table per section, as the township publishes it and the public reads it. */
export function AnnualFigures({ sections, column, testId, children }: Props) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      {sections.map((s) => (
        <Descriptions key={s.title} size="small" column={column} title={s.title} bordered>
          {s.rows.map((r) => (
            <Descriptions.Item key={r.label} label={r.label}>
              {annualValue(r.value, r.unit)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ))}
      {children}
    </Space>
  );
}
