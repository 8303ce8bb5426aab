// The portal's pages of the 15 service standards of decree 18/2024, mounted at /standards by server/portal/portalRoutes.ts.
// /standards/:site lists the services, /standards/:site/:service is one service's page (the QR on
// the kiosk and on the slip opens it), Indonesian first and English one tap away; the text is the
// shipped catalogue with the site's corrections, as the site's kiosks last sent them.
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { entryCorrectedPayload } from '../../../shared/contract/standards';
import { localiseCatalogue, localiseEntry, type Correction } from '../../../shared/serviceStandards/localise';
import { isServiceId } from '../../../shared/serviceStandards/serviceIds';
import { shippedCatalogue, shippedEntry } from '../../../shared/serviceStandards/shippedCatalogue';
import type { ServerDb } from '../../db/schema';
import { loketBrand, type Brand } from '../../web/layout';
import { otherLangHref, pageLang } from '../../web/lang';
import { Notice } from '../pages';
import type { PortalDeps } from '../portalRoutes';
import { readSiteFacts, type SiteFacts } from '../siteFacts';
import { standardsCss } from './standardsCss';
import { StandardPage, StandardsList } from './standardsPages';
import { standardsText } from './standardsPortalText';

/** The site's corrections, each read with the operation's own schema (a malformed one is left out). */
async function siteCorrections(db: Kysely<ServerDb>, siteId: string): Promise<Correction[]> {
  const rows = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'serviceStandard')
    .execute();
  return rows.flatMap((r) => {
    const parsed = entryCorrectedPayload.safeParse(pick(r.data as Record<string, unknown>));
    return parsed.success ? [parsed.data] : [];
  });
}

const pick = (d: Record<string, unknown>) => ({
  serviceId: d.serviceId,
  field: d.field,
  lang: d.lang,
  text: d.text,
  catalogueVersion: d.catalogueVersion,
});

const brandOf = (facts: SiteFacts): Brand =>
  facts.identity
    ? { officeName: facts.identity.officeName, siteName: facts.identity.siteName, logo: facts.identity.logo }
    : ({ officeName: facts.name, siteName: facts.name, logo: null } satisfies Brand);

export function standardsPortalRoutes(deps: PortalDeps): Hono {
  const app = new Hono();

  app.get('/assets/standards.css', (c) =>
    c.body(standardsCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  const notFound = (c: Context, facts: SiteFacts | null) => {
    const lang = pageLang(c);
    const w = standardsText(lang);
    const [title, text] = facts ? [w.notFound, w.notFoundText] : [w.siteNotFound, w.siteNotFound];
    return c.html(
      Notice({
        lang,
        brand: facts ? brandOf(facts) : loketBrand,
        langHref: otherLangHref(c, lang),
        title,
        text,
      }),
      404,
    );
  };

  app.get('/:site', async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    if (!facts) return notFound(c, null);
    const lang = pageLang(c);
    const standards = localiseCatalogue(shippedCatalogue, lang, await siteCorrections(deps.db, facts.id));
    return c.html(
      StandardsList({
        lang,
        brand: brandOf(facts),
        langHref: otherLangHref(c, lang),
        siteId: facts.id,
        standards,
      }),
    );
  });

  app.get('/:site/:service', async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    const serviceId = c.req.param('service');
    if (!facts || !isServiceId(serviceId)) return notFound(c, facts);
    const lang = pageLang(c);
    const standard = localiseEntry(shippedEntry(serviceId), lang, await siteCorrections(deps.db, facts.id));
    return c.html(
      StandardPage({
        lang,
        brand: brandOf(facts),
        langHref: otherLangHref(c, lang),
        siteId: facts.id,
        standard,
        source: shippedCatalogue.source,
      }),
    );
  });

  return app;
}
