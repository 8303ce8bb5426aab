// Queue numbers of the guest book ("B-012"): per site day, per kiosk. Each kiosk numbers with its
// own letter (set on the officer's guest-book tab, a default drawn from its device id), so kiosks
// that register guests while cut off from each other do not hand out the same number; within a
// letter the next number is one more than the highest the kiosk knows of that day, its own or
// pulled from other kiosks, so two kiosks sharing a letter while online continue each other's count.

/** Letters that read unambiguously when called aloud and printed small (no I, O, Q, S, Z). */
export const QUEUE_LETTERS = 'ABCDEFGHJKLMNPRTUVWXY';

/** A prefix an officer may set: one or two of those letters. */
export const queuePrefixPattern = new RegExp(`^[${QUEUE_LETTERS}]{1,2}$`);

/** The default letter of a kiosk, stable for its device id. */
export function defaultQueuePrefix(deviceId: string): string {
  let hash = 0;
  for (const ch of deviceId) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return QUEUE_LETTERS[hash % QUEUE_LETTERS.length]!;
}

/** "B" and 12 → "B-012"; past 999 the number simply grows ("B-1000"). */
export const formatQueueNumber = (prefix: string, seq: number): string =>
  `${prefix}-${String(seq).padStart(3, '0')}`;
