// The reservation by e-mail (nodemailer over SMTP): the QR code as an inline picture and an
// attachment, the day, and the link to see or cancel the reservation. Sent after the reservation has
// committed; a mail server that is down costs the visitor the e-mail, never the reservation (the page
// says whether it went, and has the same QR and link).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Lang } from '../web/lang';
import { longDay } from '../web/lang';

export interface Mailer {
  send(mail: ReservationMail): Promise<boolean>;
}

export interface ReservationMail {
  readonly lang: Lang;
  readonly to: string;
  readonly firstName: string;
  readonly siteName: string;
  readonly officeName: string;
  readonly day: string;
  readonly hours: string;
  readonly token: string;
  readonly qrPng: Buffer;
  readonly link: string;
}

const words = {
  id: (m: ReservationMail) => ({
    subject: `Reservasi ${m.siteName}: ${longDay(m.day, 'id')}`,
    lines: [
      `Halo ${m.firstName},`,
      `reservasi Anda di ${m.siteName} untuk ${longDay(m.day, 'id')} (jam layanan ${m.hours}) sudah tercatat.`,
      'Saat datang, pindai kode QR terlampir di pemindai meja layanan. Kode tidak terbaca? Sebutkan kode ini kepada petugas:',
      m.token,
      `Lihat atau batalkan reservasi: ${m.link}`,
      `Salam,\n${m.officeName}`,
    ],
  }),
  en: (m: ReservationMail) => ({
    subject: `Reservation at ${m.siteName}: ${longDay(m.day, 'en')}`,
    lines: [
      `Hello ${m.firstName},`,
      `your reservation at ${m.siteName} for ${longDay(m.day, 'en')} (service hours ${m.hours}) is confirmed.`,
      'When you arrive, scan the attached QR code at the front-desk scanner. If it does not scan, read this code to the officer:',
      m.token,
      `See or cancel the reservation: ${m.link}`,
      `Regards,\n${m.officeName}`,
    ],
  }),
};

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

export function smtpMailer(options: { url: string; from: string; onError: (err: unknown) => void }): Mailer {
  const transport: Transporter = nodemailer.createTransport(options.url);
  return {
    async send(mail) {
      const { subject, lines } = words[mail.lang](mail);
      const html = lines
        .map((line) =>
          line === mail.token
            ? `<p><img src="cid:qr@loket" alt="QR" width="240" height="240"><br><code>${escapeHtml(line)}</code></p>`
            : `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`,
        )
        .join('\n');
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject,
          text: lines.join('\n\n'),
          html,
          attachments: [
            { filename: 'qr-reservasi.png', content: mail.qrPng, contentType: 'image/png', cid: 'qr@loket' },
          ],
        });
        return true;
      } catch (err) {
        options.onError(err);
        return false;
      }
    },
  };
}
