// How long each kind of visitor screen waits (kiosk-ui.md §1.6): a form warns "Masih di sini?" before
// it clears what was typed; a result counts down visibly; the home screen quietly returns to
// Indonesian. Any touch or key starts the wait again. Milliseconds.

/** Forms with the keyboard (registration): 90 s idle, then a 30 s warning. */
export const FORM = { idleMs: 90_000, warnMs: 30_000 } as const;
/** Lists and the checklist: 60 s idle, then a 30 s warning. */
export const LIST = { idleMs: 60_000, warnMs: 30_000 } as const;
/** The QR ticket to photograph: 60 s idle, then a 20 s warning (the ticket stays valid). */
export const TICKET = { idleMs: 60_000, warnMs: 20_000 } as const;
/** A result (check-in, refusal, thanks): a visible 15 s countdown (≥ 8 s before any return). */
export const RESULT_MS = 15_000;
/** Home: after 2 minutes, back to Indonesian for the next visitor. */
export const HOME_MS = 120_000;
/** Waiting for the core to hand over a check-out started at another scanner. */
export const CLAIM_MS = 30_000;
