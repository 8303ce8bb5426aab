// The portal's pages of the satisfaction survey (SKM) and its index (IKM), mounted at /survey by server/portal/portalRoutes.ts.
import { Hono } from 'hono';
import type { PortalDeps } from '../portalRoutes';

export function surveyPortalRoutes(_deps: PortalDeps): Hono {
  return new Hono();
}
