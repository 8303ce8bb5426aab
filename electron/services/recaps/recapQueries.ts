// The revisions this kiosk knows (its own and those pulled from the server), and the officers who
// sign them. SQL in module constants, prepared once (db/statements.ts).
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { RecapSummary } from '../../../shared/contract/recaps';
import {
  finalTotals,
  recapRecordSchema,
  type RecapRecord,
  type RecapSigner,
} from '../../../shared/recaps/recapRecord';
import type { Permission } from '../../../shared/contract/permissions';

const BY_ID = 'SELECT record FROM recaps WHERE id = ?';
/** The revision of a period that counts: the latest one not set aside. */
const HEAD = `SELECT record FROM recaps WHERE period_key = ? AND status <> 'set_aside'
  ORDER BY revision DESC, submitted_at DESC LIMIT 1`;
const OF_PERIOD =
  'SELECT record FROM recaps WHERE period_key = ? ORDER BY revision DESC, submitted_at DESC LIMIT ?';
const OF_KIND = `SELECT record FROM recaps WHERE period_kind = ? ORDER BY period_key DESC, revision DESC,
  submitted_at DESC LIMIT ?`;
const LATEST = 'SELECT record FROM recaps ORDER BY submitted_at DESC LIMIT ?';
const UPSERT = `INSERT INTO recaps (id, period_kind, period_key, revision, supersedes, status, record, submitted_at, updated_at)
  VALUES (:id, :periodKind, :period, :revision, :supersedes, :status, :record, :submittedAt, :now)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, record = excluded.record, updated_at = excluded.updated_at`;

const parse = (json: string): RecapRecord => recapRecordSchema.parse(JSON.parse(json));

export const findRecap = (db: Db, id: string): RecapRecord | undefined => {
  const json = prepared(db, BY_ID).pluck().get(id) as string | undefined;
  return json === undefined ? undefined : parse(json);
};

export const periodHead = (db: Db, period: string): RecapRecord | null => {
  const json = prepared(db, HEAD).pluck().get(period) as string | undefined;
  return json === undefined ? null : parse(json);
};

/** Writes a revision's whole state (made here, or pulled from the server). */
export function saveRecap(db: Db, r: RecapRecord, now: number): void {
  prepared(db, UPSERT).run({
    id: r.id,
    periodKind: r.periodKind,
    period: r.period,
    revision: r.revision,
    supersedes: r.supersedes,
    status: r.status,
    record: JSON.stringify(r),
    submittedAt: r.submittedAt,
    now,
  });
}

export function toSummary(r: RecapRecord): RecapSummary {
  const { figures, ...rest } = r;
  return { ...rest, totals: finalTotals(r), from: figures.from, to: figures.to };
}

export function listRecaps(
  db: Db,
  q: { periodKind?: string | undefined; period?: string | undefined; limit: number },
): RecapSummary[] {
  const rows = (
    q.period
      ? prepared(db, OF_PERIOD).pluck().all(q.period, q.limit)
      : q.periodKind
        ? prepared(db, OF_KIND).pluck().all(q.periodKind, q.limit)
        : prepared(db, LATEST).pluck().all(q.limit)
  ) as string[];
  return rows.map((json) => toSummary(parse(json)));
}

interface OfficerRow {
  id: string;
  full_name: string;
  nip: string | null;
  roles: string;
  title: string | null;
  active: 0 | 1;
}
const OFFICER = `SELECT o.id, o.full_name, o.nip, o.roles, o.active, p.name AS title
  FROM officers o LEFT JOIN roles p ON p.id = o.position WHERE o.id = ?`;
const ACTIVE_OFFICERS = `SELECT o.id, o.full_name, o.nip, o.roles, o.active, p.name AS title
  FROM officers o LEFT JOIN roles p ON p.id = o.position WHERE o.active = 1 ORDER BY o.full_name`;

const toSigner = (o: OfficerRow): RecapSigner => ({
  id: o.id,
  name: o.full_name,
  nip: o.nip && o.nip.trim() !== '' ? o.nip : null,
  title: o.title,
});

/** The officer as they sign: name, NIP and the position's title. */
export function signerOf(db: Db, officerId: string): RecapSigner | undefined {
  const row = prepared(db, OFFICER).get(officerId) as OfficerRow | undefined;
  return row ? toSigner(row) : undefined;
}

/** Active officers whose roles give `permission`, as they sign. */
export function officersWith(
  db: Db,
  permission: Permission,
  permissionsOf: (roles: readonly string[]) => readonly string[],
): (RecapSigner & { active: boolean })[] {
  return (prepared(db, ACTIVE_OFFICERS).all() as OfficerRow[])
    .filter((o) => permissionsOf(JSON.parse(o.roles) as string[]).includes(permission))
    .map((o) => ({ ...toSigner(o), active: o.active === 1 }));
}

/** The permissions of an officer (for the methods open to any of the three roles). */
export function officerPermissions(
  db: Db,
  officerId: string,
  permissionsOf: (roles: readonly string[]) => readonly string[],
): readonly string[] {
  const row = prepared(db, 'SELECT roles FROM officers WHERE id = ?').pluck().get(officerId) as
    string | undefined;
  return row ? permissionsOf(JSON.parse(row) as string[]) : [];
}
