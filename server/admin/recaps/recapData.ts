// The site's report revisions as the server keeps them (records of entity 'recap'), the signers and
// the office's identity and document settings that go into a revision's PDF and xlsx. The documents
// are made here from the revision alone with the builder the kiosks use (shared/recaps), so a
// forwarded revision's PDF from the server is the same bytes as a kiosk's.
import type { Kysely } from 'kysely';
import {
  defaultDocumentSettings,
  documentSettingsSchema,
  siteIdentitySchema,
  type DocumentSettings,
  type SiteIdentity,
} from '../../../shared/contract';
import { renderReportPdf, renderWorkbook, type DocLang } from '../../../shared/documents';
import { recapReportDocument, recapWorkbook } from '../../../shared/recaps/recapDocument';
import { recapRecordSchema, type RecapRecord, type RecapSigner } from '../../../shared/recaps/recapRecord';
import type { Permission } from '../../../shared/contract/permissions';
import type { ServerDb } from '../../db/schema';
import { permissionsOf, siteOfficers, siteRoles } from '../siteOfficers';

/** The site's revisions, newest period first, latest revision first. */
export async function siteRecaps(db: Kysely<ServerDb>, siteId: string): Promise<RecapRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'recap')
    .execute();
  return rows
    .flatMap((r) => {
      const parsed = recapRecordSchema.safeParse(r.data);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) =>
      a.period !== b.period
        ? a.period < b.period
          ? 1
          : -1
        : b.revision - a.revision || b.submittedAt - a.submittedAt,
    );
}

export async function siteRecap(
  db: Kysely<ServerDb>,
  siteId: string,
  id: string,
): Promise<RecapRecord | null> {
  const row = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'recap')
    .where('entity_id', '=', id)
    .executeTakeFirst();
  const parsed = recapRecordSchema.safeParse(row?.data);
  return parsed.success ? parsed.data : null;
}

/** The site's officers with a permission, as they sign (name, NIP, the position's name as title). */
export async function siteSigners(
  db: Kysely<ServerDb>,
  siteId: string,
  permission?: Permission,
): Promise<RecapSigner[]> {
  const [officers, roles, records] = await Promise.all([
    siteOfficers(db, siteId),
    siteRoles(db, siteId),
    db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'officer')
      .execute(),
  ]);
  const positionOf = new Map(records.map((r) => [r.entity_id, (r.data as { position?: unknown }).position]));
  return officers
    .filter((o) => o.active && (!permission || permissionsOf(o, roles).has(permission)))
    .map((o) => {
      const position = positionOf.get(o.id);
      return {
        id: o.id,
        name: o.fullName,
        nip: o.nip && o.nip.trim() !== '' ? o.nip : null,
        title: typeof position === 'string' ? (roles.get(position)?.name ?? null) : null,
      };
    });
}

export async function siteSigner(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
): Promise<RecapSigner | null> {
  return (await siteSigners(db, siteId)).find((s) => s.id === officerId) ?? null;
}

/** The office's identity and the kop/signature settings as the kiosks synced them. */
export async function siteDocumentContext(
  db: Kysely<ServerDb>,
  siteId: string,
): Promise<{ identity: SiteIdentity; settings: DocumentSettings }> {
  const rows = await db
    .selectFrom('records')
    .select(['entity_type', 'entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where((eb) =>
      eb.or([
        eb.and([eb('entity_type', '=', 'site'), eb('entity_id', '=', 'identity')]),
        eb.and([eb('entity_type', '=', 'settings'), eb('entity_id', '=', 'documents')]),
      ]),
    )
    .execute();
  const identity = siteIdentitySchema.safeParse(rows.find((r) => r.entity_type === 'site')?.data);
  const settings = documentSettingsSchema.safeParse(rows.find((r) => r.entity_type === 'settings')?.data);
  return {
    identity: identity.success
      ? identity.data
      : { siteName: 'Loket', officeName: 'Loket', letterhead: [], logo: null },
    settings: settings.success ? settings.data : defaultDocumentSettings,
  };
}

export async function recapPdf(
  db: Kysely<ServerDb>,
  siteId: string,
  r: RecapRecord,
  lang: DocLang,
): Promise<Buffer> {
  return renderReportPdf(recapReportDocument(r, { ...(await siteDocumentContext(db, siteId)), lang }));
}

export async function recapXlsx(db: Kysely<ServerDb>, siteId: string, r: RecapRecord): Promise<Buffer> {
  return renderWorkbook(recapWorkbook(r, { ...(await siteDocumentContext(db, siteId)), lang: 'id' }));
}
