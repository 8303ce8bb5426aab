// The portal's pages of complaints (pengaduan), mounted at /complaints by server/portal/portalRoutes.ts.
import { Hono } from 'hono';
import type { PortalDeps } from '../portalRoutes';

export function complaintsPortalRoutes(_deps: PortalDeps): Hono {
  return new Hono();
}
