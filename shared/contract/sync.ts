// The kiosk and the central server (issue 10): whether this kiosk has joined a site, whether it is
// online, how many operations wait, and what the server refused. The status is public (the status
// bar shows it to everyone; it holds no personal data); joining and the refusals are for officers.
import { z } from 'zod';
import { noInput } from './fields';
import { method } from './method';

export const syncStates = ['not_joined', 'online', 'offline', 'stopped'] as const;
/** Why sync stopped until a person acts: the server revoked this kiosk, or it needs another version. */
export const syncStopReasons = [
  'device_revoked',
  'unauthorized',
  'upgrade_required',
  'epoch_mismatch',
  'invalid',
] as const;

export const syncStatusSchema = z.object({
  state: z.enum(syncStates),
  stopReason: z.enum(syncStopReasons).nullable(),
  siteName: z.string().nullable(),
  serverUrl: z.string().nullable(),
  /** Operations not yet answered by the server, and since when the oldest waits. */
  pending: z.number().int(),
  oldestPendingAt: z.number().nullable(),
  /** The last exchange that went through. */
  lastSyncAt: z.number().nullable(),
  /** Server time minus this kiosk's; a wrong kiosk clock never blocks sync, it is shown. */
  clockOffsetMs: z.number().nullable(),
  /** Operations the server refused or changed, for the sync panel. */
  refused: z.number().int(),
  /** Server changes waiting on this kiosk (its own operations on the way, or a desk to re-seat). */
  deferred: z.number().int(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const joinInputSchema = z
  .object({
    serverUrl: z
      .string()
      .trim()
      .max(200)
      .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { error: 'errors.sync.serverUrl' }),
    code: z.string().trim().min(4, { error: 'errors.sync.code' }).max(32, { error: 'errors.sync.code' }),
  })
  .strict();

export const refusedOperationSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  status: z.enum(['merged', 'rejected']),
  code: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  at: z.number(),
  actor: z.string(),
});

export const syncMethods = {
  'sync.status': method('public', noInput, syncStatusSchema),
  /** Connects a kiosk that was set up on its own to a site on the central server. */
  'sync.join': method('settings.manage', joinInputSchema, syncStatusSchema),
  /** The kiosk's first start: join an existing site instead of setting one up. */
  'setup.join': method('public', joinInputSchema, syncStatusSchema),
  'sync.now': method('signedIn', noInput, syncStatusSchema),
  'sync.refused': method('settings.manage', noInput, z.array(refusedOperationSchema)),
} as const;

export const syncEvents = {
  'sync.changed': syncStatusSchema,
} as const;
