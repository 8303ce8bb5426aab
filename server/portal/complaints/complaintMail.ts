// E-mails to a complainant who left an address (nodemailer over SMTP): when the complaint reaches the
// server (from a kiosk, or the portal's form) and when an officer answers it. The sync handlers only
// queue them (complaint_mail, in the push's own transaction); this sends them after the commit, so a
// mail server that is down delays an e-mail, never a complaint. Each e-mail carries its own link key
// (only its hash is kept), so its link opens the status page even when the visitor did not keep the
// access code the kiosk showed.
import { createHash, randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { sql, type Kysely } from 'kysely';
import type { ComplaintRecord } from '../../../shared/complaints/complaintRecord';
import { complaintStatusPath } from '../../../shared/complaints/statusLink';
import { serviceFullName } from '../../../shared/complaints/serviceNames';
import {
  COMPLAINT_CODE_BYTES,
  complaintSecretInput,
  formatComplaintCode,
} from '../../../shared/complaints/ticketNumber';
import type { ServerDb } from '../../db/schema';
import type { Mailer } from '../mail';
import { readSiteFacts } from '../siteFacts';

export interface OutgoingMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A mailer that sends any message (the portal's Mailer sends reservations only). */
export interface MessageMailer {
  sendMessage(message: OutgoingMessage): Promise<boolean>;
}

/** A message mailer over SMTP, with the portal's settings (server/config.ts: LOKET_SMTP_URL, LOKET_MAIL_FROM). */
export function smtpMessageMailer(options: {
  url: string;
  from: string;
  onError: (err: unknown) => void;
}): MessageMailer {
  const transport: Transporter = nodemailer.createTransport(options.url);
  return {
    async sendMessage(m) {
      try {
        await transport.sendMail({
          from: options.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
        });
        return true;
      } catch (err) {
        options.onError(err);
        return false;
      }
    },
  };
}

/** The portal's configured mailer when it can send any message; null without one. */
export function messageMailerOf(mailer: Mailer | null): MessageMailer | null {
  const candidate = mailer as (Mailer & Partial<MessageMailer>) | null;
  return candidate && typeof candidate.sendMessage === 'function'
    ? (candidate as unknown as MessageMailer)
    : null;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

export interface ComplaintMailFacts {
  readonly kind: 'filed' | 'answered';
  readonly record: ComplaintRecord;
  readonly officeName: string;
  /** The status page with this e-mail's own key; null when the portal's address is not known. */
  readonly link: string | null;
  readonly linkKey: string;
}

/** Subject and paragraphs of a complaint e-mail, in the complainant's language. */
export function complaintMailText(m: ComplaintMailFacts): { subject: string; paragraphs: string[] } {
  const r = m.record;
  const id = r.lang === 'id';
  const service = r.serviceId ? serviceFullName(r.serviceId, r.lang) : null;
  const hello = r.contact?.name
    ? id
      ? `Halo ${r.contact.name},`
      : `Hello ${r.contact.name},`
    : id
      ? 'Halo,'
      : 'Hello,';
  const follow = m.link
    ? id
      ? `Lihat status pengaduan Anda: ${m.link}`
      : `See the status of your complaint: ${m.link}`
    : id
      ? `Lihat status di portal layanan dengan nomor tiket ${r.ticket} dan kode ${m.linkKey}.`
      : `See the status on the service's portal with ticket number ${r.ticket} and code ${m.linkKey}.`;
  if (m.kind === 'filed')
    return {
      subject: id ? `Pengaduan Anda diterima: ${r.ticket}` : `Your complaint was received: ${r.ticket}`,
      paragraphs: [
        hello,
        id
          ? `pengaduan Anda${service ? ` tentang ${service}` : ''} sudah kami terima dengan nomor tiket ${r.ticket}. Petugas akan menjawabnya; jawaban juga kami kirim ke e-mail ini.`
          : `we have received your complaint${service ? ` about ${service}` : ''} under ticket number ${r.ticket}. An officer will answer it, and we will send the answer to this address too.`,
        follow,
        `${id ? 'Salam' : 'Regards'},\n${m.officeName}`,
      ],
    };
  return {
    subject: id ? `Jawaban atas pengaduan ${r.ticket}` : `Answer to complaint ${r.ticket}`,
    paragraphs: [
      hello,
      id
        ? `petugas sudah menjawab pengaduan Anda (${r.ticket}):`
        : `an officer has answered your complaint (${r.ticket}):`,
      r.answer ?? '',
      follow,
      `${id ? 'Salam' : 'Regards'},\n${m.officeName}`,
    ],
  };
}

const hashKey = (ticket: string, key: string) =>
  createHash('sha256').update(complaintSecretInput(ticket, key)).digest('hex');

export interface ComplaintMailDeps {
  readonly db: Kysely<ServerDb>;
  readonly clock: { now(): number };
  readonly mailer: MessageMailer | null;
  /** The portal's address for links; null: the e-mail names the ticket and its code instead. */
  readonly publicUrl: string | null;
  readonly log: { warn: (o: object, m: string) => void };
}

/** Attempts before an e-mail is given up (a refused address, a mail server gone for days). */
const MAX_ATTEMPTS = 5;

/**
 * Sends the queued complaint e-mails (all, or one complaint's), each claimed first so two server
 * processes never send the same one. Returns how many went out.
 */
export async function deliverComplaintMail(
  deps: ComplaintMailDeps,
  options: { complaintId?: string; origin?: string; limit?: number } = {},
): Promise<number> {
  if (!deps.mailer) return 0;
  const claimed = await sql<{
    id: number;
    site_id: string;
    complaint_id: string;
    kind: 'filed' | 'answered';
  }>`
    UPDATE complaint_mail SET state = 'sending', attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM complaint_mail
      WHERE state = 'pending' ${options.complaintId ? sql`AND complaint_id = ${options.complaintId}` : sql``}
      ORDER BY id LIMIT ${options.limit ?? 20} FOR UPDATE SKIP LOCKED)
    RETURNING id, site_id, complaint_id, kind`.execute(deps.db);
  let sent = 0;
  for (const mail of claimed.rows) {
    const row = await deps.db
      .selectFrom('records')
      .select('data')
      .where('site_id', '=', mail.site_id)
      .where('entity_type', '=', 'complaint')
      .where('entity_id', '=', mail.complaint_id)
      .executeTakeFirst();
    const record = row?.data as ComplaintRecord | undefined;
    if (!record?.contact?.email) {
      await deps.db
        .updateTable('complaint_mail')
        .set({ state: 'dropped' })
        .where('id', '=', mail.id)
        .execute();
      continue;
    }
    const facts = await readSiteFacts(deps.db, mail.site_id);
    const linkKey = formatComplaintCode(randomBytes(COMPLAINT_CODE_BYTES));
    const base = deps.publicUrl ? new URL(deps.publicUrl).origin : (options.origin ?? null);
    const link = base ? `${base}${complaintStatusPath(record.ticket, linkKey)}` : null;
    const { subject, paragraphs } = complaintMailText({
      kind: mail.kind,
      record,
      officeName: facts?.identity?.officeName ?? facts?.name ?? 'Loket',
      link,
      linkKey,
    });
    // The key's hash first: the link works the moment the e-mail can be read.
    await deps.db
      .updateTable('complaint_mail')
      .set({ key_hash: hashKey(record.ticket, linkKey) })
      .where('id', '=', mail.id)
      .execute();
    const ok = await deps.mailer.sendMessage({
      to: record.contact.email,
      subject,
      text: paragraphs.join('\n\n'),
      html: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n'),
    });
    const attempts = await deps.db
      .updateTable('complaint_mail')
      .set(
        ok
          ? { state: 'sent', sent_at: deps.clock.now() }
          : {
              state: sql`CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN 'failed' ELSE 'pending' END`,
              key_hash: null,
            },
      )
      .where('id', '=', mail.id)
      .returning('attempts')
      .executeTakeFirst();
    if (ok) sent++;
    else
      deps.log.warn(
        { complaintId: mail.complaint_id, attempts: attempts?.attempts },
        'a complaint e-mail was not sent',
      );
  }
  return sent;
}

/**
 * Sends queued complaint e-mails every `everyMs` (kiosk complaints reach the server by sync, with
 * nobody waiting on the page) until stopped; e-mails caught mid-send by a restart are sent again.
 */
export function startComplaintMailJob(deps: ComplaintMailDeps, everyMs = 30_000): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    deliverComplaintMail(deps, { limit: 50 })
      .catch((err: unknown) => deps.log.warn({ err }, 'the complaint e-mail job failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  void deps.db
    .updateTable('complaint_mail')
    .set({ state: 'pending' })
    .where('state', '=', 'sending')
    .execute()
    .catch((err: unknown) => deps.log.warn({ err }, 'complaint e-mails caught mid-send were not requeued'))
    .finally(tick);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
