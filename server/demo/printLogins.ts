import { ROLE_LABELS } from '../../core/roles';
import type { DemoSeedResult } from './demoSeeder';

/** Prints the demo logins once, at the moment they are created; they are never shown again. */
export function printLogins(r: DemoSeedResult, out: (line: string) => void = console.log): void {
  out('');
  out('已生成示例数据（示例县，虚构）/ demo county seeded (fictional):');
  for (const l of r.logins) {
    out(
      `  ${l.username.padEnd(18)} ${ROLE_LABELS[l.role].padEnd(6, '　')} ${l.unit.padEnd(6, '　')} 密码 ${l.password}`,
    );
  }
  if (r.adminPasswordGenerated) {
    out('管理员密码为随机生成，只显示这一次；可用 FAZHI_ADMIN_PASSWORD 指定。');
    out('The admin password was generated and is shown only now; set FAZHI_ADMIN_PASSWORD to choose it.');
  }
  out('');
}
