import { z } from 'zod';
import { day, instant } from './shape';

/** 码上申请: what the public form of a township offers. */
export const IntakeInfo = z.strictObject({
  unit: z.strictObject({ name: z.string(), code: z.string() }),
  /** 申请调解, 信访事项, 意见建议 …: each a kind's `intake` declaration */
  topics: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      /** what to tell a resident who picks it */
      hint: z.string().nullable(),
      contentLabel: z.string(),
      /** a type the resident may name (纠纷类型), when the topic offers one */
      types: z
        .strictObject({
          label: z.string(),
          options: z.array(z.strictObject({ value: z.string(), label: z.string() })),
        })
        .nullable(),
    }),
  ),
  /** Names of the township's villages (村/社区). */
  villages: z.array(z.string()),
});
export type IntakeTopic = IntakeInfo['topics'][number];
export type IntakeInfo = z.infer<typeof IntakeInfo>;

export const IntakeSubmitted = z.strictObject({ receipt: z.string(), unitName: z.string() });
export type IntakeSubmitted = z.infer<typeof IntakeSubmitted>;

/** All a receipt shows: what it is, where, its state — nothing of the record itself. */
export const IntakeReceipt = z.strictObject({
  receipt: z.string(),
  kindLabel: z.string(),
  unitName: z.string(),
  stateLabel: z.string(),
  submittedOn: day,
  updatedAt: instant,
  /** What happens next and by when, in words for the resident (预计 15 日内书面告知是否受理). */
  next: z.string(),
  /** The day the next step is due, when a clock times it. */
  nextDue: day.nullable(),
});
export type IntakeReceipt = z.infer<typeof IntakeReceipt>;
