// The portal's pages of the 15 service standards of decree 18/2024, mounted at /standards by server/portal/portalRoutes.ts.
import { Hono } from 'hono';
import type { PortalDeps } from '../portalRoutes';

export function standardsPortalRoutes(_deps: PortalDeps): Hono {
  return new Hono();
}
