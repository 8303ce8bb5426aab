// Requests on the portal: the site's request settings and calendar as the server holds them, the
// room's other bookings for the clash check, filing through the same operation a kiosk pushes
// ('request.filed', run by the server under the site's lock), and the status page's lookup by
// reference and private token.
//
// The form carries a fresh 128-bit key; the request's status token is derived from it, so a second
// submit of the same form (a double tap, a reload) finds the request the first one filed (by the
// token's hash) and answers with the same page. The server keeps only the token's hash.
import { createHash, randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { sameHash } from '../../../electron/services/complaints/complaintSecret';
import { findClashes, type RoomBooking } from '../../../shared/requests/clash';
import type { RequestIntake } from '../../../shared/requests/intake';
import type { RequestRecord } from '../../../shared/requests/requestRecord';
import { eventInstants } from '../../../shared/requests/requestRules';
import type { RequestSettings, RequestType } from '../../../shared/requests/requestSettings';
import { slotInstants } from '../../../shared/requests/slotTime';
import type { ServerDb } from '../../db/schema';
import type { OpContext } from '../../sync/handlers/context';
import { siteRequestSettings } from '../../sync/handlers/requests';
import { runServerCommand, type ServerCommandDeps } from '../../sync/serverCommand';

const ENTITY = 'request';
const crockford = (bytes: Uint8Array, length: number) => base32crockford.encode(bytes).slice(0, length);

/** 26 Crockford characters of 128 random bits: the key a request form submits. */
export const newFormKey = (): string => crockford(randomBytes(16), 26);
export const isFormKey = (key: string): boolean => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(key);

/** The status link's token a form key makes: always the same for the same key, never kept. */
export const statusTokenOf = (formKey: string): string =>
  crockford(createHash('sha256').update(`loket-request-form:status:${formKey}`).digest().subarray(0, 16), 26);
export const isStatusToken = (token: string): boolean => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(token);
export const statusTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export const isReference = (reference: string): boolean =>
  /^PMH-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/.test(reference);

/**
 * The site's request settings, read outside a command (the form, the status page). The handlers'
 * reader only selects; its parameter names the transaction it is usually given.
 */
export const readRequestSettings = (db: Kysely<ServerDb>, siteId: string): Promise<RequestSettings> =>
  siteRequestSettings({ tx: db, siteId } as unknown as Pick<OpContext, 'tx' | 'siteId'>);

/** The types a requester may choose on the portal. */
export const portalTypes = (settings: RequestSettings): RequestType[] =>
  settings.types.filter((t) => t.active && t.onPortal);

/** The slot a request takes: the scheduled one, else the one requested when it is complete. */
export function slotOf(r: RequestRecord): { roomId: string; day: string; start: string; end: string } | null {
  if (r.schedule) return r.schedule.slot;
  const e = r.intake.event;
  if (r.kind !== 'room' || !e.roomId || !e.day || !e.start || !e.end) return null;
  return { roomId: e.roomId, day: e.day, start: e.start, end: e.end };
}

/**
 * The bookings of a room on a day as the server holds them: every request that still stands,
 * scheduled there or (not yet scheduled) asking for it, as the letter register counts them.
 */
export async function roomBookingsOnServer(
  db: Kysely<ServerDb>,
  siteId: string,
  roomId: string,
  day: string,
  settings: RequestSettings,
  timeZone: string,
): Promise<RoomBooking[]> {
  const rows = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', ENTITY)
    .where((eb) =>
      eb.or([
        eb.and([
          eb(sql<string>`data->'schedule'->'slot'->>'roomId'`, '=', roomId),
          eb(sql<string>`data->'schedule'->'slot'->>'day'`, '=', day),
        ]),
        eb.and([
          eb(sql<string | null>`data->>'schedule'`, 'is', null),
          eb(sql<string>`data->'intake'->'event'->>'roomId'`, '=', roomId),
          eb(sql<string>`data->'intake'->'event'->>'day'`, '=', day),
        ]),
      ]),
    )
    .execute();
  const bookings: RoomBooking[] = [];
  for (const row of rows) {
    const r = row.data as unknown as RequestRecord;
    if (r.decision && r.decision.outcome !== 'accepted') continue;
    const slot = slotOf(r);
    const type = settings.types.find((t) => t.id === r.intake.typeId);
    if (!slot || slot.end <= slot.start) continue;
    const at = slotInstants(slot, timeZone);
    bookings.push({
      id: r.id,
      roomId: slot.roomId,
      start: at.start,
      end: at.end,
      setupMinutes: type?.setupMinutes ?? 0,
      clearMinutes: type?.clearMinutes ?? 0,
      title: r.reference,
    });
  }
  return bookings;
}

/**
 * Whether a room request's slot meets another booking of its room (with setting up and clearing).
 * A portal request that clashes is filed all the same: the admin agrees another slot with the
 * requester, and the confirmation says so.
 */
export async function slotClashes(
  db: Kysely<ServerDb>,
  siteId: string,
  self: { id: string; slot: { roomId: string; day: string; start: string; end: string } },
  type: RequestType,
  settings: RequestSettings,
  timeZone: string,
): Promise<RoomBooking[]> {
  const at = eventInstants(self.slot, timeZone);
  if (!at || at.end <= at.start) return [];
  const candidate: RoomBooking = {
    id: self.id,
    roomId: self.slot.roomId,
    start: at.start,
    end: at.end,
    setupMinutes: type.setupMinutes,
    clearMinutes: type.clearMinutes,
    title: '',
  };
  const bookings = await roomBookingsOnServer(
    db,
    siteId,
    self.slot.roomId,
    self.slot.day,
    settings,
    timeZone,
  );
  return findClashes(candidate, bookings);
}

async function requestByStatusHash(
  db: Kysely<ServerDb>,
  siteId: string,
  hash: string,
): Promise<RequestRecord | undefined> {
  const row = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', ENTITY)
    .where(sql<string>`data->>'statusTokenHash'`, '=', hash)
    .executeTakeFirst();
  return row ? (row.data as unknown as RequestRecord) : undefined;
}

export interface FiledOnPortal {
  readonly reference: string;
  readonly statusToken: string;
  /** The same form sent again: the request it filed the first time. */
  readonly replay: boolean;
}

/** The request this form already filed, if any (a double tap, a reload). */
export async function filedByForm(
  db: Kysely<ServerDb>,
  siteId: string,
  formKey: string,
): Promise<FiledOnPortal | undefined> {
  const statusToken = statusTokenOf(formKey);
  const earlier = await requestByStatusHash(db, siteId, statusTokenHash(statusToken));
  return earlier ? { reference: earlier.reference, statusToken, replay: true } : undefined;
}

const localYear = (now: number, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(now));

/** Files a request the rules allowed, as the portal's visitor (no officer), with its audit row. */
export async function filePortalRequest(
  deps: ServerCommandDeps,
  request: {
    readonly siteId: string;
    readonly formKey: string;
    readonly intake: RequestIntake;
    readonly type: RequestType;
    readonly timeZone: string;
    readonly clashes: number;
  },
  now: number,
): Promise<FiledOnPortal> {
  const statusToken = statusTokenOf(request.formKey);
  const hash = statusTokenHash(statusToken);
  return runServerCommand(deps, request.siteId, 'portal', now, async (cmd) => {
    // Under the site's lock: a second submit that raced the first finds it here.
    const earlier = await requestByStatusHash(cmd.tx, request.siteId, hash);
    if (earlier) return { reference: earlier.reference, statusToken, replay: true };
    const id = uuidv7({ msecs: now });
    const reference = `PMH-${localYear(now, request.timeZone)}-${crockford(randomBytes(5), 6)}`;
    const verdict = await cmd.apply('request.filed', {
      id,
      reference,
      intake: request.intake,
      kind: request.type.kind,
      source: 'portal',
      enteredAt: now,
      enteredBy: null,
      attendanceToken: crockford(randomBytes(10), 16),
      statusTokenHash: hash,
    });
    if (verdict.status === 'rejected') throw new Error(`the portal's request was refused: ${verdict.code}`);
    cmd.audit({
      action: 'portal.request',
      entity: 'request',
      entityId: id,
      details: { reference, typeId: request.intake.typeId, clashes: request.clashes },
    });
    return { reference, statusToken, replay: false };
  });
}

export interface FoundRequest {
  readonly siteId: string;
  readonly record: RequestRecord;
}

/**
 * The request a status link opens: its reference and the token only the requester holds, compared
 * by hash in constant time. Anything else opens nothing and says nothing about whether it exists.
 */
export async function findRequestByLink(
  db: Kysely<ServerDb>,
  reference: string,
  token: string,
): Promise<FoundRequest | undefined> {
  if (!isReference(reference) || !isStatusToken(token)) return undefined;
  const hash = statusTokenHash(token);
  const rows = await db
    .selectFrom('records')
    .select(['site_id', 'data'])
    .where('entity_type', '=', ENTITY)
    .where(sql<string>`data->>'reference'`, '=', reference)
    .execute();
  const match = rows.find((row) => {
    const kept = (row.data as unknown as RequestRecord).statusTokenHash;
    return kept !== null && sameHash(kept, hash);
  });
  return match ? { siteId: match.site_id, record: match.data as unknown as RequestRecord } : undefined;
}
