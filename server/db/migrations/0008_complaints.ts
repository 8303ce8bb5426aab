// Central schema 8 (issue 11): complaints (pengaduan). Each complaint's state is a record in
// `records` (entity 'complaint'), like the settings; these tables add what the portal needs: the
// ticket number to find a complaint by, and the e-mails to its complainant. Only hashes of the
// visitor's access code and of each e-mail's own link key are kept: a copy of the database opens no
// status page.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE complaint_tickets (
      complaint_id text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      ticket text NOT NULL,
      -- sha256 of the ticket and the access code the visitor was given (shared/complaints/ticketNumber.ts)
      secret_hash text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('kiosk', 'portal')),
      service_id text,
      filed_at bigint NOT NULL
    );
    -- Not unique: two kiosks could (once in 2^40) draw the same number; the access code tells them apart.
    CREATE INDEX complaint_tickets_ticket ON complaint_tickets (ticket);
    -- The count per service and quarter reads a site's complaints by filing time.
    CREATE INDEX complaint_tickets_site_filed ON complaint_tickets (site_id, filed_at);

    CREATE TABLE complaint_mail (
      id bigserial PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      complaint_id text NOT NULL REFERENCES complaint_tickets (complaint_id),
      kind text NOT NULL CHECK (kind IN ('filed', 'answered')),
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      -- sha256 of the link key this e-mail carries (made when it is sent): the link opens the status page.
      key_hash text,
      created_at bigint NOT NULL,
      sent_at bigint
    );
    CREATE INDEX complaint_mail_pending ON complaint_mail (id) WHERE state = 'pending';
    CREATE INDEX complaint_mail_complaint ON complaint_mail (complaint_id);
  `.execute(db);
}
