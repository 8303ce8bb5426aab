import type { MethodInput, MethodName, Topic } from '../../../shared/contract';
import { guestbookQueryReads } from '../guestbook/guestbookQueryReads';
import { standardsQueryReads } from '../standards/standardsQueryReads';
import { surveyQueryReads } from '../survey/surveyQueryReads';
import { complaintsQueryReads } from '../complaints/complaintsQueryReads';
import { inventoryQueryReads } from '../inventory/inventoryQueryReads';
import { recapsQueryReads } from '../recaps/recapsQueryReads';
import { requestsQueryReads } from '../requests/requestsQueryReads';

/**
 * Every method a screen reads, with the kinds of data its answer depends on. After each command the
 * core pushes one 'data.changed' event naming what it changed (shared/contract/changes.ts); every
 * query whose method reads one of those topics is refetched (LiveData.tsx), and nothing else is.
 * 'devices.list' is patched in place by 'devices.status' events, and read again when the scanners or
 * printers set up change (one removed has no event of its own).
 */
export const queryReads = {
  // setupNeeded, sampleData and the site's name change with the site; the retention with settings.
  'app.info': ['site', 'settings', 'places', 'officers'],
  'site.get': ['site'],
  'officers.signInList': ['officers'],
  'officer.me': ['officers', 'settings'],
  'officers.list': ['officers'],
  'roles.list': ['officers'],
  'audit.list': ['audit'],
  'visitors.search': ['visitors', 'reservations'],
  'settings.security.get': ['settings'],
  'settings.privacy.get': ['settings'],
  'devices.list': ['scanners', 'printers'],
  'desks.list': ['places'],
  // Free, occupied or reserved changes with every check-in, check-out and booking.
  'desks.today': ['places', 'visits', 'reservations'],
  'floorPlan.get': ['settings'],
  'settings.houseRules.get': ['settings'],
  'settings.kioskServices.get': ['settings'],
  'settings.documents.get': ['settings'],
  'lockers.list': ['places'],
  'visits.board': ['visits', 'reservations', 'places', 'settings'],
  'visits.history': ['visits'],
  'reservations.list': ['reservations'],
  'reservations.ticket': ['reservations'],
  'settings.rules.get': ['settings'],
  'scanners.settings': ['scanners'],
  'scanners.available': ['scanners'],
  'scanners.wedgeTiming': ['scanners'],
  'printers.settings': ['printers'],
  'printJobs.list': ['printJobs'],
  'printJobs.preview': ['printJobs'],
  'reports.dailyRecap': ['visits', 'reservations', 'places'],
  // Patched in place by 'sync.changed' events (connection.tsx), which also refetch the refusals.
  'sync.status': ['sync'],
  'sync.refused': ['sync'],
  // The visitor services' own reads (renderer/src/<domain>/<domain>QueryReads.ts).
  ...guestbookQueryReads,
  ...standardsQueryReads,
  ...surveyQueryReads,
  ...complaintsQueryReads,
  ...inventoryQueryReads,
  ...recapsQueryReads,
  ...requestsQueryReads,
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;

export type QueryMethod = keyof typeof queryReads;

const isQueryMethod = (m: unknown): m is QueryMethod => typeof m === 'string' && Object.hasOwn(queryReads, m);

/**
 * A query's cache key: [topic, method, input]. The topic is the first kind of data the method reads
 * (its domain for 'devices.list'), so `['printJobs']` or `['visits']` address a whole family.
 */
export const queryKey = <M extends QueryMethod>(method: M, input: MethodInput<M>) =>
  [(queryReads[method] as readonly string[])[0] ?? method.split('.')[0]!, method, input] as const;

/** Whether the query under `key` must be refetched after a change to `topics`. */
export function readsAnyOf(key: readonly unknown[], topics: readonly Topic[]): boolean {
  const method = key[1];
  if (!isQueryMethod(method)) return false;
  const reads: readonly Topic[] = queryReads[method];
  return reads.some((t) => topics.includes(t));
}
