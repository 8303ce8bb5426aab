// A request as the kiosks and the server keep it: the intake as it came, and what the chain, the desk
// and the event added to it, each part written by its own operation (shared/contract/requests.ts) so
// that two offices acting on one request at once never overwrite each other: the chain's steps are
// one entry per step, the tasks one per task, the decision moves only forward, the schedule and the
// activity report are the latest written. Pure data; the status is derived from the parts.
import { z } from 'zod';
import { requestIntakeSchema } from './intake';

const officerRefSchema = z.object({ id: z.string().max(64), name: z.string().max(120) });
export type OfficerRef = z.infer<typeof officerRefSchema>;

export const requestStatuses = [
  /** Entered, the chain not started. */
  'received',
  /** On its way down the disposition chain. */
  'in_chain',
  /** The chain is done: the admin schedules it (room) or the Kasi decides (application). */
  'in_process',
  /** A room request with its agreed slot. */
  'scheduled',
  /** An application request accepted, planned in the next year's work budget (RKA). */
  'accepted',
  /** Refused, with the reason (and a reply letter). */
  'rejected',
  /** Withdrawn by the requester or the desk, with the reason. */
  'cancelled',
  /** The event took place and its activity report is filed. */
  'done',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const stepEntrySchema = z.object({
  stepId: z.string().max(40),
  officer: officerRefSchema,
  /** The instruction or note of the disposition ("Untuk ditindaklanjuti", "Jadwalkan"…). */
  note: z.string().max(1000),
  at: z.number().int(),
});
export type StepEntry = z.infer<typeof stepEntrySchema>;

export const slotSchema = z.object({
  roomId: z.string().max(40),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type Slot = z.infer<typeof slotSchema>;

export const scheduleSchema = z.object({
  slot: slotSchema,
  /** True when the slot differs from the one requested: agreed with the requester after a clash. */
  moved: z.boolean(),
  /** Who agreed it with the requester and how ("by phone with Ibu Sari, 10.15"). */
  note: z.string().max(1000),
  officer: officerRefSchema,
  at: z.number().int(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const decisionOutcomes = ['accepted', 'rejected', 'cancelled'] as const;
export const decisionSchema = z.object({
  outcome: z.enum(decisionOutcomes),
  /** Why it was rejected or cancelled; what the Kasi's analysis concluded. */
  reason: z.string().max(2000),
  /** SOP 100: the Kasi's analysis and the technical discussion with the office. */
  analysis: z.string().max(4000),
  discussion: z.string().max(4000),
  /** The budget year an accepted application is planned in (the next year's RKA). */
  rkaYear: z.number().int().min(2000).max(2100).nullable(),
  officer: officerRefSchema,
  at: z.number().int(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const taskIds = ['room_ready', 'connection_test', 'operator'] as const;
export type TaskId = (typeof taskIds)[number];
export const taskEntrySchema = z.object({
  task: z.enum(taskIds),
  note: z.string().max(1000),
  /** The operator assigned to accompany the event (task 'operator'). */
  operatorName: z.string().max(120),
  officer: officerRefSchema,
  at: z.number().int(),
});
export type TaskEntry = z.infer<typeof taskEntrySchema>;

export const activityReportSchema = z.object({
  attendance: z.number().int().min(0).max(100_000),
  summary: z.string().max(4000),
  /** Equipment that failed, tied to the inventory's items (their problems are filed there too). */
  problems: z
    .array(z.object({ itemId: z.string().max(64), itemName: z.string().max(160), note: z.string().max(500) }))
    .max(50),
  officer: officerRefSchema,
  at: z.number().int(),
});
export type ActivityReport = z.infer<typeof activityReportSchema>;

export const letterKinds = [
  'reply_accepted',
  'reply_rejected',
  'schedule_notice',
  'reschedule_notice',
] as const;
export type LetterKind = (typeof letterKinds)[number];
export const issuedLetterSchema = z.object({
  id: z.string().max(64),
  requestId: z.string().max(64),
  kind: z.enum(letterKinds),
  year: z.number().int(),
  sequence: z.number().int().min(1),
  /** The formatted number, by the site's numbering pattern at the time it was issued. */
  number: z.string().max(120),
  officer: officerRefSchema.extend({
    nip: z.string().max(30).nullable(),
    title: z.string().max(120).nullable(),
  }),
  issuedAt: z.number().int(),
});
export type IssuedLetter = z.infer<typeof issuedLetterSchema>;

export const requestRecordSchema = z.object({
  id: z.string().max(64),
  /** Short, human reference shown on screens and letters: "PMH-2026-K3M9QX". */
  reference: z.string().max(40),
  intake: requestIntakeSchema,
  kind: z.enum(['room', 'application']),
  source: z.enum(['desk', 'portal']),
  enteredAt: z.number().int(),
  /** The officer who typed it in; null from the portal. */
  enteredBy: officerRefSchema.nullable(),
  /**
   * The booking's QR for the people who come to the event: scanned at the kiosk, it counts them in
   * ("peserta ke-12"). Not a secret: it is printed on the notice the requester passes on.
   */
  attendanceToken: z.string().regex(/^[0-9A-Z]{16}$/),
  /** SHA-256 (hex) of the requester's status link token; only the requester holds the token. */
  statusTokenHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  steps: z.array(stepEntrySchema),
  schedule: scheduleSchema.nullable(),
  decision: decisionSchema.nullable(),
  tasks: z.array(taskEntrySchema),
  report: activityReportSchema.nullable(),
});
export type RequestRecord = z.infer<typeof requestRecordSchema>;

/** The status a record is in, from its parts (a decision wins; then the report; then the schedule; then the chain). */
export function requestStatus(
  r: Pick<RequestRecord, 'steps' | 'schedule' | 'decision' | 'report'>,
  chainLength: number,
): RequestStatus {
  if (r.decision) return r.decision.outcome;
  if (r.report) return 'done';
  if (r.schedule) return 'scheduled';
  const done = new Set(r.steps.map((s) => s.stepId)).size;
  if (done === 0) return 'received';
  return done >= chainLength ? 'in_process' : 'in_chain';
}
