import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Normalises what a visitor typed (0812…, 62812…, +62 812-…, a WhatsApp number from abroad) to
 * E.164 with libphonenumber-js, assuming Indonesia when no country code is given.
 * Returns null when it is not a possible phone number.
 */
export function normalisePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, 'ID');
  return parsed?.isValid() ? parsed.number : null;
}

/** +6281234567890 → +62 812-****-890: enough for the visitor to recognise, not enough to call. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  if (digits.length < 8) return '****';
  const cc = e164.startsWith('+62') ? '62' : digits.slice(0, digits.length - 9);
  const rest = digits.slice(cc.length);
  return `+${cc} ${rest.slice(0, 3)}-****-${rest.slice(-3)}`;
}
