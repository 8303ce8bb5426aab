// How the central server settles two devices' operations on the same record (../shared/reference/
// sync.md §3.6): one rule per operation type, chosen so that the result does not depend on the order
// the operations arrive in. The kiosk mirrors the same rules when it applies what it pulls. A new
// operation type does not compile until it has its rule here (see `conflictRules` below).
import { reservationStatuses } from '../contract/reservations';
import { visitStatusSchema } from '../contract/visits';
import type { OperationTable } from './operation';
import type { OperationType } from './operations';
import { guestbookConflictRules } from './domainRules/guestbook';
import { standardsConflictRules } from './domainRules/standards';
import { surveyConflictRules } from './domainRules/survey';
import { complaintsConflictRules } from './domainRules/complaints';
import { inventoryConflictRules } from './domainRules/inventory';
import { recapsConflictRules } from './domainRules/recaps';
import { requestsConflictRules } from './domainRules/requests';

export type ConflictClause =
  /** Insert-only under a client-made id: a second arrival of the same id is a duplicate, dropped. */
  | { readonly kind: 'createOnce' }
  /** The record's status only moves forward along `order`; a move backwards is refused. */
  | { readonly kind: 'statusForward'; readonly order: readonly string[]; readonly to: string }
  /** Two devices checked the same reservation in: the earliest check-in stands, the other merges into it. */
  | { readonly kind: 'earliestWins'; readonly field: string }
  /** A desk or locker has one holder: the first operation processed gets it, a later one is refused. */
  | { readonly kind: 'singleHolder'; readonly resource: 'desk' | 'locker' }
  /** Site settings: the last write the server receives wins, and the loser is kept in the audit. */
  | { readonly kind: 'lastWriterWins' }
  /** Final once applied: a visitor's erasure is never undone by an older operation arriving later. */
  | { readonly kind: 'tombstone' }
  /** Append-only: records are only ever added (a guest-book entry, a stock delta), never overwritten. */
  | { readonly kind: 'appendOnly' }
  /** At most one record per key anywhere (a survey token answered once): a second one is merged away. */
  | { readonly kind: 'oncePerKey'; readonly key: string };

export interface ConflictRule {
  readonly clauses: readonly ConflictClause[];
  /** The rule in a sentence, for the officer who reads a conflict notice and for the server's log. */
  readonly summary: string;
}

/** booked → checked_in → completed; cancelled and no_show are administrative ends of a booking. */
export const reservationOrder: readonly string[] = reservationStatuses;
/** open → awaiting_check → closed. */
export const visitOrder: readonly string[] = visitStatusSchema.options;

/** Where a status sits on its path; unknown statuses sit nowhere (-1). */
export const statusRank = (order: readonly string[], status: string): number => order.indexOf(status);

/**
 * May a record at `from` move to `to`? Forward only; for reservations the administrative ends
 * (cancelled, no_show) are reachable only from 'booked': a visitor already in the house is a fact.
 */
export function movesForward(order: readonly string[], from: string, to: string): boolean {
  const a = statusRank(order, from);
  const b = statusRank(order, to);
  if (a < 0 || b < 0) return false;
  if (order === reservationOrder && (to === 'cancelled' || to === 'no_show')) return from === 'booked';
  if (order === reservationOrder && (from === 'cancelled' || from === 'no_show')) {
    // A visitor who came after all (late, or after an admin cancelled) is let in (sync.md §3.6).
    return to === 'checked_in' || to === 'completed';
  }
  return b > a;
}

/** Of two check-ins of one reservation, the one that stands. */
export const earliestCheckIn = <T extends { readonly startedAt: number; readonly id: string }>(
  a: T,
  b: T,
): T => (a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id <= b.id) ? a : b);

const forward = (order: readonly string[], to: string): ConflictClause => ({
  kind: 'statusForward',
  order,
  to,
});

/** One domain's rules (shared/sync/domainRules/<domain>.ts): a rule for each of its operation types. */
export type DomainRules<T extends OperationTable> = { readonly [K in keyof T]: ConflictRule };

export const conflictRules: { readonly [T in OperationType]: ConflictRule } = {
  'reservation.created': {
    clauses: [{ kind: 'createOnce' }],
    summary: 'A reservation is created once under its id; the server checks the day still has room.',
  },
  'reservation.updated': {
    clauses: [forward(reservationOrder, 'booked'), { kind: 'lastWriterWins' }],
    summary: 'Day and desk change only while the reservation is booked; the last change received wins.',
  },
  'reservation.cancelled': {
    clauses: [forward(reservationOrder, 'cancelled')],
    summary: 'Only a booked reservation can be cancelled; a visitor already checked in stays in.',
  },
  'reservation.noShow': {
    clauses: [forward(reservationOrder, 'no_show')],
    summary: 'Only a booked reservation becomes a no-show; a check-in from another kiosk overrides it.',
  },
  'visit.started': {
    clauses: [
      { kind: 'createOnce' },
      forward(reservationOrder, 'checked_in'),
      { kind: 'earliestWins', field: 'startedAt' },
      { kind: 'singleHolder', resource: 'desk' },
    ],
    summary:
      'The earliest check-in of a reservation wins; a desk has one holder, so a second visit on it is refused.',
  },
  'visit.deskChanged': {
    clauses: [{ kind: 'singleHolder', resource: 'desk' }],
    summary: 'A desk has one holder: moving onto a desk someone else holds is refused.',
  },
  'visit.lockerChanged': {
    clauses: [{ kind: 'singleHolder', resource: 'locker' }],
    summary: 'A locker has one holder: giving out a locker someone else holds is refused.',
  },
  'visit.checkoutRequested': {
    clauses: [forward(visitOrder, 'awaiting_check')],
    summary: 'A visit moves forward only: a check-out request on a closed visit changes nothing.',
  },
  'visit.closed': {
    clauses: [forward(visitOrder, 'closed'), forward(reservationOrder, 'completed')],
    summary: 'The first close of a visit stands; a later close of the same visit is a no-op.',
  },
  'desks.replaced': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The desk list is site settings: the last list received wins.',
  },
  'lockers.replaced': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The locker list is site settings: the last list received wins.',
  },
  'settings.rulesUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The rules are site settings: the last change received wins.',
  },
  'settings.securityUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The idle lock is a site setting: the last change received wins.',
  },
  'settings.houseRulesUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The house rules are site settings: the last change received wins.',
  },
  'settings.documentsUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The kop and signature lines are site settings: the last change received wins.',
  },
  'floorPlan.saved': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The room map is a site setting: the last map received wins.',
  },
  'settings.privacyUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The retention period is a site setting: the last change received wins.',
  },
  'site.updated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: "The office's name, letterhead and logo: the last change received wins.",
  },
  'officer.created': {
    clauses: [{ kind: 'createOnce' }],
    summary: 'An officer account is created once under its id, by whichever desk made it.',
  },
  'officer.updated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: "An officer's name, NIP, position and roles: the last change received wins.",
  },
  'officer.activeChanged': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary:
      'Deactivating or reactivating an officer: the last change received wins, and ends their sessions.',
  },
  'officer.pinChanged': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary:
      "An officer's PIN hash: the last change received wins (a reset by the admin or the officer's own).",
  },
  'role.saved': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'A role or position and what it allows: the last change received wins.',
  },
  'visitor.erased': {
    clauses: [{ kind: 'tombstone' }],
    summary: "A visitor's erasure is final: data arriving later for them is anonymised on arrival.",
  },
  ...guestbookConflictRules,
  ...standardsConflictRules,
  ...surveyConflictRules,
  ...complaintsConflictRules,
  ...inventoryConflictRules,
  ...recapsConflictRules,
  ...requestsConflictRules,
};
