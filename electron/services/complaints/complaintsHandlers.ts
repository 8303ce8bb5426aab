// The handlers of complaints (pengaduan), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { complaintsMethods } from '../../../shared/contract/complaints';
import { complaintSlip } from '../../../shared/complaints/complaintSlip';
import { parseComplaintCode, parseComplaintTicket } from '../../../shared/complaints/ticketNumber';
import { complaintStatusPath, maskEmail } from '../../../shared/complaints/statusLink';
import { serviceShortName } from '../../../shared/complaints/serviceNames';
import { reject } from '../../../shared/result';
import { isServiceId } from '../../../shared/serviceStandards/serviceIds';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { audit } from '../core/command';
import { permissionsOf } from '../officers/roles';
import {
  answerComplaint,
  assignComplaint,
  closeComplaint,
  eraseComplaintContact,
  fileComplaint,
  linkLapor,
} from './complaintCommands';
import {
  complaintCountsByQuarter,
  complaintOfficers,
  findComplaint,
  findComplaintsByTicket,
  listComplaints,
  toComplaintDetail,
} from './complaintQueries';
import { complaintSecretHash, sameHash } from './complaintSecret';
import { portalAddress } from '../../sync/portalAddress';

/** How long a filing's access code is remembered for a retried call with the same request key. */
const REMEMBER_CODES = 200;
/** The same officer session opening the same complaint again within this time adds no audit row. */
const READ_AGAIN_AFTER_MS = 10 * 60_000;

export function complaintsHandlers(
  ctx: DomainContext,
): HandlersFor<typeof complaintsMethods, HandlerContext> {
  const { deps } = ctx;
  const { db } = deps;
  const codes = new Map<string, string>();
  const lastRead = new Map<string, number>();

  /** A read of a complainant's contact is on record, once per screen opened (not per refetch). */
  const auditContactRead = (call: HandlerContext, id: string) => {
    const now = deps.clock.now();
    const key = `${call.session ?? call.actor}|${id}`;
    const last = lastRead.get(key);
    if (last !== undefined && now - last < READ_AGAIN_AFTER_MS) return;
    lastRead.set(key, now);
    if (lastRead.size > 5_000)
      for (const [k, at] of lastRead) if (now - at >= READ_AGAIN_AFTER_MS) lastRead.delete(k);
    audit(deps, call.actor, 'read:complaints.get', {
      entity: 'complaint',
      entityId: id,
      details: { contact: true },
    });
  };

  const statusUrlOf = (ticket: string, code: string) => {
    const base = portalAddress(db);
    return base ? `${base}${complaintStatusPath(ticket, code)}` : null;
  };

  return {
    'complaints.file': (input) => {
      const { row, code } = fileComplaint(deps, input, (key) => codes.get(key));
      codes.set(input.requestKey, code);
      if (codes.size > REMEMBER_CODES) codes.delete(codes.keys().next().value!);
      return {
        id: row.id,
        ticket: row.ticket,
        code,
        statusUrl: statusUrlOf(row.ticket, code),
        emailMasked: row.contact_email ? maskEmail(row.contact_email) : null,
      };
    },
    'complaints.printSlip': (input) => {
      const ticket = parseComplaintTicket(input.ticket);
      const code = parseComplaintCode(input.code);
      const row =
        ticket.ok && code
          ? findComplaintsByTicket(db, ticket.ticket).find((r) =>
              sameHash(r.secret_hash, complaintSecretHash(ticket.ticket, code)),
            )
          : undefined;
      if (!row || !ticket.ok || !code) throw reject('not_found', 'errors.complaints.notFound');
      const job = ctx.printing.print('complaintSlip', (width) =>
        complaintSlip(
          {
            siteName: ctx.site.get().siteName,
            ticket: row.ticket,
            code,
            serviceName: isServiceId(row.service_id) ? serviceShortName(row.service_id, input.lang) : null,
            filedAt: row.filed_at,
            statusUrl: statusUrlOf(row.ticket, code),
          },
          width,
          input.lang,
        ),
      );
      return { jobId: job.id };
    },
    'complaints.list': (input) => listComplaints(db, input),
    'complaints.get': (input, call) => {
      const row = findComplaint(db, input.id);
      if (!row) throw reject('not_found', 'errors.complaints.notFound');
      const detail = toComplaintDetail(row);
      if (detail.contact) auditContactRead(call, row.id);
      return detail;
    },
    'complaints.officers': () => ({ items: complaintOfficers(db, (roles) => permissionsOf(db, roles)) }),
    'complaints.assign': (input, call) => assignComplaint(deps, call.actor, input),
    'complaints.answer': (input, call) => answerComplaint(deps, call.actor, input),
    'complaints.close': (input, call) => closeComplaint(deps, call.actor, input),
    'complaints.linkLapor': (input, call) => linkLapor(deps, call.actor, input),
    'complaints.eraseContact': (input, call) => eraseComplaintContact(deps, call.actor, input),
    'complaints.quarterCounts': (input) =>
      complaintCountsByQuarter(db, ctx.rules.get().calendar.timeZone, input.year),
  };
}
