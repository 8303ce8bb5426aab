// The portal's pages of buku tamu (service standard no. 15), mounted at /guestbook by server/portal/portalRoutes.ts.
import { Hono } from 'hono';
import type { PortalDeps } from '../portalRoutes';

export function guestbookPortalRoutes(_deps: PortalDeps): Hono {
  return new Hono();
}
