import { z } from 'zod';
import { DEFECT_KINDS } from '../analyzer/types';
import { RECTIFICATION_STATUSES } from '../review/rectificationFlow';
import { day, instant } from './shape';

/** A file the township sent with its answer (the corrected report). */
export const RectificationAttachment = z.strictObject({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: instant,
});
export type RectificationAttachment = z.infer<typeof RectificationAttachment>;

/** 整改事项: a finding the county sent to a township, and its answer. */
export const Rectification = z.strictObject({
  id: z.string(),
  unit: z.strictObject({ id: z.string(), name: z.string() }),
  review: z.strictObject({ id: z.string(), fileName: z.string(), reportYear: z.number().nullable() }),
  /** A defect of the report, or a copied passage made a finding ('copy', 'self_repeat'). */
  defect: z.strictObject({
    kind: z.enum([...DEFECT_KINDS, 'copy', 'self_repeat']),
    quote: z.string(),
    message: z.string(),
    /** where the quote sits in the report's text, when it came from the analysis */
    start: z.number().optional(),
    end: z.number().optional(),
  }),
  instruction: z.string(),
  deadline: day,
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  /** files sent with the answer, oldest first */
  attachments: z.array(RectificationAttachment),
  /** Why the reviewer last sent it back; shown while the item is open again. */
  returnReason: z.string().nullable(),
  answeredAt: instant.nullable(),
  closedAt: instant.nullable(),
  createdAt: instant,
  version: z.number(),
});
export type Rectification = z.infer<typeof Rectification>;
