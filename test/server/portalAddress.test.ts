// The QR codes a kiosk shows or prints for phones (a service's page, a survey, a complaint's status)
// open the portal at the address phones reach it: the server's public address (LOKET_PUBLIC_URL)
// handed over when the kiosk joins, not the LAN address the kiosk syncs with. Real HTTP on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { portalLink } from '../../electron/services/standards/standardsQueries';
import { issueSurveyToken, surveyPortalLink } from '../../electron/services/survey/surveyTokens';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { listenOnLoopback, SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A central server on loopback (its sync address) and a kiosk joined to it. */
async function joined(publicUrl: string | null): Promise<{ t: TestCore; syncUrl: string }> {
  const server: TestCentral = await startTestCentral(MONDAY_9AM, { portal: { publicUrl } });
  closers.push(() => server.close());
  const http = await listenOnLoopback(server.app.fetch);
  closers.push(() => http.close());
  const syncUrl = http.url;
  const t = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
  closers.push(() => t.core.close());
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await new DeskDay(t.core).officerCall('sync.join', { serverUrl: syncUrl, code }));
  return { t, syncUrl };
}

const surveyLink = (t: TestCore) =>
  surveyPortalLink(
    t.core.deps,
    issueSurveyToken(t.core.deps, t.core.rules, { serviceId: 'guest', eventKind: 'guest', eventId: 'g-1' })
      .token,
  );

describe("the portal's address on a kiosk's QR codes", () => {
  it("is the server's public address when it has one, whatever address the kiosk syncs with", async () => {
    const { t } = await joined('https://loket.pontianak.go.id/');
    expect(portalLink(t.core.db, 'ppid', 'id')).toBe(
      `https://loket.pontianak.go.id/standards/${SITE.id}/ppid`,
    );
    expect(surveyLink(t)).toMatch(/^https:\/\/loket\.pontianak\.go\.id\/survey\//);
  });

  it('is the address the kiosk joined with when the server names none', async () => {
    const { t, syncUrl } = await joined(null);
    expect(portalLink(t.core.db, 'ppid', 'en')).toBe(`${syncUrl}/standards/${SITE.id}/ppid?lang=en`);
    expect(surveyLink(t)?.startsWith(`${syncUrl}/survey/`)).toBe(true);
  });
});
