import { randomBytes } from 'node:crypto';
import type { Checklist, PublicScanOutcome, ScanOutcome } from '../../../shared/contract';
import { readAssetScan } from '../../../shared/inventory/inventoryRules';
import { readAttendanceScan } from '../../../shared/requests/attendanceCode';
import { reject } from '../../../shared/result';
import { parseTicketToken } from '../../../shared/rules/ticketToken';
import type { ScanSource } from '../../../shared/scanEvent';
import { publicName } from '../../../shared/slips/mask';
import { runCommand, type CommandDeps } from '../core/command';
import { findReservationByToken } from '../reservations/reservationQueries';
import type { RulesStore } from '../settings/rules';
import { issueSurveyToken } from '../survey/surveyTokens';
import { itemIdByCode } from '../inventory/inventoryQueries';
import { requestCheckout } from '../visits/checkout';
import { CheckInRefused, startVisit, type Refusal } from '../visits/checkIn';
import { openVisitOfReservation, warningClock } from '../visits/visitQueries';

/** The same code scanned again within this window gets the first answer again, not a second visit. */
export const DUPLICATE_SCAN_MS = 5_000;
/** A visitor who scans again this soon after checking in is told where they sit, not checked out. */
export const ARRIVAL_GRACE_MS = 5 * 60_000;
/** After "Selesai" on the kiosk, the next scan within this time is a check-out. */
export const CHECKOUT_INTENT_MS = 60_000;
const CHECKOUT_TICKET_MS = 5 * 60_000;

/** One scan as it reaches the pipeline, from whichever scanner (the whole ScanEvent's facts). */
export interface ScanInput {
  readonly text: string;
  readonly source: ScanSource;
  readonly deviceId: string;
  readonly symbology?: string | undefined;
}

type Omitted = 'scanId' | 'at';
/** What the requests domain says of an event's QR (the scan's other fields are filled in here). */
export type EventAttendance = Partial<
  Omit<Extract<ScanOutcome, { kind: 'event_attendance' }>, 'scanId' | 'at' | 'kind'>
> & { readonly result: Extract<ScanOutcome, { kind: 'event_attendance' }>['result'] };

type OutcomeBody = ScanOutcome extends infer O ? (O extends ScanOutcome ? Omit<O, Omitted> : never) : never;

/** A scan answered without a check-in: thrown out of the check-in transaction, which then writes nothing. */
class Answered extends Error {
  constructor(readonly body: OutcomeBody) {
    super(body.kind);
  }
}

/** Turns a refusal from the rules into what the screen needs, without dropping its details. */
function refusedBody(refusal: Refusal, name: string): OutcomeBody {
  const base = { kind: 'refused' as const, firstName: publicName(name) };
  switch (refusal.reason) {
    case 'unknown_code':
    case 'cancelled':
    case 'no_free_desk':
      return { ...base, reason: refusal.reason };
    case 'already_checked_in':
      return {
        ...base,
        reason: refusal.reason,
        ...(refusal.deskNumber ? { deskNumber: refusal.deskNumber } : {}),
        ...(refusal.lockerNumber ? { lockerNumber: refusal.lockerNumber } : {}),
        ...(refusal.endsAt ? { endsAt: refusal.endsAt } : {}),
      };
    case 'already_completed':
    case 'wrong_day':
      return { ...base, reason: refusal.reason, day: refusal.reservationDay };
    case 'closed_weekend':
    case 'before_opening':
    case 'after_closing':
      return { ...base, reason: refusal.reason, nextOpening: refusal.nextOpening };
    case 'closed_holiday':
      return {
        ...base,
        reason: refusal.reason,
        nextOpening: refusal.nextOpening,
        ...(refusal.holidayName ? { holidayName: refusal.holidayName } : {}),
      };
    default: {
      const never: never = refusal;
      return never;
    }
  }
}

/**
 * The scan pipeline (SOP 97 steps 4–5 and 7): every scanner source ends here. It answers each scan
 * with one outcome, returned to the screen that submitted it and pushed to the others: a check-in,
 * the start of a check-out, or a refusal with its reason. Malformed, unknown and forged codes are
 * refused before any write; a failure inside becomes a typed answer too, never a crash.
 */
export class ScanDesk {
  private readonly recent = new Map<string, { at: number; outcome: ScanOutcome }>();
  private readonly tickets = new Map<string, { visitId: string; expires: number }>();
  /** Check-outs started by a hardware scanner, whose ticket the kiosk screen has yet to claim. */
  private readonly claimable = new Map<string, string>();
  private checkoutIntentUntil = 0;

  constructor(
    private readonly deps: CommandDeps,
    private readonly rules: RulesStore,
    /** After a check-in commits (e.g. to print the slip). */
    private readonly onCheckedIn: (visitId: string) => void = () => {},
    /** Counts a participant in at a booked event (the requests domain). */
    private readonly eventAttendance: (token: string) => EventAttendance = () => ({ result: 'unknown' }),
  ) {}

  /** The visitor tapped "Selesai": the next scan, within a minute, checks them out. */
  expectCheckout(): number {
    this.checkoutIntentUntil = this.deps.clock.now() + CHECKOUT_INTENT_MS;
    return this.checkoutIntentUntil;
  }

  /** "Kembali", the screen left, or "Belum, saya masih di sini": the intent ends, the ticket is void. */
  cancelCheckout(ticket?: string): void {
    this.checkoutIntentUntil = 0;
    if (ticket !== undefined) this.tickets.delete(ticket);
  }

  /**
   * Answers one scan. `from` says who will show the answer: the page that submitted it gets the
   * outcome with its ticket; a hardware scanner's outcome is shown by whichever kiosk screen hears the
   * event, which carries no ticket, and claims it once (`claimCheckout`).
   */
  handle(scan: ScanInput, from: 'page' | 'device' = 'device'): ScanOutcome {
    const now = this.deps.clock.now();
    this.forgetOld(now);
    // An equipment label is answered before a ticket is tried: its own kind, never a check-in.
    const asset = this.assetLabel(scan.text);
    if (asset) return this.answerAsset(asset, now);
    // A booked event's QR: the participant is counted in, however often the same code is scanned.
    const eventToken = readAttendanceScan(scan.text);
    if (eventToken) return this.answerAttendance(eventToken, now);
    const parsed = parseTicketToken(scan.text);
    const key = parsed.ok ? parsed.token : `malformed:${scan.text.slice(0, 64)}`;
    const previous = this.recent.get(key);
    if (previous && this.stillValid(previous.outcome)) {
      // The visitor scanned again because nothing seemed to happen: the same answer, shown again.
      this.deps.events.emit('scans.result', withoutTicket(previous.outcome));
      return previous.outcome;
    }
    let body: OutcomeBody;
    try {
      body = parsed.ok ? this.decide(parsed.token, scan, now) : { kind: 'refused', reason: 'malformed_code' };
    } catch (err) {
      this.deps.log.error({ err, source: scan.source, deviceId: scan.deviceId }, 'scan failed');
      body = { kind: 'refused', reason: 'system_error' };
    }
    const outcome = { scanId: this.deps.ids.id(), at: now, ...body } as ScanOutcome;
    if (outcome.kind !== 'refused' || outcome.reason !== 'system_error')
      this.recent.set(key, { at: now, outcome });
    if (outcome.kind === 'checkout_started' && from === 'device') {
      this.claimable.set(outcome.scanId, outcome.checkoutTicket);
    }
    this.deps.events.emit('scans.result', withoutTicket(outcome));
    return outcome;
  }

  /**
   * An equipment label (issue 12): the label's prefix, or a bare text shaped like an asset code that
   * names an item here (one indexed lookup, inventory_items_code). Anything else is left to the ticket.
   */
  private assetLabel(text: string): { assetCode: string; itemId: string | null; name: string | null } | null {
    const read = readAssetScan(text);
    if (read.kind === 'none') return null;
    let item: { id: string; name: string } | undefined;
    try {
      item = itemIdByCode(this.deps.db, read.code);
    } catch (err) {
      this.deps.log.error({ err }, 'asset label lookup failed');
    }
    if (!item && read.kind === 'maybeCode') return null;
    return { assetCode: read.code, itemId: item?.id ?? null, name: item?.name ?? null };
  }

  private answerAsset(
    asset: { assetCode: string; itemId: string | null; name: string | null },
    now: number,
  ): ScanOutcome {
    const outcome: ScanOutcome = { scanId: this.deps.ids.id(), at: now, kind: 'asset_label', ...asset };
    this.deps.events.emit('scans.result', outcome);
    return outcome;
  }

  private answerAttendance(token: string, now: number): ScanOutcome {
    let body: EventAttendance;
    try {
      body = this.eventAttendance(token);
    } catch (err) {
      this.deps.log.error({ err }, 'event attendance failed');
      body = { result: 'unknown' };
    }
    const outcome: ScanOutcome = {
      scanId: this.deps.ids.id(),
      at: now,
      kind: 'event_attendance',
      ordinal: null,
      subject: null,
      office: null,
      roomName: null,
      start: null,
      end: null,
      day: null,
      ...body,
    };
    this.deps.events.emit('scans.result', outcome);
    return outcome;
  }

  /** The kiosk screen takes the ticket of a check-out a hardware scanner started; only once. */
  claimCheckout(scanId: string): string {
    const ticket = this.claimable.get(scanId);
    this.claimable.delete(scanId);
    if (ticket === undefined || !this.tickets.has(ticket))
      throw reject('not_found', 'errors.checkout.ticketExpired');
    return ticket;
  }

  /** The checklist sent back with the one-time ticket the scan handed out. */
  checkout(
    ticket: string,
    checklist: Checklist,
  ): { deskNumber: number; firstName: string; surveyToken: string | null } {
    const now = this.deps.clock.now();
    const entry = this.tickets.get(ticket);
    if (!entry || entry.expires < now) throw reject('rule', 'errors.checkout.ticketExpired');
    const visit = requestCheckout(this.deps, 'kiosk', this.rules.get(), entry.visitId, checklist);
    this.tickets.delete(ticket);
    return {
      deskNumber: visit.deskNumber,
      firstName: publicName(visit.fullName),
      surveyToken: this.surveyTokenOf(entry.visitId),
    };
  }

  /**
   * The satisfaction survey of this visit (issue 11: offered after a coworking check-out), as its own
   * command once the check-out has committed. A failure here costs the visitor the offer, not the
   * check-out.
   */
  private surveyTokenOf(visitId: string): string | null {
    try {
      return issueSurveyToken(this.deps, this.rules, {
        serviceId: 'coworking',
        eventKind: 'visit',
        eventId: visitId,
      }).token;
    } catch (err) {
      this.deps.log.warn({ err, visitId }, 'no survey token for the check-out');
      return null;
    }
  }

  /**
   * Reads the reservation and its open visit once, inside the check-in's own transaction, and
   * either checks the visitor in or answers without writing (a refusal, or the start of a check-out).
   */
  private decide(token: string, scan: ScanInput, now: number): OutcomeBody {
    // Whatever this scan turns out to be, it is the scan a pending "Selesai" was waiting for.
    const asked = now < this.checkoutIntentUntil;
    this.checkoutIntentUntil = 0;
    const rules = this.rules.get();
    try {
      const { visit, deskChanged } = runCommand(this.deps, 'kiosk', 'visits.checkIn', (at) => {
        const res = findReservationByToken(this.deps.db, token);
        if (!res) throw new Answered({ kind: 'refused', reason: 'unknown_code' });
        const name = publicName(res.full_name);
        const open = openVisitOfReservation(this.deps.db, res.id, warningClock(rules, at));
        if (open?.status === 'awaiting_check') {
          throw new Answered({
            kind: 'refused',
            reason: 'awaiting_check',
            firstName: name,
            deskNumber: open.deskNumber,
          });
        }
        if (open && (asked || at - open.startedAt >= ARRIVAL_GRACE_MS)) {
          throw new Answered({
            kind: 'checkout_started',
            firstName: name,
            deskNumber: open.deskNumber,
            lockerNumber: open.lockerNumber,
            lockerKeyOut: open.lockerKeyOut,
            startedAt: open.startedAt,
            endsAt: open.endsAt,
            warning: open.warning,
            asked,
            checkoutTicket: this.issueTicket(open.id, at),
          });
        }
        if (open) {
          throw new Answered({
            kind: 'refused',
            reason: 'already_checked_in',
            firstName: name,
            deskNumber: open.deskNumber,
            ...(open.lockerNumber !== null ? { lockerNumber: open.lockerNumber } : {}),
            endsAt: open.endsAt,
            warning: open.warning,
          });
        }
        try {
          return startVisit(this.deps, rules, res, undefined, { method: 'scan', scan: originOf(scan) }, at);
        } catch (err) {
          if (err instanceof CheckInRefused) throw new Answered(refusedBody(err.refusal, res.full_name));
          throw err;
        }
      });
      this.onCheckedIn(visit.id);
      return {
        kind: 'checked_in',
        firstName: publicName(visit.fullName),
        deskNumber: visit.deskNumber,
        lockerNumber: visit.lockerNumber,
        startedAt: visit.startedAt,
        endsAt: visit.endsAt,
        deskChanged,
      };
    } catch (err) {
      if (err instanceof Answered) return err.body;
      throw err;
    }
  }

  private issueTicket(visitId: string, now: number): string {
    const ticket = randomBytes(16).toString('base64url');
    this.tickets.set(ticket, { visitId, expires: now + CHECKOUT_TICKET_MS });
    return ticket;
  }

  /** A remembered answer may be given again only while it is still true (a used ticket is not). */
  private stillValid(outcome: ScanOutcome): boolean {
    return outcome.kind !== 'checkout_started' || this.tickets.has(outcome.checkoutTicket);
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.recent) if (now - entry.at >= DUPLICATE_SCAN_MS) this.recent.delete(key);
    for (const [ticket, entry] of this.tickets) if (entry.expires < now) this.tickets.delete(ticket);
    for (const [scanId, ticket] of this.claimable)
      if (!this.tickets.has(ticket)) this.claimable.delete(scanId);
  }
}

const originOf = (scan: ScanInput) => ({
  source: scan.source,
  deviceId: scan.deviceId,
  symbology: scan.symbology ?? null,
});

/** What every screen hears: the outcome without the one-time ticket. */
function withoutTicket(outcome: ScanOutcome): PublicScanOutcome {
  if (outcome.kind !== 'checkout_started') return outcome;
  const { checkoutTicket: _ticket, ...rest } = outcome;
  return rest;
}
