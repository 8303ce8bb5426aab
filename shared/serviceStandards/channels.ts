// Complaint channels as things a screen can act on: the link a QR encodes, and the structure of
// a channel line an officer typed in a correction (so a corrected e-mail still gets its QR).
import type { Bilingual, Channel, ChannelKind } from './catalogue';

/** What a QR or a link opens for a channel; null when there is nothing to open (a box, a person). */
export function channelHref(channel: { kind: ChannelKind; value?: string | undefined }): string | null {
  const value = channel.value;
  if (!value) return null;
  switch (channel.kind) {
    case 'lapor':
    case 'website':
      return /^https?:\/\//i.test(value) ? value : `https://${value}`;
    case 'email':
      return `mailto:${value}`;
    case 'phone':
      return `tel:${value}`;
    case 'sms':
      return `sms:${value}`;
    default:
      return null;
  }
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const HOST = /(?:https?:\/\/)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:\/[^\s)]*)?/;
const PHONE = /\+?\(?\d[\d\s()-]{2,}\d/;
const HANDLE = /(?:^|\s)(@[A-Za-z0-9_.]*[A-Za-z0-9_])/;

const trimUrl = (s: string) => s.replace(/[.,;:]+$/, '');

/**
 * The kind and value of a channel line, read from its words: an e-mail address, lapor.go.id or
 * SP4N-LAPOR!, "SMS" with a number, a website, a phone number, an @handle or "media sosial",
 * the complaint box, meeting in person. The shipped channels are written by hand; a test checks
 * this reading agrees with every one of them in both languages.
 */
export function readChannelLine(line: string): { kind: ChannelKind; value?: string } {
  const email = EMAIL.exec(line);
  if (email) return { kind: 'email', value: email[0].toLowerCase() };
  if (/lapor\.go\.id|SP4N-LAPOR/i.test(line)) {
    return /lapor\.go\.id/i.test(line) ? { kind: 'lapor', value: 'lapor.go.id' } : { kind: 'lapor' };
  }
  const phone = PHONE.exec(line);
  if (/\bSMS\b/i.test(line) && phone) return { kind: 'sms', value: phone[0].replace(/\D/g, '') };
  const host = HOST.exec(line);
  if (host) return { kind: 'website', value: trimUrl(host[0]) };
  if (phone && phone[0].replace(/\D/g, '').length >= 5) {
    return { kind: 'phone', value: phone[0].replace(/\D/g, '') };
  }
  const handle = HANDLE.exec(line);
  if (handle?.[1]) return { kind: 'social', value: handle[1] };
  if (/media sosial|social media|facebook|instagram/i.test(line)) return { kind: 'social' };
  if (/kotak pengaduan|complaint box/i.test(line)) return { kind: 'complaintBox' };
  if (/tatap muka|in person/i.test(line)) return { kind: 'inPerson' };
  return { kind: 'other' };
}

/** A channel made from a line of text (an officer's correction), in one language. */
export function channelFromLine(line: string): { kind: ChannelKind; label: string; value?: string } {
  return { ...readChannelLine(line), label: line };
}

const t = (id: string, en: string): Bilingual => ({ id, en });

/**
 * The national SP4N-LAPOR! channels, as service 1's procedure names them ("aplikasi android/iOS
 * SP4N-LAPOR!, website di lapor.go.id, atau SMS ke 1708"): the complaint screens show them beside
 * a service's own channels.
 */
export const laporChannels: readonly Channel[] = [
  {
    kind: 'lapor',
    label: t('Website SP4N-LAPOR!: lapor.go.id', 'SP4N-LAPOR! website: lapor.go.id'),
    value: 'lapor.go.id',
  },
  { kind: 'sms', label: t('SMS ke 1708', 'SMS to 1708'), value: '1708' },
  {
    kind: 'lapor',
    label: t('Aplikasi SP4N-LAPOR! (Android/iOS)', 'The SP4N-LAPOR! app (Android/iOS)'),
  },
];
