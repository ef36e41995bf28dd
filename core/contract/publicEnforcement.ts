import { z } from 'zod';
import { day } from './shape';

/** 行政执法公示: GET /api/public/units/:unitCode/enforcement; masking in server/presenters/publicEnforcement.ts. */

export const PublicBody = z.strictObject({ name: z.string(), role: z.string() });
export type PublicBody = z.infer<typeof PublicBody>;

export const PublicOfficer = z.strictObject({
  name: z.string(),
  certNumber: z.string(),
  /** 执法领域, as labels */
  fields: z.array(z.string()),
});
export type PublicOfficer = z.infer<typeof PublicOfficer>;

export const PublicMatter = z.strictObject({
  name: z.string(),
  type: z.string().nullable(),
  legalBasis: z.string(),
  department: z.string(),
});
export type PublicMatter = z.infer<typeof PublicMatter>;

export const PublishedDecision = z.strictObject({
  decisionNumber: z.string(),
  caseName: z.string(),
  decisionType: z.string().nullable(),
  decidedOn: day.nullable(),
  publishedOn: day,
  /** a natural person by family name only (张*), an organisation in full */
  partyName: z.string(),
  publicSummary: z.string(),
  fineAmount: z.number().nullable(),
});
export type PublishedDecision = z.infer<typeof PublishedDecision>;

/** A revoked decision shows only as its withdrawal notice. */
export const WithdrawnDecision = z.strictObject({
  decisionNumber: z.string(),
  withdrawnOn: day,
  withdrawNotice: z.string(),
});
export type WithdrawnDecision = z.infer<typeof WithdrawnDecision>;

export const PublicDecision = z.union([PublishedDecision, WithdrawnDecision]);
export type PublicDecision = z.infer<typeof PublicDecision>;

export const PublicEnforcementPage = z.strictObject({
  unit: z.strictObject({ name: z.string(), code: z.string() }),
  bodies: z.array(PublicBody),
  officers: z.array(PublicOfficer),
  matters: z.array(PublicMatter),
  decisions: z.array(PublicDecision),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type PublicEnforcementPage = z.infer<typeof PublicEnforcementPage>;

/** 行政执法总体情况 of a year (issue 16 §2): GET /api/public/units/:unitCode/enforcement/annual. */
export const EnforcementAnnualRow = z.strictObject({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
});
export const EnforcementAnnual = z.strictObject({
  unit: z.strictObject({ name: z.string(), code: z.string() }),
  year: z.number(),
  /** the day by which the year's data is to be public (县级设置, default 1 月 31 日 of the next year) */
  due: day,
  /** where the figures come from, in Chinese */
  basis: z.string(),
  sections: z.array(z.strictObject({ title: z.string(), rows: z.array(EnforcementAnnualRow) })),
});
export type EnforcementAnnual = z.infer<typeof EnforcementAnnual>;

/** The public card: the figures as the township leader published them (frozen), and the other published years. */
export const PublicEnforcementAnnual = EnforcementAnnual.extend({
  publishedAt: z.iso.datetime(),
  /** every year this township has published, newest first */
  years: z.array(z.number()),
});
export type PublicEnforcementAnnual = z.infer<typeof PublicEnforcementAnnual>;

/** The township's own view: today's figures from the ledgers, and what is public (issue 16 §2). */
export const EnforcementAnnualStatus = z.strictObject({
  /** counted now; what 公开 would publish */
  current: EnforcementAnnual,
  /** the published figures, null until the leader publishes */
  published: z.strictObject({ at: z.iso.datetime(), by: z.string(), figures: EnforcementAnnual }).nullable(),
  overdue: z.boolean(),
  /** the signed-in user may publish (the township's leader) */
  canPublish: z.boolean(),
});
export type EnforcementAnnualStatus = z.infer<typeof EnforcementAnnualStatus>;
