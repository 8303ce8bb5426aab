// The scan pipeline as the visitor meets it (SOP 97 steps 4–5 and 7): a code is scanned and answered
// with a check-in, the start of a check-out, or a refusal that says why and what to do next.
import { z } from 'zod';
import { checklistSchema, warningLevelSchema } from './visits';
import { daySchema, noInput } from './fields';
import { method } from './method';

export const refusalReasons = [
  'malformed_code',
  'unknown_code',
  'cancelled',
  'already_checked_in',
  'already_completed',
  'awaiting_check',
  'wrong_day',
  'closed_weekend',
  'closed_holiday',
  'before_opening',
  'after_closing',
  'no_free_desk',
  'system_error',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const scanCommon = { scanId: z.string(), at: z.number() };
/**
 * What a scan came to. Public screens: first name only, or a masked one-word name
 * (shared/slips/mask.ts publicName).
 */
export const scanOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    ...scanCommon,
    kind: z.literal('checked_in'),
    firstName: z.string(),
    deskNumber: z.number().int(),
    lockerNumber: z.number().int().nullable(),
    startedAt: z.number(),
    endsAt: z.number(),
    /** The reserved desk was taken, so another was given. */
    deskChanged: z.boolean(),
  }),
  z.object({
    ...scanCommon,
    kind: z.literal('checkout_started'),
    firstName: z.string(),
    deskNumber: z.number().int(),
    lockerNumber: z.number().int().nullable(),
    lockerKeyOut: z.boolean(),
    startedAt: z.number(),
    endsAt: z.number(),
    warning: warningLevelSchema,
    /** The visitor tapped "Selesai" first; otherwise the scan came later than the arrival grace. */
    asked: z.boolean(),
    /** One-time ticket the kiosk sends back with the checklist. */
    checkoutTicket: z.string(),
  }),
  z.object({
    ...scanCommon,
    kind: z.literal('refused'),
    reason: z.enum(refusalReasons),
    firstName: z.string().optional(),
    deskNumber: z.number().int().optional(),
    lockerNumber: z.number().int().optional(),
    endsAt: z.number().optional(),
    warning: warningLevelSchema.optional(),
    day: daySchema.optional(),
    nextOpening: z.number().optional(),
    holidayName: z.string().optional(),
  }),
  /** Caught by the officer's "scan a test code" in settings: checks nobody in. */
  z.object({ ...scanCommon, kind: z.literal('test'), text: z.string() }),
  /**
   * An equipment label (issue 12: its QR carries ASSET_LABEL_PREFIX, or a bare asset code that names
   * an item): the desk's inventory tab opens the item or ticks it in a stock count; the kiosk tells a
   * visitor kindly that this is not a ticket. `itemId` null: a label whose code no item here carries.
   */
  z.object({
    ...scanCommon,
    kind: z.literal('asset_label'),
    assetCode: z.string(),
    itemId: z.string().nullable(),
    name: z.string().nullable(),
  }),
  /**
   * A booked event's QR (issue 13): a participant counted in ("peserta ke-12", each scan counted, never
   * refused as a duplicate), or told kindly why not (not today, not scheduled, unknown). No desk, no visit.
   */
  z.object({
    ...scanCommon,
    kind: z.literal('event_attendance'),
    result: z.enum(['counted', 'not_today', 'not_scheduled', 'unknown']),
    ordinal: z.number().int().nullable(),
    subject: z.string().nullable(),
    office: z.string().nullable(),
    roomName: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    day: z.string().nullable(),
  }),
]);
export type ScanOutcome = z.infer<typeof scanOutcomeSchema>;

/**
 * The same outcome as every screen hears it: a check-out's one-time ticket is left out, so only the
 * screen that submitted the scan (its reply) or claims it (`scans.claimCheckout`) ever holds it.
 */
export const publicScanOutcomeSchema = z.discriminatedUnion('kind', [
  scanOutcomeSchema.options[0],
  scanOutcomeSchema.options[1].omit({ checkoutTicket: true }),
  scanOutcomeSchema.options[2],
  scanOutcomeSchema.options[3],
  scanOutcomeSchema.options[4],
  scanOutcomeSchema.options[5],
]);
export type PublicScanOutcome = z.infer<typeof publicScanOutcomeSchema>;

const ticket = z.string().max(64);

export const scanMethods = {
  /**
   * A code the page itself read: keyboard-wedge scanners decoded in the page (loopback host), the
   * "Check in now" button of the walk-in's ticket screen, tests.
   */
  'scans.submit': method(
    'public',
    z
      .object({
        // Oversize text is not refused here: the scan answers "malformed code" like any other bad code.
        text: z.string().max(100_000),
        source: z.enum(['keyboard', 'ticket', 'simulated']).default('keyboard'),
      })
      .strict(),
    scanOutcomeSchema,
  ),
  /**
   * The visitor tapped "Selesai & keluar": the next scan, within a minute, starts their check-out.
   * `expiresInMs` lets the screen close its own prompt with the intent, whatever its clock says.
   */
  'scans.expectCheckout': method('public', noInput, z.object({ until: z.number(), expiresInMs: z.number() })),
  /**
   * "Kembali", the screen left, or "Belum, saya masih di sini" on the checklist: the intent ends and the
   * ticket (if any) is void. Changes no visit.
   */
  'scans.cancelCheckout': method(
    'public',
    z.object({ checkoutTicket: ticket.optional() }).strict(),
    z.object({}),
  ),
  /**
   * The kiosk heard a check-out start from a scanner it did not submit (a hardware scanner): it claims
   * the one-time ticket, once; a second claim, or a claim for any other scan, gets nothing.
   */
  'scans.claimCheckout': method(
    'public',
    z.object({ scanId: z.string().max(64) }).strict(),
    z.object({ checkoutTicket: z.string() }),
  ),
  /** The visitor's checklist, sent back with the one-time ticket their scan was given. */
  'scans.checkout': method(
    'public',
    z.object({ checkoutTicket: ticket, checklist: checklistSchema }).strict(),
    z.object({
      deskNumber: z.number().int(),
      firstName: z.string(),
      /** The one-time token of this visit's satisfaction survey; null if none could be made. */
      surveyToken: z.string().nullable(),
    }),
  ),
} as const;

export const scanEvents = {
  /** Every scan's answer, for the screens that did not submit it (hardware scanners in main). */
  'scans.result': publicScanOutcomeSchema,
} as const;
