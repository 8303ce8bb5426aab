// What may happen to a complaint, in the order an office handles one (decree 18/2024, service 1:
// received, handed to an officer, answered, closed). The kiosk's commands, the central server's
// handlers and the screens all ask these, so a desk and the server cannot disagree on what is allowed.
// Pure: no node:, no DOM.

/** new (baru) → assigned (ditangani) → answered (dijawab) → closed (selesai). */
export const complaintStatuses = ['new', 'assigned', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const complaintChannels = ['kiosk', 'portal'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

/** The longest complaint text, in characters after normalising (a page of A4). */
export const COMPLAINT_TEXT_MAX = 2000;
/** The shortest text that can say what went wrong. */
export const COMPLAINT_TEXT_MIN = 10;
export const COMPLAINT_ANSWER_MAX = 4000;
export const COMPLAINT_NAME_MAX = 100;
/** LAPOR! tracking numbers are digits today; letters and '-' are allowed in case the format changes. */
export const LAPOR_ID_PATTERN = /^[A-Za-z0-9-]{4,32}$/;

export const complaintRank = (s: string): number => complaintStatuses.indexOf(s as ComplaintStatus);

export type ComplaintAction = 'assign' | 'answer' | 'close' | 'linkLapor';

export type ComplaintRefusal =
  /** The complaint is closed: nothing changes any more (LAPOR! numbers may still be noted). */
  | 'closed'
  /** An answer needs an officer who handles the complaint. */
  | 'notAssigned'
  /** Closing an unanswered complaint needs the reason (a duplicate, not a complaint, forwarded…). */
  | 'closeNeedsNote';

/**
 * May `action` happen to a complaint in `status`? Assigning again (to another officer) and
 * correcting an answer are allowed until it is closed; the LAPOR! number may be noted at any time.
 */
export function decideComplaintAction(
  status: ComplaintStatus,
  action: ComplaintAction,
  options: { readonly hasNote?: boolean } = {},
): { ok: true } | { ok: false; reason: ComplaintRefusal } {
  if (action === 'linkLapor') return { ok: true };
  if (status === 'closed') return { ok: false, reason: 'closed' };
  if (action === 'answer' && status === 'new') return { ok: false, reason: 'notAssigned' };
  if (action === 'close' && status !== 'answered' && !options.hasNote)
    return { ok: false, reason: 'closeNeedsNote' };
  return { ok: true };
}

/** The status after an action: never backwards (an assignment after the answer keeps 'answered'). */
export function statusAfter(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus {
  const target: ComplaintStatus =
    action === 'assign'
      ? 'assigned'
      : action === 'answer'
        ? 'answered'
        : action === 'close'
          ? 'closed'
          : status;
  return complaintRank(target) > complaintRank(status) ? target : status;
}
