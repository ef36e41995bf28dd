import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useAbility } from '../hooks/useMe';

/** Hides a page the user may not use; the server refuses the data anyway, this just says so kindly. */
export function RequireAbility({ ability, children }: { ability: string; children: ReactNode }) {
  const allowed = useAbility(ability);
  if (!allowed)
    return (
      <Result status="403" title="无权访问" subTitle="您没有使用此功能的权限，如有需要请联系系统管理员。" />
    );
  return <>{children}</>;
}
