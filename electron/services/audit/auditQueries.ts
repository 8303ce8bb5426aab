// The audit log as the admin reads it: newest first, filtered by officer, action, visitor and date.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { AuditEntry } from '../../../shared/contract';
import { localDayRange } from '../../../shared/rules/siteCalendar';
import { likePattern } from '../core/search';

export interface AuditFilter {
  readonly officerId?: string | undefined;
  readonly action?: string | undefined;
  readonly visitorId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

interface AuditRow {
  id: number;
  at: number;
  actor: string;
  actor_name: string | null;
  device_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  visitor_id: string | null;
  details: string;
}

// The officer's name by their id (the actor is 'officer:<id>'), looked up through the officers' key.
const SELECT = `SELECT a.id, a.at, a.actor, o.full_name AS actor_name, a.device_id, a.action, a.entity, a.entity_id,
    a.visitor_id, a.details
  FROM audit_log a LEFT JOIN officers o ON o.id = substr(a.actor, 9) AND a.actor LIKE 'officer:%'`;
// Only a date filtered: walk that day's rows by time rather than the whole log by id.
const SELECT_BY_TIME = SELECT.replace('FROM audit_log a', 'FROM audit_log a INDEXED BY audit_log_at');

function where(filter: AuditFilter, timeZone: string, before?: number) {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.officerId) {
    // The second term is what lets SQLite use the officers-only index (audit_log_officer).
    clauses.push("a.actor = :actor AND a.actor GLOB 'officer:*'");
    params.actor = `officer:${filter.officerId}`;
  }
  if (filter.action) {
    // 'visits.' finds every visit action; reads of personal data are logged as 'read:<method>'.
    clauses.push("(a.action LIKE :action ESCAPE '\\' OR a.action LIKE :readAction ESCAPE '\\')");
    params.action = `${likePattern(filter.action).slice(1)}`;
    params.readAction = `read:${likePattern(filter.action).slice(1)}`;
  }
  if (filter.visitorId) {
    clauses.push('a.visitor_id = :visitor');
    params.visitor = filter.visitorId;
  }
  if (filter.from) {
    clauses.push('a.at >= :from');
    params.from = localDayRange(filter.from, timeZone).start;
  }
  if (filter.to) {
    clauses.push('a.at < :to');
    params.to = localDayRange(filter.to, timeZone).end;
  }
  if (before !== undefined) {
    clauses.push('a.id < :before');
    params.before = before;
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  actorName: r.actor_name,
  deviceId: r.device_id,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  visitorId: r.visitor_id,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

export function listAudit(
  db: Db,
  filter: AuditFilter,
  timeZone: string,
  page: { limit: number; before?: number | undefined },
): AuditEntry[] {
  const w = where(filter, timeZone, page.before);
  const byTime = (filter.from || filter.to) && !filter.officerId && !filter.visitorId;
  const sql = `${byTime ? SELECT_BY_TIME : SELECT} ${w.sql} ORDER BY a.id DESC LIMIT :limit`;
  return (prepared(db, sql).all({ ...w.params, limit: page.limit }) as AuditRow[]).map(toEntry);
}
