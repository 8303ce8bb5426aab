// The server handlers of the requests (issue 13), one per operation type (by its rule in
// shared/sync/domainRules/requests.ts). A request's whole state is one record (writeRecord), built
// by the same transitions the kiosk runs (shared/requests/requestTransitions.ts). The server also
// guards the room: a slot scheduled at one desk that clashes with a slot another desk scheduled
// first (both offline) is refused, so a room is never given twice.
import { sql } from 'kysely';
import type { requestsOperations } from '../../../shared/contract/requests';
import { findClashes, type RoomBooking } from '../../../shared/requests/clash';
import type { RequestRecord } from '../../../shared/requests/requestRecord';
import {
  defaultRequestSettings,
  requestSettingsSchema,
  type RequestSettings,
} from '../../../shared/requests/requestSettings';
import {
  applyContactErased,
  applyDecided,
  applyReported,
  applyScheduled,
  applyStepDone,
  applyTaskDone,
  recordFromFiled,
  type RequestOutcome,
} from '../../../shared/requests/requestTransitions';
import { slotInstants } from '../../../shared/requests/slotTime';
import { merged, rejected, type DomainHandlers, type OpContext, type Verdict } from './context';
import { readRecordData, writeRecord } from './records';

const ENTITY = 'request';

const readRequest = (ctx: OpContext, id: string) => readRecordData<RequestRecord>(ctx, ENTITY, id);

/** The site's request settings as the server holds them (the defaults until a desk changed them). */
export async function siteRequestSettings(ctx: Pick<OpContext, 'tx' | 'siteId'>): Promise<RequestSettings> {
  const row = await ctx.tx
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', 'settings')
    .where('entity_id', '=', 'requests')
    .executeTakeFirst();
  const parsed = requestSettingsSchema.safeParse(row?.data);
  return parsed.success ? parsed.data : defaultRequestSettings;
}

/** The site's time zone, from its rules (the same record the kiosks read). */
export async function siteTimeZone(ctx: Pick<OpContext, 'tx' | 'siteId'>): Promise<string> {
  const row = await ctx.tx
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', 'settings')
    .where('entity_id', '=', 'rules')
    .executeTakeFirst();
  const zone = (row?.data as { calendar?: { timeZone?: unknown } } | undefined)?.calendar?.timeZone;
  return typeof zone === 'string' ? zone : 'Asia/Pontianak';
}

/** A request's slot as a booking of its room, with its type's setting up and clearing. */
export function bookingOf(r: RequestRecord, settings: RequestSettings, timeZone: string): RoomBooking | null {
  const slot = r.schedule?.slot;
  if (!slot) return null;
  const type = settings.types.find((t) => t.id === r.intake.typeId);
  const at = slotInstants(slot, timeZone);
  return {
    id: r.id,
    roomId: slot.roomId,
    start: at.start,
    end: at.end,
    setupMinutes: type?.setupMinutes ?? 0,
    clearMinutes: type?.clearMinutes ?? 0,
    title: `${r.reference} ${r.intake.office}`,
  };
}

/** Scheduled requests of one room on one day, as the server holds them. */
export async function scheduledOn(
  ctx: Pick<OpContext, 'tx' | 'siteId'>,
  roomId: string,
  day: string,
): Promise<RequestRecord[]> {
  const rows = await ctx.tx
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', ENTITY)
    .where(sql<string>`data->'schedule'->'slot'->>'roomId'`, '=', roomId)
    .where(sql<string>`data->'schedule'->'slot'->>'day'`, '=', day)
    .execute();
  return rows
    .map((r) => r.data as RequestRecord)
    .filter((r) => !r.decision || r.decision.outcome === 'accepted');
}

async function change(
  ctx: OpContext,
  id: string,
  decide: (r: RequestRecord) => RequestOutcome,
): Promise<Verdict> {
  const current = await readRequest(ctx, id);
  if (!current) return rejected('unknown_request');
  const outcome = decide(current);
  if (outcome.kind === 'merged') return merged(outcome.code);
  if (outcome.kind === 'rejected') return rejected(outcome.code);
  return writeRecord(ctx, ENTITY, id, { ...outcome.record });
}

export const requestsServerHandlers: DomainHandlers<typeof requestsOperations> = {
  'request.filed': async (ctx, p) => {
    if (await readRequest(ctx, p.id)) return merged('already_created');
    return writeRecord(ctx, ENTITY, p.id, { ...recordFromFiled(p) });
  },
  'request.stepDone': (ctx, { requestId, ...entry }) =>
    change(ctx, requestId, (r) => applyStepDone(r, entry)),
  'request.scheduled': async (ctx, { requestId, ...schedule }) => {
    const current = await readRequest(ctx, requestId);
    if (!current) return rejected('unknown_request');
    const outcome = applyScheduled(current, schedule);
    if (outcome.kind !== 'applied')
      return outcome.kind === 'merged' ? merged(outcome.code) : rejected(outcome.code);
    const settings = await siteRequestSettings(ctx);
    const zone = await siteTimeZone(ctx);
    const mine = bookingOf(outcome.record, settings, zone)!;
    const others = (await scheduledOn(ctx, schedule.slot.roomId, schedule.slot.day))
      .map((r) => bookingOf(r, settings, zone))
      .filter((b): b is RoomBooking => b !== null);
    const clash = findClashes(mine, others)[0];
    if (clash) return rejected('room_taken', { clashWith: clash.id });
    return writeRecord(ctx, ENTITY, requestId, { ...outcome.record });
  },
  'request.decided': (ctx, { requestId, ...decision }) =>
    change(ctx, requestId, (r) => applyDecided(r, decision)),
  'request.taskDone': (ctx, { requestId, ...task }) => change(ctx, requestId, (r) => applyTaskDone(r, task)),
  'request.reported': (ctx, { requestId, ...report }) =>
    change(ctx, requestId, (r) => applyReported(r, report)),
  'request.attended': async (ctx, p) => {
    if (await readRecordData(ctx, 'requestAttendance', p.id)) return merged('already_counted');
    if (!(await readRequest(ctx, p.requestId))) return rejected('unknown_request');
    return writeRecord(ctx, 'requestAttendance', p.id, { ...p });
  },
  'request.letterIssued': async (ctx, p) => {
    if (await readRecordData(ctx, 'requestLetter', p.id)) return merged('already_created');
    if (!(await readRequest(ctx, p.requestId))) return rejected('unknown_request');
    return writeRecord(ctx, 'requestLetter', p.id, { ...p });
  },
  'request.contactErased': (ctx, p) => change(ctx, p.requestId, (r) => applyContactErased(r)),
  'requests.settingsUpdated': (ctx, p) => writeRecord(ctx, 'settings', 'requests', { ...p }),
};
