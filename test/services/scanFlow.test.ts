// The holes a visitor could fall into at the scanner (issue 7 §3), each shut and tested here against
// the real core: a check-out intent that outlives its visitor, a repeat scan that seems to do nothing,
// a scan whose facts never reach the audit row, a scan that crashes the process.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublicScanOutcome, ScanOutcome } from '../../shared/contract';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';
import { traceStatements } from '../support/traceStatements';

const MIN = 60_000;
let t: TestCore;
let desk: DeskDay;
let heard: PublicScanOutcome[];
beforeEach(async () => {
  t = await makeTestCore();
  desk = new DeskDay(t.core);
  heard = [];
  t.core.events.on('scans.result', (o) => heard.push(o));
});
afterEach(() => t.core.close());

/** Two visitors, both checked in a minute ago (inside the 5-minute arrival grace). */
async function twoVisitorsInside() {
  const a = await desk.reserve('2026-11-23', null, 'Andi Wijaya');
  const b = await desk.reserve('2026-11-23', null, 'Bunga Lestari');
  expect(desk.scan(a.token).kind).toBe('checked_in');
  expect(desk.scan(b.token).kind).toBe('checked_in');
  t.clock.advance(MIN);
  return { a, b };
}

describe('the "Selesai & keluar" intent belongs to the visitor who asked', () => {
  it('"Kembali" ends it: the next visitor who scans to see their desk is not checked out', async () => {
    const { b } = await twoVisitorsInside();
    unwrap(await t.core.call('scans.expectCheckout', {})); // A taps "Selesai & keluar"…
    unwrap(await t.core.call('scans.cancelCheckout', {})); // …and "Kembali"
    t.clock.advance(10_000);
    expect(desk.scan(b.token)).toMatchObject({
      kind: 'refused',
      reason: 'already_checked_in',
      firstName: 'Bunga',
    });
  });

  it('is used by the first scan after it, whoever that is, and never by a later one', async () => {
    const { a, b } = await twoVisitorsInside();
    const stranger = await desk.reserve('2026-11-23', null, 'Citra Dewi');
    unwrap(await t.core.call('scans.expectCheckout', {}));
    // The next scan is someone checking in: the intent is spent on it, not kept for a passer-by.
    expect(desk.scan(stranger.token).kind).toBe('checked_in');
    expect(desk.scan(b.token)).toMatchObject({ kind: 'refused', reason: 'already_checked_in' });
    unwrap(await t.core.call('scans.expectCheckout', {}));
    expect(desk.scan(a.token)).toMatchObject({ kind: 'checkout_started', asked: true, firstName: 'Andi' });
  });

  it('"Belum, saya masih di sini" voids the ticket and changes nothing', async () => {
    const { a } = await twoVisitorsInside();
    t.clock.advance(10 * MIN); // past the arrival grace: a scan of the slip's QR leads to the checklist
    const started = desk.scan(a.token);
    expect(started).toMatchObject({ kind: 'checkout_started', asked: false });
    const before = t.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const ticket = (started as { checkoutTicket: string }).checkoutTicket;
    unwrap(await t.core.call('scans.cancelCheckout', { checkoutTicket: ticket }));
    const checklist = { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: true };
    expect(await t.core.call('scans.checkout', { checkoutTicket: ticket, checklist })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.checkout.ticketExpired' },
    });
    expect(t.core.db.prepare("SELECT status FROM visits WHERE status = 'open'").pluck().all()).toHaveLength(
      2,
    );
    expect(t.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('expires after a minute on its own', async () => {
    const { a } = await twoVisitorsInside();
    unwrap(await t.core.call('scans.expectCheckout', {}));
    t.clock.advance(MIN);
    expect(desk.scan(a.token)).toMatchObject({ kind: 'refused', reason: 'already_checked_in' });
  });
});

describe('a repeat scan within five seconds', () => {
  it('gives the same answer again and shows it again on every screen', async () => {
    const { token } = await desk.reserve('2026-11-23', 4);
    const first = desk.scan(token);
    t.clock.advance(2_000);
    const again = desk.scan(token);
    expect(again).toBe(first);
    expect(heard).toEqual([first, first]);
    expect(t.core.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1);
  });

  it('does not repeat a check-out whose checklist was already sent', async () => {
    const { a } = await twoVisitorsInside();
    t.clock.advance(10 * MIN);
    const started = desk.scan(a.token) as Extract<ScanOutcome, { kind: 'checkout_started' }>;
    const checklist = { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: true };
    unwrap(await t.core.call('scans.checkout', { checkoutTicket: started.checkoutTicket, checklist }));
    t.clock.advance(1_000);
    expect(desk.scan(a.token)).toMatchObject({ kind: 'refused', reason: 'awaiting_check' });
  });
});

describe('one scan, one check-in transaction', () => {
  it('records the whole scan (source, device, symbology) on the audit row and in the sync operation', async () => {
    const { token } = await desk.reserve('2026-11-23', null);
    t.core.scans.handle({
      text: token,
      source: 'hid-pos',
      deviceId: 'hid:0c2e:0b87:SN1',
      symbology: 'qr-code',
    });
    const details = JSON.parse(
      t.core.db
        .prepare("SELECT details FROM audit_log WHERE action = 'visits.checkIn'")
        .pluck()
        .get() as string,
    ) as { scan: unknown };
    const scan = { source: 'hid-pos', deviceId: 'hid:0c2e:0b87:SN1', symbology: 'qr-code' };
    expect(details.scan).toEqual(scan);
    const op = JSON.parse(
      t.core.db.prepare("SELECT payload FROM outbox WHERE op_type = 'visit.started'").pluck().get() as string,
    ) as { scan: unknown };
    expect(op.scan).toEqual(scan);
  });

  it('reads the reservation and its visit once each, inside the transaction that writes the visit', async () => {
    // Traced from before the core opens, so every statement it prepares is watched.
    const trace = traceStatements();
    const traced = await makeTestCore();
    try {
      const d = new DeskDay(traced.core);
      const warm = await d.reserve('2026-11-23', null);
      const { token } = await d.reserve('2026-11-23', null);
      d.scan(warm.token);
      const runsBefore = new Map([...trace.statements].map(([sql, st]) => [sql, st.runs.length]));
      expect(d.scan(token).kind).toBe('checked_in');
      const during = (pattern: RegExp) =>
        [...trace.statements.values()]
          .filter((st) => pattern.test(st.sql))
          .flatMap((st) => st.runs.slice(runsBefore.get(st.sql) ?? 0));
      expect(during(/WHERE r\.token = \?/)).toEqual([{ inTransaction: true }]);
      expect(during(/WHERE vi\.reservation_id = \?/)).toEqual([{ inTransaction: true }]);
    } finally {
      trace.stop();
      traced.core.close();
    }
  });

  it('turns a failure inside the pipeline into an answer, never a crash', async () => {
    t.core.close();
    t = await makeTestCore(undefined, ':memory:', { allowErrors: true });
    desk = new DeskDay(t.core);
    const { token } = await desk.reserve('2026-11-23', null);
    t.core.db.exec('ALTER TABLE visits RENAME TO visits_gone'); // the database breaks under the kiosk
    const outcome = t.core.scans.handle({ text: token, source: 'serial', deviceId: 'serial:/dev/ttyACM0' });
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'system_error' });
    expect(t.log.errors().map((l) => l.msg)).toEqual(['scan failed']);
  });
});

describe('the one-time check-out ticket', () => {
  it('is never broadcast: the kiosk claims it once for a hardware scan, the page gets it in its reply', async () => {
    const { a } = await twoVisitorsInside();
    t.clock.advance(10 * MIN);
    // A hardware scanner: every screen hears the check-out start, none hears the ticket.
    const fromDevice = desk.scan(a.token);
    expect(fromDevice.kind).toBe('checkout_started');
    expect(heard.at(-1)).not.toHaveProperty('checkoutTicket');
    const claimed = unwrap(await t.core.call('scans.claimCheckout', { scanId: fromDevice.scanId })) as {
      checkoutTicket: string;
    };
    expect(claimed.checkoutTicket).toBe((fromDevice as { checkoutTicket: string }).checkoutTicket);
    expect(await t.core.call('scans.claimCheckout', { scanId: fromDevice.scanId })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.checkout.ticketExpired' },
    });
    unwrap(await t.core.call('scans.cancelCheckout', { checkoutTicket: claimed.checkoutTicket }));

    // The page's own scan: the ticket comes back in the reply only, and nobody else can claim it.
    t.clock.advance(10_000);
    const fromPage = unwrap(await t.core.call('scans.submit', { text: a.token })) as {
      scanId: string;
      checkoutTicket?: string;
    };
    expect(fromPage.checkoutTicket).toBeDefined();
    expect(heard.at(-1)).not.toHaveProperty('checkoutTicket');
    expect((await t.core.call('scans.claimCheckout', { scanId: fromPage.scanId })).ok).toBe(false);
  });
});

describe('names on the public screen', () => {
  it('greets by first name, and masks a one-word name as the slips do', async () => {
    const sukarno = await desk.reserve('2026-11-23', null, 'Sukarno');
    const budi = await desk.reserve('2026-11-23', null, 'Budi Santoso');
    expect(desk.scan(sukarno.token)).toMatchObject({ kind: 'checked_in', firstName: 'Suk****' });
    expect(desk.scan(budi.token)).toMatchObject({ kind: 'checked_in', firstName: 'Budi' });
  });
});
