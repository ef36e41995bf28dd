import type { IntakeInput, IntakeTopic } from '../../api/ledgers';

export interface IntakeFormValues {
  topic: string;
  name?: string;
  phone?: string;
  village?: string;
  type?: string;
  content?: string;
  website?: string;
}

export const PHONE_PATTERN = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** The form as the API takes it: trimmed; optional answers left out when empty or not asked. */
export function toIntakeInput(v: IntakeFormValues, topic: IntakeTopic | undefined): IntakeInput {
  const village = v.village?.trim();
  return {
    topic: v.topic,
    name: (v.name ?? '').trim(),
    phone: (v.phone ?? '').replace(/\s/g, ''),
    ...(village ? { village } : {}),
    ...(topic?.types && v.type ? { type: v.type } : {}),
    content: (v.content ?? '').trim(),
    website: v.website ?? '',
  };
}

/** A receipt as typed by a resident: spaces and case do not matter. */
export function normaliseReceipt(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}
