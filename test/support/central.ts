// A central server for a test: its own database (centralDb.ts), the real HTTP application, a
// hand-moved clock, one site, and a helper that enrols a kiosk and returns its credentials.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../shared/clock';
import { PROTOCOL_VERSION, type EnrolResponse } from '../../shared/sync/protocol';
import { createEnrolmentCode, createSite } from '../../server/devices/enrolment';
import { bearerFor } from '../../server/devices/credentials';
import { createServerApp } from '../../server/http/app';
import type { PortalOptions } from '../../server/portal/portalRoutes';
import { createTestLog } from './testLog';
import { freshCentralDb, type TestCentralDb } from './centralDb';
import { MONDAY_9AM } from './testCore';

export const SITE = { id: 'pontianak', name: 'Diskominfo Kota Pontianak' } as const;

export interface TestCentral {
  readonly central: TestCentralDb;
  readonly clock: ManualClock;
  readonly app: ReturnType<typeof createServerApp>;
  /** Enrols `deviceId` at the site with a fresh code; returns its Authorization header and epoch. */
  enrol(deviceId: string, siteId?: string): Promise<EnrolResponse & { readonly auth: string }>;
  /** A JSON request to the app, as a kiosk sends it. */
  request(method: 'GET' | 'POST', path: string, auth: string | null, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestCentral(
  start = MONDAY_9AM,
  options: { portal?: Partial<PortalOptions> } = {},
): Promise<TestCentral> {
  const central = await freshCentralDb();
  const clock = new ManualClock(start);
  await createSite(central.db, SITE, clock.now());
  const app = createServerApp({
    db: central.db,
    clock,
    log: createTestLog().log,
    portal: options.portal ?? {},
  });
  const request = async (method: 'GET' | 'POST', path: string, auth: string | null, body?: unknown) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    central,
    clock,
    app,
    request,
    async enrol(deviceId, siteId = SITE.id) {
      const { code } = await createEnrolmentCode(central.db, siteId, 'test', clock.now());
      const res = await request('POST', '/v1/enrol', null, {
        protocol: PROTOCOL_VERSION,
        code,
        deviceId,
        deviceName: 'Kiosk test',
      });
      if (res.status !== 200) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
      const value = (await res.json()) as EnrolResponse;
      return { ...value, auth: bearerFor(value.deviceId, value.secret) };
    },
    close: () => central.close(),
  };
}

/** A fetch handler (the central app) served over real HTTP on a loopback port, as kiosks reach it. */
export async function listenOnLoopback(
  fetchHandler: (request: Request) => Response | Promise<Response>,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  const http: ServerType = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
