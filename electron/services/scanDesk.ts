import { randomBytes } from 'node:crypto';
import type { RulesSettings, ScanOutcome } from '../../shared/contract';
import { parseTicketToken } from '../../shared/rules/ticketToken';
import { firstName } from '../../shared/text';
import type { CommandDeps } from './command';
import { requestCheckout, type Checklist } from './checkout';
import { reject } from '../../shared/result';
import type { EventBus } from './eventBus';
import { findReservationByToken, openVisitOfReservation } from './visitQueries';
import { checkIn, CheckInRefused, warningClock, type Refusal } from './visits';

/** The same code scanned again within this window gets the first answer, not a second visit. */
export const DUPLICATE_SCAN_MS = 5_000;
/** A visitor who scans again this soon after checking in is told where they sit, not checked out. */
export const ARRIVAL_GRACE_MS = 5 * 60_000;
/** After "Selesai" on the kiosk, the next scan within this time is a check-out. */
export const CHECKOUT_INTENT_MS = 60_000;
const CHECKOUT_TICKET_MS = 5 * 60_000;

type Omitted = 'scanId' | 'at';
type OutcomeBody = ScanOutcome extends infer O ? (O extends ScanOutcome ? Omit<O, Omitted> : never) : never;

/** Turns a refusal from the rules into what the screen needs, without dropping its details. */
function refusedBody(refusal: Refusal, name?: string): OutcomeBody {
  const base = { kind: 'refused' as const, ...(name ? { firstName: firstName(name) } : {}) };
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
      return { ...base, reason: refusal.reason, day: refusal.reservationDay };
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
 * with one outcome, pushed to every screen: a check-in, the start of a check-out, or a refusal
 * with its reason. Malformed, unknown and forged codes are refused before any write.
 */
export class ScanDesk {
  private readonly recent = new Map<string, { at: number; outcome: ScanOutcome }>();
  private readonly tickets = new Map<string, { visitId: string; expires: number }>();
  private checkoutIntentUntil = 0;

  constructor(
    private readonly deps: CommandDeps,
    private readonly bus: EventBus,
    private readonly rules: () => RulesSettings,
    /** After a check-in commits (e.g. to print the slip). */
    private readonly onCheckedIn: (visitId: string) => void = () => {},
  ) {}

  /** The visitor tapped "Selesai": the next scan checks them out. */
  expectCheckout(): number {
    this.checkoutIntentUntil = this.deps.clock.now() + CHECKOUT_INTENT_MS;
    return this.checkoutIntentUntil;
  }

  handle(text: string): ScanOutcome {
    const now = this.deps.clock.now();
    const parsed = parseTicketToken(text);
    const key = parsed.ok ? parsed.token : `malformed:${text.slice(0, 64)}`;
    const previous = this.recent.get(key);
    if (previous && now - previous.at < DUPLICATE_SCAN_MS) return previous.outcome;
    this.forgetOld(now);

    const outcome: ScanOutcome = {
      scanId: this.deps.ids.id(),
      at: now,
      ...(parsed.ok ? this.decide(parsed.token, now) : { kind: 'refused', reason: 'malformed_code' }),
    } as ScanOutcome;
    this.recent.set(key, { at: now, outcome });
    this.bus.emit('scans.result', outcome);
    if (outcome.kind === 'checked_in') this.bus.emit('visits.changed', { visitId: null });
    return outcome;
  }

  /** The checklist sent back with the one-time ticket the scan handed out. */
  checkout(ticket: string, checklist: Checklist, actor: 'kiosk'): { deskNumber: number; firstName: string } {
    const now = this.deps.clock.now();
    const entry = this.tickets.get(ticket);
    if (!entry || entry.expires < now) throw reject('rule', 'errors.checkout.ticketExpired');
    const visit = requestCheckout(this.deps, actor, this.rules(), entry.visitId, checklist);
    this.tickets.delete(ticket);
    this.bus.emit('visits.changed', { visitId: visit.id });
    return { deskNumber: visit.deskNumber, firstName: firstName(visit.fullName) };
  }

  private decide(token: string, now: number): OutcomeBody {
    const rules = this.rules();
    const res = findReservationByToken(this.deps.db, token);
    if (!res) return { kind: 'refused', reason: 'unknown_code' };
    const name = firstName(res.full_name);
    const open = openVisitOfReservation(this.deps.db, res.id, warningClock(rules, now));
    if (open?.status === 'awaiting_check') {
      return { kind: 'refused', reason: 'awaiting_check', firstName: name, deskNumber: open.deskNumber };
    }
    if (open) {
      const wantsOut = now < this.checkoutIntentUntil || now - open.startedAt >= ARRIVAL_GRACE_MS;
      if (!wantsOut) {
        return {
          kind: 'refused',
          reason: 'already_checked_in',
          firstName: name,
          deskNumber: open.deskNumber,
          ...(open.lockerNumber ? { lockerNumber: open.lockerNumber } : {}),
          endsAt: open.endsAt,
          warning: open.warning,
        };
      }
      this.checkoutIntentUntil = 0;
      const checkoutTicket = randomBytes(16).toString('base64url');
      this.tickets.set(checkoutTicket, { visitId: open.id, expires: now + CHECKOUT_TICKET_MS });
      return {
        kind: 'checkout_started',
        firstName: name,
        deskNumber: open.deskNumber,
        lockerNumber: open.lockerNumber,
        lockerKeyOut: open.lockerKeyOut,
        endsAt: open.endsAt,
        warning: open.warning,
        checkoutTicket,
      };
    }
    try {
      const { visit, deskChanged } = checkIn(this.deps, 'kiosk', rules, res, { method: 'scan' });
      this.bus.emit('reservations.changed', { id: res.id, day: res.day });
      this.onCheckedIn(visit.id);
      return {
        kind: 'checked_in',
        firstName: name,
        deskNumber: visit.deskNumber,
        lockerNumber: visit.lockerNumber,
        startedAt: visit.startedAt,
        endsAt: visit.endsAt,
        deskChanged,
      };
    } catch (err) {
      if (err instanceof CheckInRefused) return refusedBody(err.refusal, res.full_name);
      throw err;
    }
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.recent) if (now - entry.at >= DUPLICATE_SCAN_MS) this.recent.delete(key);
    for (const [ticket, entry] of this.tickets) if (entry.expires < now) this.tickets.delete(ticket);
  }
}
