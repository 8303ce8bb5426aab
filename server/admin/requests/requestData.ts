// The site's requests as the server keeps them (records of entity 'request'), who is looking at them
// and what they hold, and where each request stands in its disposition chain. The rule of who holds
// a step is the kiosk's own (electron/services/requests/requestViews.ts `holds`: the step's role among
// the officer's roles or their position, or an administrator), the officer's roles and position the
// records the kiosks synced; the chain's due times come from the shared timeline with the site's
// service calendar (its 'settings'/'rules' record), so a step late at the desk is late here too.
import type { Kysely } from 'kysely';
import { holds, type Viewer } from '../../../electron/services/requests/requestViews';
import { chainTimeline, type ChainTimelineStep } from '../../../shared/requests/chainTimeline';
import {
  requestRecordSchema,
  requestStatus,
  type RequestRecord,
  type RequestStatus,
} from '../../../shared/requests/requestRecord';
import type { RequestSettings, RequestType } from '../../../shared/requests/requestSettings';
import { defaultServiceCalendar, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import type { ServerDb } from '../../db/schema';
import { readRequestSettings, slotOf } from '../../portal/requests/portalRequests';
import { permissionsOf, siteOfficer, siteRoles } from '../siteOfficers';
import { siteSettings } from '../siteSettings';

const ENTITY = 'request';

/** The signed-in officer as the requests see them: the kiosk's viewer, and whether they may read by permission. */
export interface RequestOfficer {
  readonly id: string;
  readonly name: string;
  readonly viewer: Viewer;
  /** requests.read or requests.manage. */
  readonly permitted: boolean;
}

export async function requestOfficer(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
): Promise<RequestOfficer | null> {
  const [officer, roles, row] = await Promise.all([
    siteOfficer(db, siteId, officerId),
    siteRoles(db, siteId),
    db
      .selectFrom('records')
      .select('data')
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'officer')
      .where('entity_id', '=', officerId)
      .executeTakeFirst(),
  ]);
  if (!officer?.active) return null;
  const position = (row?.data as { position?: unknown } | undefined)?.position;
  const granted = permissionsOf(officer, roles);
  return {
    id: officer.id,
    name: officer.fullName,
    viewer: {
      roles: officer.roles,
      position: typeof position === 'string' ? position : null,
      manage: granted.has('requests.manage'),
    },
    permitted: granted.has('requests.read') || granted.has('requests.manage'),
  };
}

/** As the kiosk's reader: by permission, or by standing (role or position) in any type's chain. */
export const mayReadRequests = (o: RequestOfficer, settings: RequestSettings): boolean =>
  o.permitted || settings.types.some((t) => t.chain.some((s) => holds(o.viewer, s.roleId)));

/** What the pages need of the site to place a request: its settings, its calendar, and now. */
export interface RequestWorld {
  readonly settings: RequestSettings;
  readonly calendar: ServiceCalendar;
  readonly now: number;
}

export async function requestWorld(db: Kysely<ServerDb>, siteId: string, now: number): Promise<RequestWorld> {
  const [settings, site] = await Promise.all([readRequestSettings(db, siteId), siteSettings(db, siteId)]);
  // Before a kiosk has sent its rules the kiosk's own default calendar stands (SOP hours, WIB).
  return { settings, calendar: site.rules?.calendar ?? defaultServiceCalendar, now };
}

function parsed(data: unknown): RequestRecord | null {
  const r = requestRecordSchema.safeParse(data);
  return r.success ? r.data : null;
}

/** The site's requests, newest first. */
export async function siteRequests(db: Kysely<ServerDb>, siteId: string): Promise<RequestRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', ENTITY)
    .execute();
  return rows
    .flatMap((row) => {
      const r = parsed(row.data);
      return r ? [r] : [];
    })
    .sort((a, b) => b.enteredAt - a.enteredAt || (a.reference < b.reference ? 1 : -1));
}

export async function siteRequest(
  db: Kysely<ServerDb>,
  siteId: string,
  id: string,
): Promise<RequestRecord | null> {
  const row = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', ENTITY)
    .where('entity_id', '=', id)
    .executeTakeFirst();
  return row ? parsed(row.data) : null;
}

/** A request placed in its chain for one officer. */
export interface RequestView {
  readonly record: RequestRecord;
  readonly type: RequestType | null;
  readonly status: RequestStatus;
  readonly slot: ReturnType<typeof slotOf>;
  /** Every step of the type's chain with its due time and state. */
  readonly chain: readonly ChainTimelineStep[];
  /** The step waiting now, while the request is in its chain (a refused request waits on nobody). */
  readonly current: ChainTimelineStep | null;
  /** The officer holds the current step. */
  readonly mine: boolean;
  /** An application whose chain is done, undecided, that this officer may decide (the last step's holder). */
  readonly mayDecide: boolean;
}

export function requestView(w: RequestWorld, r: RequestRecord, viewer: Viewer): RequestView {
  const type = w.settings.types.find((t) => t.id === r.intake.typeId) ?? null;
  const status = requestStatus(r, type?.chain.length ?? 1);
  const chain = type
    ? chainTimeline(
        type.chain,
        r.steps.map((s) => ({ stepId: s.stepId, at: s.at })),
        r.enteredAt,
        w.now,
        w.calendar,
      )
    : [];
  const inChain = status === 'received' || status === 'in_chain';
  const current = (inChain && chain.find((s) => s.state === 'current')) || null;
  const last = type?.chain[type.chain.length - 1];
  return {
    record: r,
    type,
    status,
    slot: slotOf(r),
    chain,
    current,
    mine: current !== null && holds(viewer, current.roleId),
    mayDecide:
      r.kind === 'application' &&
      status === 'in_process' &&
      last !== undefined &&
      (viewer.manage || holds(viewer, last.roleId)),
  };
}

/** Whether the officer may open the requests pages (for the admin nav: a position opens them too). */
export async function opensRequests(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
): Promise<boolean> {
  const [officer, settings] = await Promise.all([
    requestOfficer(db, siteId, officerId),
    readRequestSettings(db, siteId),
  ]);
  return officer !== null && mayReadRequests(officer, settings);
}
