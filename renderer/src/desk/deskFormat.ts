// Pure formatting for the officer's desk: countdowns and durations (dates: ../dates/dates.ts). No DOM,
// no i18n instance: the caller passes `t`, so these are unit-tested in test/renderer/deskFormat.test.ts.

const MINUTE = 60_000;
const SECOND = 1_000;

type Translate = (key: string, params?: Record<string, string | number>) => string;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The server's "now" as the board last reported it, moved on by the local time elapsed since.
 * The host's clock may be a test clock, so `Date.now()` alone is never "now" (issue item 5).
 */
export const serverNow = (boardNow: number, fetchedAtLocal: number, localNow: number): number =>
  boardNow + Math.max(0, localNow - fetchedAtLocal);

export type TimeLeft =
  | Readonly<{ kind: 'hours'; h: number; m: string }>
  | Readonly<{ kind: 'minutes'; m: number; s: string }>
  | Readonly<{ kind: 'over'; h: number; m: string }>;

/**
 * Time left until `endsAt`. An hour or more: hours and minutes, rounded up as a countdown should
 * ("2 j 05 m"); under an hour: minutes and seconds, so the officer sees it move; past the end: how
 * long over, in whole minutes.
 */
export function timeLeftParts(now: number, endsAt: number): TimeLeft {
  const ms = endsAt - now;
  if (ms <= 0) {
    const over = Math.floor(-ms / MINUTE);
    return { kind: 'over', h: Math.floor(over / 60), m: pad2(over % 60) };
  }
  if (ms < 60 * MINUTE) {
    const secs = Math.ceil(ms / SECOND);
    return { kind: 'minutes', m: Math.floor(secs / 60), s: pad2(secs % 60) };
  }
  const mins = Math.ceil(ms / MINUTE);
  return { kind: 'hours', h: Math.floor(mins / 60), m: pad2(mins % 60) };
}

/** "2 j 05 m", "9 m 05 dtk", "lewat 0 j 12 m" through the desk catalogue. */
export function formatTimeLeft(t: Translate, now: number, endsAt: number): string {
  const p = timeLeftParts(now, endsAt);
  switch (p.kind) {
    case 'hours':
      return t('board.leftHours', { h: p.h, m: p.m });
    case 'minutes':
      return t('board.leftMinutes', { m: p.m, s: p.s });
    case 'over':
      return t('board.leftOver', { h: p.h, m: p.m });
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** A real stay's length in whole minutes (rounded down), as "6 j 58 m"; null while still open. */
export function formatDuration(t: Translate, startedAt: number, endedAt: number | null): string | null {
  if (endedAt === null) return null;
  const mins = Math.max(0, Math.floor((endedAt - startedAt) / MINUTE));
  return t('board.duration', { h: Math.floor(mins / 60), m: pad2(mins % 60) });
}

/** "HH:MM" (24 h) as the rules store it; anything else is not a time. */
export const isHhmm = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
