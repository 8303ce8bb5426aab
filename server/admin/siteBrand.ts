// The header of an admin page: the office's name and logo from the site's synced identity.
import type { Kysely } from 'kysely';
import { siteIdentitySchema } from '../../shared/contract';
import type { ServerDb } from '../db/schema';
import { loketBrand, type Brand } from '../web/layout';

export async function siteBrand(db: Kysely<ServerDb>, siteId: string | null): Promise<Brand> {
  if (siteId === null) return loketBrand;
  const [site, identity] = await Promise.all([
    db.selectFrom('sites').select('name').where('id', '=', siteId).executeTakeFirst(),
    db
      .selectFrom('records')
      .select('data')
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'site')
      .where('entity_id', '=', 'identity')
      .executeTakeFirst(),
  ]);
  const parsed = siteIdentitySchema.safeParse(identity?.data);
  if (parsed.success)
    return { officeName: parsed.data.officeName, siteName: parsed.data.siteName, logo: parsed.data.logo };
  return site ? { officeName: site.name, siteName: site.name, logo: null } : loketBrand;
}
