import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';
import { startFakeTcpPrinter, type FakeTcpPrinter } from '../fakes/printers';
import { decodeEscPos } from '../support/escposDecoder';

const at = (iso: string) => Date.parse(iso);

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('slips and the daily recap on a receipt printer', () => {
  let t: TestCore;
  let desk: DeskDay;
  let printer: FakeTcpPrinter;

  beforeEach(async () => {
    t = await makeTestCore(at('2026-11-23T08:00:00+07:00'));
    desk = new DeskDay(t.core);
    printer = await startFakeTcpPrinter();
    unwrap(
      await desk.officerCall('printers.configure', {
        items: [
          {
            id: 'front',
            label: 'Printer meja depan',
            kind: 'tcp',
            host: printer.host,
            port: printer.port,
            model: 'epson-tm-t20iii',
            paperWidth: 80,
          },
        ],
        defaultPrinterId: 'front',
        autoCheckInSlip: true,
      }),
    );
    t.core.printing.start();
  });
  afterEach(async () => {
    await t.core.printing.stop();
    t.core.close();
    await printer.close();
  });

  it('prints the check-in slip by itself: masked name, desk, times in WIB, and a QR that checks out', async () => {
    const { token } = await desk.reserve('2026-11-23', 4, 'Budi Santoso');
    expect(desk.scan(token)).toMatchObject({ kind: 'checked_in', deskNumber: 4 });
    const job = await waitFor(() => printer.jobs[0]);
    const slip = decodeEscPos(job);
    const text = slip.texts.join('\n');
    expect(text).toContain('Budi S****');
    expect(text).not.toContain('Santoso');
    expect(text).toMatch(/08[.:]00/);
    expect(text).toMatch(/15[.:]00/);
    expect(slip.qrs.map((q) => q.payload)).toEqual([token]);
    expect(slip.cuts.length).toBe(1);
  });

  it('lists a printer as soon as it is set up, with the state it reports, before any job', async () => {
    const devices = async () =>
      (unwrap(await t.core.call('devices.list', {})) as { items: Record<string, unknown>[] }).items;
    expect(printer.jobs).toEqual([]);
    const front = await waitFor(async () => {
      const d = (await devices()).find((x) => x.deviceId === 'printer:front');
      return d?.state === 'ready' ? d : undefined;
    });
    expect(front).toMatchObject({ label: 'Printer meja depan', connection: 'network', port: printer.host });
    // Taken out of the settings, it is gone from the list too.
    unwrap(
      await desk.officerCall('printers.configure', {
        items: [],
        defaultPrinterId: null,
        autoCheckInSlip: false,
      }),
    );
    expect((await devices()).filter((d) => d.kind === 'printer')).toEqual([]);
  });

  it('refuses to print a reservation slip for a code nobody holds', async () => {
    expect(await t.core.call('print.reservationSlip', { token: 'LK1' + '0'.repeat(26) })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.reservation.notFound' },
    });
  });

  it('sums up the day: visits, peak hour, desks used, average stay, overstays, no-shows, problems', async () => {
    const a = await desk.reserve('2026-11-23', 1);
    const b = await desk.reserve('2026-11-23', 2);
    const c = await desk.reserve('2026-11-23', 3);
    await desk.reserve('2026-11-23', 5); // never comes
    t.clock.set(at('2026-11-23T09:10:00+07:00'));
    desk.scan(a.token);
    t.clock.set(at('2026-11-23T09:40:00+07:00'));
    desk.scan(b.token);
    const visits = () =>
      t.core.db.prepare('SELECT id FROM visits ORDER BY started_at').pluck().all() as string[];
    t.clock.set(at('2026-11-23T11:10:00+07:00'));
    unwrap(await desk.officerCall<Visit>('visits.confirmCheckout', { visitId: visits()[0], problems: [] }));
    t.clock.set(at('2026-11-23T12:40:00+07:00'));
    unwrap(
      await desk.officerCall('visits.confirmCheckout', {
        visitId: visits()[1],
        problems: ['damage'],
        note: 'Monitor meja 2 retak',
      }),
    );
    t.clock.set(at('2026-11-23T13:05:00+07:00'));
    desk.scan(c.token);
    t.clock.set(at('2026-11-23T15:50:00+07:00')); // c overstays its 15:45 end; the day's service is over
    unwrap(
      await desk.officerCall('visits.closeWithoutCheckout', {
        visitId: visits()[2],
        reason: 'Pulang tanpa lapor',
      }),
    );

    const { recap } = unwrap(
      await desk.officerCall<{ recap: Record<string, unknown> }>('reports.dailyRecap', { day: '2026-11-23' }),
    );
    expect(recap).toMatchObject({
      day: '2026-11-23',
      visits: 3,
      peakHour: 9,
      peakHourVisits: 2,
      desksUsed: 3,
      desksTotal: 12,
      averageStayMinutes: Math.round((120 + 180 + 165) / 3),
      overstays: 1,
      noShows: 1,
      closedWithoutConfirmation: 1,
      equipmentProblems: 1,
      equipmentNotes: ['Monitor meja 2 retak'],
    });

    unwrap(await desk.officerCall('reports.printDailyRecap', { day: '2026-11-23' }));
    // The three check-in slips were queued first and print first; the recap is the one titled so.
    const text = await waitFor(() =>
      printer.jobs.map((job) => decodeEscPos(job).texts.join('\n')).find((t) => t.includes('REKAP HARIAN')),
    );
    expect(text).toContain('Monitor meja 2 retak');
    expect(text).toMatch(/09[.:]00/);
  });

  it('keeps a slip queued while the printer is out of paper, and prints it once paper is back', async () => {
    printer.status = { paperOut: true };
    const { token } = await desk.reserve('2026-11-23', 2);
    desk.scan(token);
    await waitFor(() => {
      const [job] = t.core.printing.queue.list();
      return job?.lastErrorKey === 'errors.printer.paperOut' ? job : undefined;
    });
    expect(printer.jobs).toHaveLength(0);
    const status = t.core.devices.list().find((d) => d.deviceId === 'printer:front');
    expect(status).toMatchObject({ state: 'error', problemKey: 'errors.printer.paperOut' });

    printer.status = {}; // the officer loads a new roll
    t.clock.advance(60_000); // past the retry backoff
    await t.core.printing.queue.processDue();
    const printed = await waitFor(() => printer.jobs[0]);
    expect(decodeEscPos(printed).qrs.map((q) => q.payload)).toEqual([token]);
    expect(t.core.printing.queue.list()[0]?.state).toBe('sent');
  });
});
