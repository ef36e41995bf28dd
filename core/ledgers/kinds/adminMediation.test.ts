import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { adminMediation } from './adminMediation';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const opts = { today: TODAY };

const input = (over: Record<string, unknown> = {}) => ({
  appliedOn: '2026-11-02',
  origin: 'application',
  type: 'land',
  parties: [{ name: '赵某' }, { name: '钱某' }],
  summary: '两户对承包地界址有争议',
  department: '农业农村办',
  mediator: '孙某',
  ...over,
});
const applied = (): RecordState => {
  const r = validateRecord(adminMediation, input(), { today: TODAY });
  if (r.issues.length) throw new Error(JSON.stringify(r.issues));
  return { state: 'applied', data: r.values, events: [] };
};

describe('行政调解 (admin_mediation)', () => {
  it('needs both sides of the dispute as parties', () => {
    expect(
      validateRecord(adminMediation, input({ parties: [{ name: '赵某' }] }), { today: TODAY }).issues,
    ).toEqual([{ field: 'parties', message: '「当事人」至少应有争议双方两方' }]);
    expect(adminMediation.list.title(validateRecord(adminMediation, input(), { today: TODAY }).values)).toBe(
      '赵某与钱某土地、山林、水利权属（行政调解）',
    );
  });

  it('mediation needs the consent of every party; an agreement needs its date and terms', () => {
    expect(
      planAction(
        adminMediation,
        applied(),
        'accept',
        { acceptedOn: '2026-11-06', consent: false },
        CLERK,
        opts,
      ),
    ).toMatchObject({ ok: false, reason: '行政调解须经各方当事人同意，不同意的应告知其他救济途径' });
    const a = planAction(
      adminMediation,
      applied(),
      'accept',
      { acceptedOn: '2026-11-06', consent: true },
      CLERK,
      opts,
    );
    if (!a.ok) throw new Error(a.reason);
    const mediating = applyStep(applied(), a, a.event);
    expect(mediating.state).toBe('mediating');
    expect(
      planAction(adminMediation, mediating, 'agree', { agreementOn: '2026-11-20' }, CLERK, opts),
    ).toMatchObject({
      ok: false,
      reason: '「协议内容」不能为空',
    });
    expect(
      planAction(
        adminMediation,
        mediating,
        'agree',
        { agreementOn: '2026-11-05', agreement: '以原界桩为界' },
        CLERK,
        opts,
      ),
    ).toMatchObject({
      ok: false,
      reason: '「协议签订日期」（2026-11-05）不能早于「受理日期」（2026-11-06）',
    });
    expect(
      planAction(
        adminMediation,
        mediating,
        'agree',
        { agreementOn: '2026-11-20', agreement: '以原界桩为界' },
        CLERK,
        opts,
      ),
    ).toMatchObject({ ok: true, to: 'succeeded' });
  });

  it('受理 within 5 working days and mediation within 30 days of 受理, both county settings', () => {
    // applied Monday 11-02: five working days → Monday 11-09; a setting of 3 → Thursday 11-05
    expect(computeClocks(adminMediation, applied(), { calendar, today: '2026-11-03' })).toEqual([
      expect.objectContaining({ name: 'accept', due: '2026-11-09', state: 'normal' }),
    ]);
    expect(
      computeClocks(adminMediation, applied(), {
        calendar,
        today: '2026-11-03',
        settings: { 'admin_mediation.accept_days': 3 },
      })[0],
    ).toMatchObject({ due: '2026-11-05' });
    // accepted Friday 11-06: + 30 days = Sunday 12-06 → Monday 12-07; a setting of 20 → Thursday 11-26
    const mediating: RecordState = {
      state: 'mediating',
      data: { ...applied().data, acceptedOn: '2026-11-06', consent: true },
      events: [{ action: 'accept', on: '2026-11-06', payload: { acceptedOn: '2026-11-06', consent: true } }],
    };
    const clocks = computeClocks(adminMediation, mediating, { calendar, today: TODAY });
    expect(clocks.map((c) => [c.name, c.due, c.state])).toEqual([
      ['accept', '2026-11-09', 'done'],
      ['mediate', '2026-12-07', 'normal'],
    ]);
    expect(
      computeClocks(adminMediation, mediating, {
        calendar,
        today: TODAY,
        settings: { 'admin_mediation.mediate_days': 20 },
      })[1],
    ).toMatchObject({ due: '2026-11-26', state: 'overdue' });
  });
});
