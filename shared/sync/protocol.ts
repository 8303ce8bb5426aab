// The wire between a kiosk and the central server (../shared/reference/sync.md §3.4), one zod schema
// per message so both ends parse the same shapes. Domain rejections are answers inside a 200, never
// HTTP errors, so one bad operation can never wedge a kiosk's queue; HTTP errors mean "try later" or
// "a person must act" (revoked, wrong epoch, wrong protocol version).
import { z } from 'zod';
import { outboxOperationSchema } from './operation';

/** Bumped when a message's shape changes; the server answers 426 to a version it cannot read. */
export const PROTOCOL_VERSION = 1;

/** At most this many operations in one push (sync.md §3.4: unbounded batches ended in 413s). */
export const MAX_PUSH_OPS = 500;
/** A push body larger than this is refused before it is parsed. */
export const MAX_PUSH_BYTES = 1_000_000;
/** At most this many of the kiosk's audit rows ride along with one push. */
export const MAX_PUSH_AUDIT = 500;
/** At most this many changes in one pull page. */
export const MAX_PULL_CHANGES = 500;

export const enrolRequestSchema = z
  .object({
    protocol: z.number().int(),
    code: z.string().trim().min(4).max(32),
    deviceId: z.string().min(1).max(64),
    deviceName: z.string().trim().min(1).max(80),
  })
  .strict();
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  siteId: z.string(),
  siteName: z.string(),
  deviceId: z.string(),
  /** Shown once: the kiosk keeps it and sends it as its bearer credential; the server keeps a hash. */
  secret: z.string(),
  epoch: z.number().int().positive(),
  /** The device's sequence the server has processed so far (0 for a new device). */
  lastSeq: z.number().int().nonnegative(),
  /**
   * The address visitors' phones reach the portal at (LOKET_PUBLIC_URL), when it is not the one the
   * kiosk syncs with (a LAN address): the kiosk's QR codes for phones use it. Absent from older servers.
   */
  publicUrl: z.string().nullable().default(null),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/**
 * One row of the kiosk's audit log, pushed up append-only (who did what, on which device, about
 * whose data): the central side keeps the site's whole trail. No personal data beyond ids.
 */
export const auditRowSchema = z.object({
  /** The row's id on the kiosk: with the device, its key on the server (a resend is a no-op). */
  id: z.number().int().positive(),
  at: z.number().int(),
  actor: z.string().max(128),
  action: z.string().max(128),
  entity: z.string().max(64),
  entityId: z.string().max(128),
  details: z.string().max(20_000),
  visitorId: z.string().max(64).nullable(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

export const pushRequestSchema = z
  .object({
    protocol: z.number().int(),
    epoch: z.number().int().positive(),
    /** Device time when the push was sent: the server measures the kiosk's clock offset from it. */
    clientTime: z.number().int(),
    /** The kiosk's queue as it stands, for the health page: a stuck kiosk is seen centrally. */
    queue: z.object({ pending: z.number().int().nonnegative(), oldestAt: z.number().int().nullable() }),
    ops: z.array(outboxOperationSchema).max(MAX_PUSH_OPS),
    audit: z.array(auditRowSchema).max(MAX_PUSH_AUDIT),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const opStatuses = ['applied', 'merged', 'rejected'] as const;
export type OpStatus = (typeof opStatuses)[number];

export const opResultSchema = z.object({
  seq: z.number().int(),
  opId: z.string(),
  status: z.enum(opStatuses),
  /** The server had answered this operation before (a retry): this is the stored answer again. */
  replayed: z.boolean(),
  /** Why, for merged and rejected: a stable code the kiosk's sync panel translates. */
  code: z.string().nullable(),
  /** What the officer needs to act on it: the free alternative, the holder's visit… */
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type OpResult = z.infer<typeof opResultSchema>;

export const pushResponseSchema = z.object({
  /** The highest sequence of this device the server has processed (answered) so far. */
  lastSeq: z.number().int().nonnegative(),
  results: z.array(opResultSchema),
  /** The highest audit row id of this device the server holds after this push. */
  auditUpTo: z.number().int().nonnegative(),
  serverTime: z.number().int(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** One record as the server now holds it, for the kiosk to mirror. */
export const changeSchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  version: z.number().int(),
  row: z.record(z.string(), z.unknown()),
  originOpId: z.string().nullable(),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  /** Opaque to the kiosk: stored in the same transaction as the rows it brought. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
  serverTime: z.number().int(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** The HTTP errors a kiosk must tell apart; everything else (network, 5xx, 429) is "try later". */
export const syncErrorCodes = [
  'unauthorized',
  'device_revoked',
  'epoch_mismatch',
  'upgrade_required',
  'cursor_expired',
  'too_large',
  'invalid',
  'unavailable',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export const syncErrorSchema = z.object({
  error: z.enum(syncErrorCodes),
  message: z.string(),
  /** For epoch_mismatch: what the server holds, so the kiosk can reconcile (sync.md §3.9). */
  lastSeq: z.number().int().optional(),
  epoch: z.number().int().optional(),
});
export type SyncError = z.infer<typeof syncErrorSchema>;
