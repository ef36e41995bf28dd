import { describe, expect, it } from 'vitest';
import { roleUnitRefusal } from '../roles';
import { sameHandsRefusal } from './duties';

describe('separation of duties', () => {
  it('refuses the submitter approving, names the subject, and lets anyone else', () => {
    expect(sameHandsRefusal('u1', 'u1', '决策事项')).toBe(
      '提交审批的人不能同时审批同一决策事项，请由其他有权限的人员审批',
    );
    expect(sameHandsRefusal('u1', 'u2', '报告')).toBeNull();
  });

  it('does not refuse when the submitter is not known (records from before it was kept)', () => {
    expect(sameHandsRefusal(null, 'u1', '报告')).toBeNull();
    expect(sameHandsRefusal('u1', undefined, '报告')).toBeNull();
  });
});

describe('the 司法所 works within its own township', () => {
  it('may be held only at a township unit', () => {
    expect(roleUnitRefusal('judicial_office', 'township')).toBeNull();
    expect(roleUnitRefusal('judicial_office', 'county')).toBe('「司法所」角色只能设在乡镇（街道）');
    expect(roleUnitRefusal('judicial_office', 'village')).toBe('「司法所」角色只能设在乡镇（街道）');
    expect(roleUnitRefusal('legal_advisor', 'village')).toBeNull();
  });
});
