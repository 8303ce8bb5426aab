// Reading complaints: the officer's list, one complaint with its contact, the counts per service and
// quarter the reports use, and the lookups the commands need.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { ComplaintDetail, ComplaintQuarterCounts, ComplaintRow } from '../../../shared/contract';
import type { ComplaintStatus } from '../../../shared/complaints/complaintRules';
import { isServiceId, serviceIds, type ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { localDayRange } from '../../../shared/rules/siteCalendar';

export interface ComplaintDbRow {
  id: string;
  ticket: string;
  secret_hash: string;
  service_id: string | null;
  body: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  consent_version: string | null;
  contact_erased_at: number | null;
  channel: 'kiosk' | 'portal';
  lang: 'id' | 'en';
  status: ComplaintStatus;
  filed_at: number;
  assigned_to: string | null;
  assigned_name: string | null;
  assigned_at: number | null;
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: number | null;
  closed_by: string | null;
  closed_at: number | null;
  close_note: string | null;
  lapor_id: string | null;
  lapor_linked_at: number | null;
  request_key: string | null;
}

const SELECT = `SELECT c.*, a.full_name AS assigned_name, b.full_name AS answered_by_name
  FROM complaints c
  LEFT JOIN officers a ON a.id = c.assigned_to
  LEFT JOIN officers b ON b.id = c.answered_by`;
const BY_ID = `${SELECT} WHERE c.id = ?`;
const BY_REQUEST_KEY = `${SELECT} WHERE c.request_key = ?`;
const BY_TICKET = `${SELECT} WHERE c.ticket = ?`;

const hasContact = (r: ComplaintDbRow) =>
  r.contact_name !== '' || r.contact_email !== '' || r.contact_phone !== '';

export function toComplaintRow(r: ComplaintDbRow): ComplaintRow {
  return {
    id: r.id,
    ticket: r.ticket,
    serviceId: isServiceId(r.service_id) ? r.service_id : null,
    text: r.body,
    status: r.status,
    channel: r.channel,
    lang: r.lang,
    assignedTo: r.assigned_to,
    assignedName: r.assigned_name,
    answer: r.answer,
    answeredByName: r.answered_by_name,
    closeNote: r.close_note,
    laporId: r.lapor_id,
    hasContact: hasContact(r),
    contactErased: r.contact_erased_at !== null,
    filedAt: r.filed_at,
    assignedAt: r.assigned_at,
    answeredAt: r.answered_at,
    closedAt: r.closed_at,
    laporLinkedAt: r.lapor_linked_at,
  };
}

export function toComplaintDetail(r: ComplaintDbRow): ComplaintDetail {
  return {
    ...toComplaintRow(r),
    contact: hasContact(r) ? { name: r.contact_name, email: r.contact_email, phone: r.contact_phone } : null,
  };
}

export const findComplaint = (db: Db, id: string): ComplaintDbRow | undefined =>
  prepared(db, BY_ID).get(id) as ComplaintDbRow | undefined;

export const findComplaintByRequestKey = (db: Db, key: string): ComplaintDbRow | undefined =>
  prepared(db, BY_REQUEST_KEY).get(key) as ComplaintDbRow | undefined;

export const findComplaintsByTicket = (db: Db, ticket: string): ComplaintDbRow[] =>
  prepared(db, BY_TICKET).all(ticket) as ComplaintDbRow[];

export const ticketTaken = (db: Db, ticket: string): boolean => findComplaintsByTicket(db, ticket).length > 0;

/** Open complaints first (new, then assigned, then answered), each group newest first. */
export function listComplaints(
  db: Db,
  filter: {
    status: 'open' | 'all' | ComplaintStatus;
    serviceId?: ServiceId | null | undefined;
    limit: number;
  },
): { items: ComplaintRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.status === 'open') where.push("c.status <> 'closed'");
  else if (filter.status !== 'all') {
    where.push('c.status = :status');
    params.status = filter.status;
  }
  if (filter.serviceId === null) where.push('c.service_id IS NULL');
  else if (filter.serviceId !== undefined) {
    where.push('c.service_id = :service');
    params.service = filter.serviceId;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `ORDER BY CASE c.status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'answered' THEN 2 ELSE 3 END,
    c.filed_at DESC`;
  const items = (
    prepared(db, `${SELECT} ${clause} ${order} LIMIT :limit`).all({
      ...params,
      limit: filter.limit,
    }) as ComplaintDbRow[]
  ).map(toComplaintRow);
  const total = prepared(db, `SELECT count(*) FROM complaints c ${clause}`).pluck().get(params) as number;
  return { items, total };
}

const FILED_BETWEEN = `SELECT service_id, filed_at FROM complaints WHERE filed_at >= ? AND filed_at < ?`;

/**
 * "Prevalensi jumlah aduan": complaints filed per service and quarter of `year`, counted by the day
 * they were filed in the site's zone (a complaint filed at 23.30 WIB on 31 March is Q1). Every
 * complaint counts, whatever became of it; the reports use this, the survey's IKM screen may show
 * it beside the index.
 */
export function complaintCountsByQuarter(db: Db, timeZone: string, year: number): ComplaintQuarterCounts {
  const starts = [1, 4, 7, 10].map(
    (m) => localDayRange(`${year}-${String(m).padStart(2, '0')}-01`, timeZone).start,
  );
  const end = localDayRange(`${year + 1}-01-01`, timeZone).start;
  const bounds = [...starts, end];
  const rows = prepared(db, FILED_BETWEEN).all(bounds[0], end) as {
    service_id: string | null;
    filed_at: number;
  }[];
  const perService = new Map<ServiceId | null, [number, number, number, number]>();
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of rows) {
    const q = bounds.findIndex((b, i) => i < 4 && r.filed_at >= b && r.filed_at < bounds[i + 1]!);
    const service = isServiceId(r.service_id) ? r.service_id : null;
    const counts = perService.get(service) ?? [0, 0, 0, 0];
    counts[q] = counts[q]! + 1;
    perService.set(service, counts);
    quarters[q] = quarters[q]! + 1;
  }
  // In the decree's order, the complaints without a service last.
  const order = [...serviceIds, null] as const;
  const services = order
    .filter((s) => perService.has(s))
    .map((serviceId) => {
      const q = perService.get(serviceId)!;
      return { serviceId, quarters: q, total: q[0] + q[1] + q[2] + q[3] };
    });
  return { year, services, quarters, total: rows.length };
}

/** Officers a complaint may be given to: active, with a role that has complaints.handle. */
export function complaintOfficers(
  db: Db,
  permissionsOf: (roles: readonly string[]) => readonly string[],
): { id: string; fullName: string }[] {
  const rows = prepared(
    db,
    'SELECT id, full_name, roles FROM officers WHERE active = 1 ORDER BY full_name',
  ).all() as {
    id: string;
    full_name: string;
    roles: string;
  }[];
  return rows
    .filter((o) => permissionsOf(JSON.parse(o.roles) as string[]).includes('complaints.handle'))
    .map((o) => ({ id: o.id, fullName: o.full_name }));
}
