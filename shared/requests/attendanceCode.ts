// The QR of a booked event (issue 13): people arriving for it scan it at the kiosk and are counted in.
// It is printed on the schedule notice the requester passes on, so it is not a secret; it names
// the event by its random attendance token. Read back as tolerantly as an asset label: a wedge
// scanner on a mismatched keyboard layout may type ';' for ':' and lose the shift of letters.
export const ATTENDANCE_PREFIX = 'LKT-EV:';

export const attendanceQrText = (token: string): string => `${ATTENDANCE_PREFIX}${token}`;

/** The token of an event's QR, or null for any other text. */
export function readAttendanceScan(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > 64) return null;
  const m = /^LKT-EV[:;]([0-9A-Z]{16})$/i.exec(trimmed);
  return m ? m[1]!.toUpperCase() : null;
}
