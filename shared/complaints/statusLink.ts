// Where a complaint's status is read on the central portal, and how an e-mail is shown on a public
// screen. Pure: no node:, no DOM.

/** The portal's status page of a complaint: its number and access code open it (and nothing else does). */
export const complaintStatusPath = (ticket: string, code: string): string =>
  `/complaints/t/${encodeURIComponent(ticket)}/${encodeURIComponent(code)}`;

/** "siti.aminah@contoh.id" → "s***@contoh.id" (kiosk-ui.md §2.5). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}
