// How an audit row reads on the desk. Pure apart from `t`, so it is unit-tested.
import type { AuditEntry } from '../../../shared/contract';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Starts of actions the action filter suggests (the core matches a prefix: 'visits.' finds all). */
export const AUDIT_ACTION_PREFIXES = [
  'officer.',
  'officers.',
  'reservations.',
  'visits.',
  'visitors.',
  'scans.',
  'print',
  'settings.',
  'setup.',
] as const;

/**
 * The catalogue key of an action's words: "officer.signInFailed" → admin.auditAction.officer_signInFailed,
 * a read of personal data "read:visits.board" → admin.auditAction.read_visits_board.
 */
export const auditActionKey = (action: string) =>
  `admin.auditAction.${action.replace(/^read:/, 'read_').replace(/[^A-Za-z0-9_]/g, '_')}`;

/** Who did it: the officer's name as their account names them now, the kiosk, or the system. */
export function auditActor(t: Translate, row: Pick<AuditEntry, 'actor' | 'actorName'>): string {
  if (row.actorName) return row.actorName;
  if (row.actor === 'kiosk') return t('admin.audit.actorKiosk');
  if (row.actor === 'system') return t('admin.audit.actorSystem');
  return row.actor;
}

/** The row's details in one line ("reason: Pindah meja · desk: 3"); text is shown as text. */
export function auditDetails(details: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(details).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return parts.length === 0 ? '–' : parts.join(' · ');
}
