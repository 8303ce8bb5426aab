// The review trail's commands (SOP 97 steps 2–3): the officer submits a period's figures as a new
// revision; the Kasi comments and corrects, returns it with a reason or forwards it to a Kabid; the
// Kabid acknowledges. Each runs the shared transition (shared/recaps/recapRecord.ts) the server's
// handler runs too, and writes the revision, its audit row and its sync operation in one transaction.
import type { Db } from '../../../db/openDatabase';
import type { ParsedInput, RecapSummary } from '../../../shared/contract';
import {
  RECAP_SNAPSHOT_MAX_BYTES,
  figuresBytes,
  parseRecapPeriod,
  type RecapFigures,
} from '../../../shared/recaps/figures';
import {
  applyAcknowledged,
  applyCommented,
  applyForwarded,
  applyReturned,
  finalTotals,
  maySubmitAfter,
  recordFromSubmitted,
  type RecapKop,
  type RecapOutcome,
  type RecapRecord,
  type RecapSigner,
} from '../../../shared/recaps/recapRecord';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { findRecap, officersWith, periodHead, saveRecap, signerOf, toSummary } from './recapQueries';

const officerOf = (actor: Actor): string =>
  actor.startsWith('officer:') ? actor.slice('officer:'.length) : actor;

function signer(db: Db, actor: Actor): RecapSigner {
  const s = signerOf(db, officerOf(actor));
  if (!s) throw reject('forbidden', 'errors.officer.forbidden');
  return s;
}

const REFUSALS: Record<string, string> = {
  recap_frozen: 'errors.recaps.frozen',
  recap_set_aside: 'errors.recaps.setAside',
  recap_not_forwarded: 'errors.recaps.notForwarded',
  already_returned: 'errors.recaps.frozen',
  already_forwarded: 'errors.recaps.frozen',
  already_acknowledged: 'errors.recaps.alreadyAcknowledged',
};

function existing(db: Db, id: string): RecapRecord {
  const r = findRecap(db, id);
  if (!r) throw reject('not_found', 'errors.recaps.notFound');
  return r;
}

function applied(outcome: RecapOutcome): RecapRecord {
  if (outcome.kind === 'applied') return outcome.record;
  throw reject('conflict', REFUSALS[outcome.code] ?? 'errors.recaps.frozen');
}

/**
 * Submits the figures as a new revision of the period: the first, or the next after the latest was
 * returned or forwarded (a correction of a forwarded report is a new revision; the old one stays).
 * Refused while the latest waits for review.
 */
export function submitRecap(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'recaps.submit'>,
  figuresOf: () => RecapFigures,
): RecapSummary {
  const { db } = deps;
  if (!parseRecapPeriod(input.periodKind, input.period))
    throw reject('validation', 'errors.recaps.periodInvalid', {
      fields: { period: 'errors.recaps.periodInvalid' },
    });
  return runCommand(deps, actor, 'recaps.submit', (now) => {
    const head = periodHead(db, input.period);
    if (!maySubmitAfter(head))
      throw reject('conflict', 'errors.recaps.inReview', { params: { revision: head!.revision } });
    const figures = figuresOf();
    if (figuresBytes(figures) > RECAP_SNAPSHOT_MAX_BYTES)
      throw reject('validation', 'errors.recaps.tooLarge');
    const payload = {
      id: deps.ids.id(),
      periodKind: input.periodKind,
      period: input.period,
      revision: (head?.revision ?? 0) + 1,
      supersedes: head?.id ?? null,
      figures,
      preparedBy: signer(db, actor),
      submittedAt: now,
    };
    const record = recordFromSubmitted(payload);
    saveRecap(db, record, now);
    return {
      value: toSummary(record),
      audit: {
        entity: 'recap',
        entityId: record.id,
        details: {
          period: input.period,
          revision: record.revision,
          supersedes: record.supersedes,
          visits: figures.totals.visits,
        },
      },
      ops: [{ type: 'recap.submitted', payload }],
      topics: ['recaps'],
    };
  });
}

export function commentRecap(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'recaps.comment'>,
): RecapSummary {
  const { db } = deps;
  return runCommand(deps, actor, 'recaps.comment', (now) => {
    const before = existing(db, input.id);
    const correction = input.correction
      ? {
          figure: input.correction.figure,
          from: finalTotals(before)[input.correction.figure],
          to: input.correction.value,
        }
      : null;
    const payload = {
      id: input.id,
      noteId: deps.ids.id(),
      text: input.text,
      correction,
      by: signer(db, actor),
      at: now,
    };
    const record = applied(applyCommented(before, payload));
    saveRecap(db, record, now);
    return {
      value: toSummary(record),
      audit: { entity: 'recap', entityId: input.id, details: { correction, length: input.text.length } },
      ops: [{ type: 'recap.commented', payload }],
      topics: ['recaps'],
    };
  });
}

export function returnRecap(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'recaps.return'>,
): RecapSummary {
  const { db } = deps;
  return runCommand(deps, actor, 'recaps.return', (now) => {
    const before = existing(db, input.id);
    const payload = { id: input.id, reason: input.reason, by: signer(db, actor), at: now };
    const record = applied(applyReturned(before, payload));
    saveRecap(db, record, now);
    return {
      value: toSummary(record),
      audit: {
        entity: 'recap',
        entityId: input.id,
        details: { period: before.period, revision: before.revision },
      },
      ops: [{ type: 'recap.returned', payload }],
      topics: ['recaps'],
    };
  });
}

export function forwardRecap(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'recaps.forward'>,
  permissionsOf: (roles: readonly string[]) => readonly string[],
  /** The office's kop and signature lines now: the forwarded report keeps them. */
  kop: RecapKop,
): RecapSummary {
  const { db } = deps;
  return runCommand(deps, actor, 'recaps.forward', (now) => {
    const before = existing(db, input.id);
    const to = officersWith(db, 'recaps.receive', permissionsOf).find((o) => o.id === input.receiverId);
    if (!to)
      throw reject('validation', 'errors.recaps.receiverUnknown', {
        fields: { receiverId: 'errors.recaps.receiverUnknown' },
      });
    const payload = {
      id: input.id,
      to: { id: to.id, name: to.name, nip: to.nip, title: to.title },
      by: signer(db, actor),
      at: now,
      kop,
    };
    const record = applied(applyForwarded(before, payload));
    saveRecap(db, record, now);
    return {
      value: toSummary(record),
      audit: { entity: 'recap', entityId: input.id, details: { to: to.id, revision: before.revision } },
      ops: [{ type: 'recap.forwarded', payload }],
      topics: ['recaps'],
    };
  });
}

export function acknowledgeRecap(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'recaps.acknowledge'>,
): RecapSummary {
  const { db } = deps;
  return runCommand(deps, actor, 'recaps.acknowledge', (now) => {
    const before = existing(db, input.id);
    const by = signer(db, actor);
    // The Kabid it was forwarded to acknowledges; another officer with the permission may too (a deputy),
    // and the trail names who did.
    const payload = { id: input.id, by, at: now };
    const record = applied(applyAcknowledged(before, payload));
    saveRecap(db, record, now);
    return {
      value: toSummary(record),
      audit: { entity: 'recap', entityId: input.id, details: { revision: before.revision } },
      ops: [{ type: 'recap.acknowledged', payload }],
      topics: ['recaps'],
    };
  });
}
