// One revision of a report (rekap) as both hosts keep it: the frozen figures, who prepared it, and
// its review trail (SOP 97 steps 2–3). The kiosk's commands and the server's handlers run the same
// transitions below, so a revision reads the same everywhere. A revision moves
// submitted → returned (back to the officer, with the reason) or submitted → forwarded (to a Kabid,
// frozen) → acknowledged; a second revision of the same period submitted offline from another desk
// is kept but set aside, naming the revision that stands. Pure: no node:, no DOM.
import { z } from 'zod';
import { documentSettingsSchema } from '../contract/settings';
import {
  correctableFigures,
  correctedTotals,
  recapFiguresSchema,
  recapPeriodKinds,
  type RecapTotals,
} from './figures';

export const recapStatuses = ['submitted', 'returned', 'forwarded', 'acknowledged', 'set_aside'] as const;
export type RecapStatus = (typeof recapStatuses)[number];
/** The path a revision walks; returned and set_aside are ends of their own (see the rules). */
export const recapStatusOrder: readonly string[] = ['submitted', 'returned', 'forwarded', 'acknowledged'];

/** Who signs: the name and NIP printed under the signature, and the position's title. */
export const recapSignerSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(120),
  nip: z.string().max(32).nullable(),
  title: z.string().max(120).nullable(),
});
export type RecapSigner = z.infer<typeof recapSignerSchema>;

export const recapCorrectionSchema = z.object({
  figure: z.enum(correctableFigures),
  from: z.number().int().nullable(),
  to: z.number().int().min(0).nullable(),
});
export type RecapCorrection = z.infer<typeof recapCorrectionSchema>;

export const recapTrailKinds = [
  'submitted',
  'commented',
  'returned',
  'forwarded',
  'acknowledged',
  'setAside',
] as const;

export const recapTrailEntrySchema = z.object({
  kind: z.enum(recapTrailKinds),
  at: z.number().int(),
  by: z.object({ id: z.string(), name: z.string() }),
  /** A comment, the reason of a return, or why a revision was set aside. */
  text: z.string().nullable(),
  correction: recapCorrectionSchema.nullable(),
  /** Forwarded to (the Kabid), or the revision that stands (set aside). */
  to: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** A comment's own id, so a re-sent comment is not kept twice. */
  noteId: z.string().nullable(),
});
export type RecapTrailEntry = z.infer<typeof recapTrailEntrySchema>;

/**
 * The kop and signature lines a revision was forwarded under: the signed report keeps the letterhead
 * it was signed with, whatever the office's identity or document settings say later.
 */
export const recapKopSchema = z.object({
  identity: z.object({
    siteName: z.string(),
    officeName: z.string(),
    letterhead: z.array(z.string()),
    logo: z.string().nullable(),
  }),
  settings: documentSettingsSchema,
});
export type RecapKop = z.infer<typeof recapKopSchema>;

export const recapRecordSchema = z.object({
  id: z.string(),
  periodKind: z.enum(recapPeriodKinds),
  period: z.string(),
  revision: z.number().int().min(1),
  /** The revision of the same period this one replaces (returned or forwarded before), null for the first. */
  supersedes: z.string().nullable(),
  status: z.enum(recapStatuses),
  figures: recapFiguresSchema,
  preparedBy: recapSignerSchema,
  submittedAt: z.number().int(),
  forwardedBy: recapSignerSchema.nullable(),
  forwardedTo: recapSignerSchema.nullable(),
  forwardedAt: z.number().int().nullable(),
  forwardedKop: recapKopSchema.nullable().default(null),
  acknowledgedAt: z.number().int().nullable(),
  /** Set aside: the revision of the period that stands instead. */
  setAsideFor: z.string().nullable(),
  trail: z.array(recapTrailEntrySchema),
});
export type RecapRecord = z.infer<typeof recapRecordSchema>;

export type RecapOutcome =
  | { readonly kind: 'applied'; readonly record: RecapRecord }
  | { readonly kind: 'merged'; readonly code: string }
  | { readonly kind: 'rejected'; readonly code: string };

const who = (s: { id: string; name: string }) => ({ id: s.id, name: s.name });
const entry = (
  e: Partial<RecapTrailEntry> & Pick<RecapTrailEntry, 'kind' | 'at' | 'by'>,
): RecapTrailEntry => ({
  text: null,
  correction: null,
  to: null,
  noteId: null,
  ...e,
});

export interface SubmittedPayload {
  id: string;
  periodKind: RecapRecord['periodKind'];
  period: string;
  revision: number;
  supersedes: string | null;
  figures: RecapRecord['figures'];
  preparedBy: RecapSigner;
  submittedAt: number;
}

export function recordFromSubmitted(p: SubmittedPayload): RecapRecord {
  return {
    id: p.id,
    periodKind: p.periodKind,
    period: p.period,
    revision: p.revision,
    supersedes: p.supersedes,
    status: 'submitted',
    figures: p.figures,
    preparedBy: p.preparedBy,
    submittedAt: p.submittedAt,
    forwardedBy: null,
    forwardedTo: null,
    forwardedAt: null,
    forwardedKop: null,
    acknowledgedAt: null,
    setAsideFor: null,
    trail: [entry({ kind: 'submitted', at: p.submittedAt, by: who(p.preparedBy) })],
  };
}

/** A revision submitted while another of the period stood: kept for the trail, never current. */
export function setAside(
  r: RecapRecord,
  standing: { id: string; revision: number },
  at: number,
): RecapRecord {
  return {
    ...r,
    status: 'set_aside',
    setAsideFor: standing.id,
    trail: [
      ...r.trail,
      entry({
        kind: 'setAside',
        at,
        by: { id: 'system', name: 'Loket' },
        text: `revision ${standing.revision}`,
        to: { id: standing.id, name: String(standing.revision) },
      }),
    ],
  };
}

/** Comments and corrections, the return and the forward happen only while the revision waits for review. */
function underReview(r: RecapRecord): RecapOutcome | null {
  if (r.status === 'submitted') return null;
  return { kind: 'rejected', code: r.status === 'set_aside' ? 'recap_set_aside' : 'recap_frozen' };
}

export function applyCommented(
  r: RecapRecord,
  p: { noteId: string; text: string; correction: RecapCorrection | null; by: RecapSigner; at: number },
): RecapOutcome {
  // Append-only: the same note arriving again (a re-sent operation) adds nothing.
  if (r.trail.some((e) => e.noteId === p.noteId)) return { kind: 'merged', code: 'already_noted' };
  const refused = underReview(r);
  if (refused) return refused;
  return {
    kind: 'applied',
    record: {
      ...r,
      trail: [
        ...r.trail,
        entry({
          kind: 'commented',
          at: p.at,
          by: who(p.by),
          text: p.text,
          correction: p.correction,
          noteId: p.noteId,
        }),
      ],
    },
  };
}

export function applyReturned(
  r: RecapRecord,
  p: { reason: string; by: RecapSigner; at: number },
): RecapOutcome {
  if (r.status === 'returned') return { kind: 'merged', code: 'already_returned' };
  const refused = underReview(r);
  if (refused) return refused;
  return {
    kind: 'applied',
    record: {
      ...r,
      status: 'returned',
      trail: [...r.trail, entry({ kind: 'returned', at: p.at, by: who(p.by), text: p.reason })],
    },
  };
}

export function applyForwarded(
  r: RecapRecord,
  p: { to: RecapSigner; by: RecapSigner; at: number; kop: RecapKop },
): RecapOutcome {
  if (r.status === 'forwarded' || r.status === 'acknowledged')
    return { kind: 'merged', code: 'already_forwarded' };
  const refused = underReview(r);
  if (refused) return refused;
  return {
    kind: 'applied',
    record: {
      ...r,
      status: 'forwarded',
      forwardedBy: p.by,
      forwardedTo: p.to,
      forwardedAt: p.at,
      forwardedKop: p.kop,
      trail: [...r.trail, entry({ kind: 'forwarded', at: p.at, by: who(p.by), to: who(p.to) })],
    },
  };
}

export function applyAcknowledged(r: RecapRecord, p: { by: RecapSigner; at: number }): RecapOutcome {
  if (r.status === 'acknowledged') return { kind: 'merged', code: 'already_acknowledged' };
  if (r.status !== 'forwarded') return { kind: 'rejected', code: 'recap_not_forwarded' };
  return {
    kind: 'applied',
    record: {
      ...r,
      status: 'acknowledged',
      acknowledgedAt: p.at,
      trail: [...r.trail, entry({ kind: 'acknowledged', at: p.at, by: who(p.by) })],
    },
  };
}

/** The corrections made on a revision, in order. */
export const correctionsOf = (r: RecapRecord): { entry: RecapTrailEntry; correction: RecapCorrection }[] =>
  r.trail.flatMap((e) => (e.correction ? [{ entry: e, correction: e.correction }] : []));

/** The totals as the reviewer left them. */
export const finalTotals = (r: RecapRecord): RecapTotals =>
  correctedTotals(
    r.figures.totals,
    correctionsOf(r).map((c) => c.correction),
  );

/** May the officer submit a new revision of a period whose latest revision is `head`? */
export const maySubmitAfter = (head: Pick<RecapRecord, 'status'> | null): boolean =>
  head === null ||
  head.status === 'returned' ||
  head.status === 'forwarded' ||
  head.status === 'acknowledged';
