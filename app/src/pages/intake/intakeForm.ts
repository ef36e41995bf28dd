import type { IntakeInput } from '../../api/ledgers';

export interface IntakeFormValues {
  topic: string;
  name?: string;
  phone?: string;
  village?: string;
  disputeType?: string;
  content?: string;
  website?: string;
}

/** What to tell a resident for each topic the server offers. */
export const TOPIC_HINTS: Record<string, string> = {
  mediation: '邻里、婚姻家庭、土地等矛盾纠纷，请简要说明双方和争议事项',
  suggestion: '对本乡镇（街道）工作的意见建议、法律咨询或投诉反映',
};

export const PHONE_PATTERN = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** The form as the API takes it: trimmed; optional answers left out when empty or not asked. */
export function toIntakeInput(v: IntakeFormValues): IntakeInput {
  const village = v.village?.trim();
  return {
    topic: v.topic,
    name: (v.name ?? '').trim(),
    phone: (v.phone ?? '').replace(/\s/g, ''),
    ...(village ? { village } : {}),
    ...(v.topic === 'mediation' && v.disputeType ? { disputeType: v.disputeType } : {}),
    content: (v.content ?? '').trim(),
    website: v.website ?? '',
  };
}

/** A receipt as typed by a resident: spaces and case do not matter. */
export function normaliseReceipt(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}
