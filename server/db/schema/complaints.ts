// The central tables of complaints (pengaduan), as Kysely sees them (beside migrations/0008_complaints.ts).
import type { Generated } from 'kysely';

export interface ComplaintTicketsTable {
  complaint_id: string;
  site_id: string;
  ticket: string;
  secret_hash: string;
  channel: 'kiosk' | 'portal';
  service_id: string | null;
  filed_at: number;
}

export interface ComplaintMailTable {
  id: Generated<number>;
  site_id: string;
  complaint_id: string;
  kind: 'filed' | 'answered';
  state: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'dropped'>;
  attempts: Generated<number>;
  key_hash: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface ComplaintsTables {
  complaint_tickets: ComplaintTicketsTable;
  complaint_mail: ComplaintMailTable;
}
