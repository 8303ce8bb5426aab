// The audit rows of calls that are not commands (issue 8): an officer's action that changes no
// record (a QR shown again, a slip or the recap printed, an export made) and reads of visitors'
// personal data. A read is written once per screen opened, not per background refetch: the same
// officer session reading the same thing again within ten minutes adds no row (the board refetches
// after every change, and a row each time would flood the log and slow every scan).
import { prepared } from '../../../db/statements';
import type { CallAudit, MethodName } from '../../../shared/contract';
import { audit, type Actor, type AuditEntry, type CommandDeps } from './command';

const READ_AGAIN_AFTER_MS = 10 * 60_000;

const VISITOR_OF_RESERVATION = 'SELECT visitor_id FROM reservations WHERE id = ?';
const VISITOR_OF_VISIT =
  'SELECT r.visitor_id FROM visits v JOIN reservations r ON r.id = v.reservation_id WHERE v.id = ?';

/** What a call was about, from its input: the record, and whose personal data. */
function subjectOf(deps: CommandDeps, method: MethodName, input: Record<string, unknown>): AuditEntry {
  const str = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : undefined);
  const visitorOf = (sql: string, id: string | undefined) =>
    id === undefined ? null : ((prepared(deps.db, sql).pluck().get(id) as string | undefined) ?? null);
  // What the officer typed in a search box may be someone's name: the row says a search was made.
  const { query, ...rest } = input;
  const details = query === undefined ? rest : { ...rest, searched: true };
  switch (method) {
    case 'reservations.ticket':
      return {
        entity: 'reservation',
        entityId: str('id') ?? '-',
        visitorId: visitorOf(VISITOR_OF_RESERVATION, str('id')),
        details,
      };
    case 'print.checkInSlip':
      return {
        entity: 'visit',
        entityId: str('visitId') ?? '-',
        visitorId: visitorOf(VISITOR_OF_VISIT, str('visitId')),
        details,
      };
    case 'visitors.export':
      return {
        entity: 'visitor',
        entityId: str('visitorId') ?? '-',
        visitorId: str('visitorId') ?? null,
        details,
      };
    default:
      return { entity: method.split('.')[0]!, entityId: str('day') ?? str('id') ?? '-', details };
  }
}

export class CallAuditor {
  private readonly lastRead = new Map<string, number>();

  constructor(private readonly deps: CommandDeps) {}

  record(
    kind: CallAudit,
    actor: Actor,
    session: string | undefined,
    method: MethodName,
    input: unknown,
  ): void {
    const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    if (kind === 'read') {
      const now = this.deps.clock.now();
      const key = `${session ?? actor}|${method}|${JSON.stringify(fields)}`;
      const last = this.lastRead.get(key);
      if (last !== undefined && now - last < READ_AGAIN_AFTER_MS) return;
      this.lastRead.set(key, now);
      if (this.lastRead.size > 5_000) this.forgetOld(now);
    }
    audit(
      this.deps,
      actor,
      kind === 'read' ? `read:${method}` : method,
      subjectOf(this.deps, method, fields),
    );
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.lastRead) if (now - at >= READ_AGAIN_AFTER_MS) this.lastRead.delete(key);
  }
}
