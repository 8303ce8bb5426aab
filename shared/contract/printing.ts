// Receipt printers and the durable print queue: slips, the daily recap, test pages.
import { z } from 'zod';
import { printerSettingsSchema } from '../devices/printerConfig';
import { receiptDocSchema } from '../receipt';
import { idSchema, noInput } from './fields';
import { method } from './method';

export const printJobStates = ['queued', 'sending', 'sent', 'failed', 'interrupted', 'cancelled'] as const;
export type PrintJobState = (typeof printJobStates)[number];
/** What a slip is. */
export const printJobKinds = [
  'checkIn',
  'walkIn',
  'dailyRecap',
  'testPage',
  'guestSlip',
  'standardSlip',
  'complaintSlip',
  'assetLabel',
] as const;
export type PrintJobKind = (typeof printJobKinds)[number];

export const printJobSchema = z.object({
  id: z.string(),
  printerId: z.string(),
  kind: z.enum(printJobKinds),
  state: z.enum(printJobStates),
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  /** Message key of the last problem ('errors.printer.paperOut'…), for the officer's screen. */
  lastErrorKey: z.string().nullable(),
  /** For a reprint: the job it reprints. */
  reprintOf: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

const jobId = z.object({ id: idSchema }).strict();

export const printingMethods = {
  'printers.settings': method('devices.manage', noInput, printerSettingsSchema),
  'printers.configure': method('devices.manage', printerSettingsSchema.strict(), printerSettingsSchema),
  'printers.testPage': method('devices.manage', z.object({ printerId: idSchema }).strict(), printJobSchema),
  'printJobs.list': method('printing.use', noInput, z.object({ items: z.array(printJobSchema) })),
  'printJobs.preview': method('printing.use', jobId, z.object({ doc: receiptDocSchema })),
  'printJobs.confirmPrinted': method('printing.use', jobId, printJobSchema),
  'printJobs.reprint': method('printing.use', jobId, printJobSchema),
  'printJobs.cancel': method('printing.use', jobId, printJobSchema),
  'print.checkInSlip': method('printing.use', z.object({ visitId: idSchema }).strict(), printJobSchema, {
    audit: 'action',
  }),
  /** The walk-in's own slip: whoever holds the code may print it. */
  'print.reservationSlip': method('public', z.object({ token: z.string().max(64) }).strict(), printJobSchema),
} as const;

export const printingEvents = {
  'print.jobChanged': z.object({
    id: z.string(),
    state: z.enum(printJobStates),
    kind: z.enum(printJobKinds),
  }),
} as const;
