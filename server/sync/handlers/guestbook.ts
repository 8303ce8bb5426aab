// The server handlers of buku tamu (service standard no. 15), one per operation type (by its rule in shared/sync/domainRules).
// Each guest entry is one record (entity type 'guest') holding its whole current state, written with
// writeRecord so a kiosk's snapshot and its pulls carry it, and a re-sent operation finds it. The
// entry is created once, its status only moves forward (waiting → served → closed), and once
// anonymised its name, phone and free text stay blank, here and in the server's older copies.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { guestbookOperations } from '../../../shared/contract/guestbook';
import { movesForward } from '../../../shared/sync/conflictRules';
import { guestOrder } from '../../../shared/sync/domainRules/guestbook';
import { merged, rejected, type DomainHandlers, type OpContext } from './context';
import { readRecordData, writeRecord } from './records';

type Payload<T extends keyof typeof guestbookOperations> = z.output<
  (typeof guestbookOperations)[T]['payload']
>;

/** A guest entry as the server keeps it and the kiosks pull it (electron/sync/appliers/guestbook.ts). */
export interface GuestRecord {
  id: string;
  day: string;
  queuePrefix: string;
  queueSeq: number;
  queueNumber: string;
  fullName: string;
  institution: string | null;
  phone: string | null;
  purposeService: string | null;
  purposeOther: string | null;
  meet: string | null;
  withLetter: boolean;
  returning: boolean;
  consentVersion: string;
  registeredAt: number;
  status: 'waiting' | 'served' | 'closed';
  servedAt: number | null;
  servedBy: string | null;
  outcome: 'served' | 'directed' | null;
  serviceNote: string | null;
  closedAt: number | null;
  closedBy: string | null;
  closeKind: 'done' | 'left' | null;
  closeNote: string | null;
  anonymisedAt: number | null;
}

export const GUEST = 'guest';

const readGuest = (ctx: OpContext, id: string) => readRecordData<GuestRecord>(ctx, GUEST, id);

const write = (ctx: OpContext, g: GuestRecord) =>
  writeRecord(ctx, GUEST, g.id, g as unknown as Record<string, unknown>);

/** An anonymised entry keeps no free text: what arrives for it later is blanked on arrival. */
const textOf = (g: GuestRecord, note: string | null): string | null =>
  g.anonymisedAt === null ? note : null;

async function guestRegistered(ctx: OpContext, p: Payload<'guest.registered'>) {
  if (await readGuest(ctx, p.id)) return merged('already_registered');
  return write(ctx, {
    id: p.id,
    day: p.day,
    queuePrefix: p.queuePrefix,
    queueSeq: p.queueSeq,
    queueNumber: p.queueNumber,
    fullName: p.fullName,
    institution: p.institution,
    phone: p.phone,
    purposeService: p.purpose.serviceId,
    purposeOther: p.purpose.other,
    meet: p.meet,
    withLetter: p.withLetter,
    returning: p.returning,
    consentVersion: p.consentVersion,
    registeredAt: p.registeredAt,
    status: 'waiting',
    servedAt: null,
    servedBy: null,
    outcome: null,
    serviceNote: null,
    closedAt: null,
    closedBy: null,
    closeKind: null,
    closeNote: null,
    anonymisedAt: null,
  });
}

async function guestServed(ctx: OpContext, p: Payload<'guest.served'>) {
  const g = await readGuest(ctx, p.id);
  if (!g) return rejected('unknown_guest');
  const served = {
    servedAt: p.servedAt,
    servedBy: p.servedBy,
    outcome: p.outcome,
    serviceNote: textOf(g, p.note),
  };
  if (g.status === 'closed') {
    // Closed at another desk first: the entry stays closed, and keeps how the guest was served if
    // the close did not come with it (two officers, one guest, one of them offline).
    if (g.outcome !== null) return merged('already_closed');
    await write(ctx, { ...g, ...served });
    return merged('already_closed', { outcomeKept: true });
  }
  if (!movesForward(guestOrder, g.status, 'served'))
    return merged('already_served', { servedAt: g.servedAt, outcome: g.outcome });
  return write(ctx, { ...g, ...served, status: 'served' });
}

async function guestClosed(ctx: OpContext, p: Payload<'guest.closed'>) {
  const g = await readGuest(ctx, p.id);
  if (!g) return rejected('unknown_guest');
  if (!movesForward(guestOrder, g.status, 'closed')) return merged('already_closed', { kind: g.closeKind });
  return write(ctx, {
    ...g,
    status: 'closed',
    closedAt: p.closedAt,
    closedBy: p.closedBy,
    closeKind: p.kind,
    closeNote: textOf(g, p.note),
  });
}

const BLANK_ROW = sql`jsonb_build_object('fullName', '', 'phone', null, 'serviceNote', null, 'closeNote', null)`;

/** The server's own older copies of the entry: the operations that carried it, the change log. */
async function blankServerCopies(ctx: OpContext, id: string): Promise<void> {
  await ctx.tx
    .updateTable('processed_ops')
    .set({
      payload: sql`CASE WHEN payload #>> '{purpose,other}' IS NULL
          THEN payload || '{"fullName": "", "phone": ""}'::jsonb
          ELSE jsonb_set(payload || '{"fullName": "", "phone": ""}'::jsonb, '{purpose,other}', '""'::jsonb) END`,
    })
    .where('site_id', '=', ctx.siteId)
    .where('op_type', '=', 'guest.registered')
    .where('entity_id', '=', id)
    .execute();
  await ctx.tx
    .updateTable('processed_ops')
    .set({ payload: sql`payload || '{"note": null}'::jsonb` })
    .where('site_id', '=', ctx.siteId)
    .where('op_type', 'in', ['guest.served', 'guest.closed'])
    .where('entity_id', '=', id)
    .execute();
  await ctx.tx
    .updateTable('change_log')
    .set({
      row: sql`CASE WHEN row ->> 'purposeOther' IS NULL THEN row || ${BLANK_ROW}
          ELSE row || ${BLANK_ROW} || '{"purposeOther": ""}'::jsonb END`,
    })
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', GUEST)
    .where('entity_id', '=', id)
    .execute();
}

/** The entry's personal data blanked; what it counts (day, purpose, how it was served) stays. */
export const anonymisedGuest = (g: GuestRecord, at: number): GuestRecord => ({
  ...g,
  fullName: '',
  phone: null,
  purposeOther: g.purposeOther === null ? null : '',
  serviceNote: null,
  closeNote: null,
  anonymisedAt: at,
});

async function guestAnonymised(ctx: OpContext, p: Payload<'guest.anonymised'>) {
  const g = await readGuest(ctx, p.id);
  if (!g) return rejected('unknown_guest');
  if (g.anonymisedAt !== null) return merged('already_anonymised');
  await blankServerCopies(ctx, p.id);
  return write(ctx, anonymisedGuest(g, p.at));
}

export const guestbookServerHandlers: DomainHandlers<typeof guestbookOperations> = {
  'guest.registered': guestRegistered,
  'guest.served': guestServed,
  'guest.closed': guestClosed,
  'guest.anonymised': guestAnonymised,
};
