import type { IntakeInput, IntakeKind } from '../../api/ledgers';

export interface IntakeFormValues {
  kind: IntakeKind;
  name?: string;
  phone?: string;
  village?: string;
  content?: string;
  website?: string;
}

export const INTAKE_KINDS: { value: IntakeKind; label: string; hint: string }[] = [
  { value: 'mediation', label: '申请调解', hint: '邻里、婚姻家庭、土地等矛盾纠纷，请简要说明双方和争议事项' },
  { value: 'suggestion', label: '意见建议', hint: '对本乡镇工作的意见建议、法律咨询或投诉反映' },
];

export const PHONE_PATTERN = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** The form as the API takes it: trimmed, the optional village left out when empty. */
export function toIntakeInput(v: IntakeFormValues): IntakeInput {
  const village = v.village?.trim();
  return {
    kind: v.kind,
    name: (v.name ?? '').trim(),
    phone: (v.phone ?? '').replace(/\s/g, ''),
    ...(village ? { village } : {}),
    content: (v.content ?? '').trim(),
    website: v.website ?? '',
  };
}

/** A receipt as typed by a resident: spaces and case do not matter. */
export function normaliseReceipt(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}
