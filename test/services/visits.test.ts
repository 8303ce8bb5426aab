import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { formatTicketToken } from '../../shared/rules/ticketToken';
import type { Board, PublicScanOutcome, Visit } from '../../shared/contract';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

describe('scan → check-in (SOP 97 steps 4–6)', () => {
  let t: TestCore;
  let desk: DeskDay;
  beforeEach(async () => {
    t = await makeTestCore();
    desk = new DeskDay(t.core);
  });
  afterEach(() => t.core.close());

  it('starts a visit at the reserved desk, ending 7 hours later, and tells every screen', async () => {
    const heard: PublicScanOutcome[] = [];
    t.core.events.on('scans.result', (outcome) => heard.push(outcome));
    t.clock.set(at('2026-11-23T08:00:00+07:00'));
    const { token } = await desk.reserve('2026-11-23', 5, 'Budi Santoso');
    const outcome = desk.scan(token);
    expect(outcome).toMatchObject({
      kind: 'checked_in',
      firstName: 'Budi',
      deskNumber: 5,
      lockerNumber: null,
      deskChanged: false,
      startedAt: at('2026-11-23T08:00:00+07:00'),
      endsAt: at('2026-11-23T15:00:00+07:00'),
    });
    expect(heard).toEqual([outcome]);
    expect(t.core.db.prepare('SELECT status FROM reservations WHERE token = ?').pluck().get(token)).toBe(
      'checked_in',
    );
    expect(
      t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'visits.checkIn'").pluck().get(),
    ).toBe(1);
    expect(
      t.core.db.prepare("SELECT count(*) FROM outbox WHERE op_type = 'visit.started'").pluck().get(),
    ).toBe(1);
  });

  it('ends the stay at closing time when 7 hours would run past 15:45', async () => {
    t.clock.set(at('2026-11-23T10:30:00+07:00'));
    const { token } = await desk.reserve('2026-11-23');
    expect(desk.scan(token)).toMatchObject({ kind: 'checked_in', endsAt: at('2026-11-23T15:45:00+07:00') });
  });

  it('gives the first free desk when the reserved one is taken, and says so', async () => {
    const a = await desk.reserve('2026-11-23', null);
    const b = await desk.reserve('2026-11-23', 1);
    expect(desk.scan(a.token)).toMatchObject({ kind: 'checked_in', deskNumber: 1 });
    expect(desk.scan(b.token)).toMatchObject({ kind: 'checked_in', deskNumber: 2, deskChanged: true });
  });

  it('answers a double scan once and never makes two visits', async () => {
    const { token } = await desk.reserve('2026-11-23');
    const first = desk.scan(token);
    t.clock.advance(1500);
    expect(desk.scan(`${token.toLowerCase()}\r\n`)).toBe(first);
    t.clock.advance(60_000);
    expect(desk.scan(token)).toMatchObject({
      kind: 'refused',
      reason: 'already_checked_in',
      deskNumber: first.kind === 'checked_in' ? first.deskNumber : -1,
    });
    expect(t.core.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1);
  });

  it.each([
    ['a malformed code', 'HELLO-WORLD', 'malformed_code'],
    ['oversize text', 'X'.repeat(5000), 'malformed_code'],
    ['a forged, well-formed token', formatTicketToken(randomBytes(16)), 'unknown_code'],
    ['markup', '<script>alert(1)</script>', 'malformed_code'],
  ])('refuses %s before touching anything', async (_label, text, reason) => {
    const before = t.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(desk.scan(text)).toMatchObject({ kind: 'refused', reason });
    expect(t.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('refuses a reservation for another day, saying which day', async () => {
    const { token } = await desk.reserve('2026-11-25');
    expect(desk.scan(token)).toMatchObject({
      kind: 'refused',
      reason: 'wrong_day',
      day: '2026-11-25',
      firstName: 'Pengunjung',
    });
  });

  it('refuses a cancelled reservation', async () => {
    const { id, token } = await desk.reserve('2026-11-23');
    unwrap(await desk.officerCall('reservations.cancel', { id, reason: 'Visitor called to cancel' }));
    expect(desk.scan(token)).toMatchObject({ kind: 'refused', reason: 'cancelled' });
  });

  it('refuses outside service hours and on holidays, with the next opening', async () => {
    const { token } = await desk.reserve('2026-11-23');
    t.clock.set(at('2026-11-23T06:30:00+07:00'));
    expect(desk.scan(token)).toMatchObject({
      kind: 'refused',
      reason: 'before_opening',
      nextOpening: at('2026-11-23T07:00:00+07:00'),
    });
    t.clock.set(at('2026-11-23T15:45:00+07:00'));
    expect(desk.scan(token)).toMatchObject({
      kind: 'refused',
      reason: 'after_closing',
      nextOpening: at('2026-11-24T07:00:00+07:00'),
    });

    const rules = unwrap(await t.core.call('settings.rules.get', {})) as {
      calendar: { holidays: unknown[] };
    };
    // Booked while Tuesday was a service day; the office then declared it a holiday.
    const tuesday = await desk.reserve('2026-11-24');
    rules.calendar.holidays = [{ date: '2026-11-24', name: 'Hari Guru (contoh)' }];
    unwrap(await desk.officerCall('settings.rules.update', rules));
    t.clock.set(at('2026-11-24T09:00:00+07:00'));
    expect(desk.scan(tuesday.token)).toMatchObject({
      kind: 'refused',
      reason: 'closed_holiday',
      holidayName: 'Hari Guru (contoh)',
    });
  });

  it('refuses on a weekend', async () => {
    // Booked while the space opened on Saturdays; it went back to Monday–Friday before the day came.
    const rules = unwrap(await t.core.call('settings.rules.get', {})) as { calendar: { openDays: number[] } };
    unwrap(
      await desk.officerCall('settings.rules.update', {
        ...rules,
        calendar: { ...rules.calendar, openDays: [1, 2, 3, 4, 5, 6] },
      }),
    );
    const { token } = await desk.reserve('2026-11-28');
    unwrap(await desk.officerCall('settings.rules.update', rules));
    t.clock.set(at('2026-11-28T09:00:00+07:00')); // Saturday
    expect(desk.scan(token)).toMatchObject({ kind: 'refused', reason: 'closed_weekend' });
  });

  it('refuses to book a closed day, a day past closing time, a day too far ahead, or one person twice a day', async () => {
    const refusal = async (day: string) => {
      const r = await desk.officerCall('reservations.create', {
        fullName: 'Wulan Sari',
        email: 'wulan@example.id',
        phone: '081234560000',
        day,
        deskNumber: null,
        consent: true,
      });
      return r.ok ? 'ok' : r.error.messageKey;
    };
    expect(await refusal('2026-11-28')).toBe('errors.reservation.dayClosed'); // Saturday
    expect(await refusal('2026-12-08')).toBe('errors.reservation.tooFarAhead'); // 15 days on
    expect(await refusal('2026-12-07')).toBe('ok'); // 14 days on
    expect(await refusal('2026-12-07')).toBe('errors.reservation.alreadyBooked');
    t.clock.set(at('2026-11-23T15:45:00+07:00'));
    expect(await refusal('2026-11-23')).toBe('errors.reservation.dayPast');
  });

  it('refuses when no desk is free, and the officer checks in by hand once one frees up', async () => {
    unwrap(
      await desk.officerCall('desks.replace', {
        items: [
          { number: 1, label: 'A' },
          { number: 2, label: 'B' },
        ],
      }),
    );
    const a = await desk.reserve('2026-11-23');
    const b = await desk.reserve('2026-11-23');
    desk.scan(a.token);
    unwrap(await desk.officerCall('desks.replace', { items: [{ number: 1, label: 'A' }] })); // desk 2 broke
    expect(desk.scan(b.token)).toMatchObject({ kind: 'refused', reason: 'no_free_desk' });
    const visitA = t.core.db.prepare('SELECT id FROM visits').pluck().get() as string;
    unwrap(await desk.officerCall('visits.confirmCheckout', { visitId: visitA, problems: [] }));
    const visitB = unwrap(
      await desk.officerCall<Visit>('visits.manualCheckIn', {
        reservationId: b.id,
        reason: 'Meja 1 sudah kosong',
      }),
    );
    expect(visitB.deskNumber).toBe(1);
  });
});

describe('the 7-hour limit, live', () => {
  let t: TestCore;
  let desk: DeskDay;
  let events: { event: string; payload: unknown }[];
  beforeEach(async () => {
    t = await makeTestCore(at('2026-11-23T07:30:00+07:00'));
    desk = new DeskDay(t.core);
    events = [];
    t.core.events.onAny((event, payload) => events.push({ event, payload }));
  });
  afterEach(() => t.core.close());

  it('warns at 30 and 10 minutes, then flags the overstay and leaves it open by default', async () => {
    const { token } = await desk.reserve('2026-11-23', 3);
    desk.scan(token); // ends 14:30
    const warnings = () =>
      events.filter((e) => e.event === 'visits.warning').map((e) => (e.payload as { level: string }).level);
    t.clock.set(at('2026-11-23T13:59:00+07:00'));
    t.core.monitor.tick();
    expect(warnings()).toEqual([]);
    t.clock.set(at('2026-11-23T14:00:00+07:00'));
    t.core.monitor.tick();
    t.core.monitor.tick();
    expect(warnings()).toEqual(['first_warning']);
    t.clock.set(at('2026-11-23T14:20:00+07:00'));
    t.core.monitor.tick();
    t.clock.set(at('2026-11-23T14:31:00+07:00'));
    t.core.monitor.tick();
    expect(warnings()).toEqual(['first_warning', 'final_warning', 'overstay']);
    const board = unwrap(await desk.officerCall<Board>('visits.board', {}));
    expect(board.desks.find((d) => d.number === 3)).toMatchObject({ state: 'overstay', warning: 'overstay' });
    expect(board.openVisits).toHaveLength(1);
  });

  it('closes the visit at its limit when the site chose automatic closing', async () => {
    const rules = unwrap(await t.core.call('settings.rules.get', {})) as Record<string, unknown>;
    unwrap(await desk.officerCall('settings.rules.update', { ...rules, autoCloseAtLimit: true }));
    const { token } = await desk.reserve('2026-11-23');
    desk.scan(token);
    t.clock.set(at('2026-11-23T14:30:00+07:00'));
    t.core.monitor.tick();
    const visit = t.core.db.prepare('SELECT status, close_kind FROM visits').get();
    expect(visit).toEqual({ status: 'closed', close_kind: 'auto_limit' });
  });

  it('refuses warnings in the wrong order instead of saving rules that would break every check-in', async () => {
    const rules = unwrap(await t.core.call('settings.rules.get', {})) as Record<string, unknown>;
    const r = await desk.officerCall('settings.rules.update', { ...rules, warningMinutes: [10, 30] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { warningMinutes: 'errors.settings.warningOrder' } },
    });
    const { token } = await desk.reserve('2026-11-23');
    expect(desk.scan(token)).toMatchObject({ kind: 'checked_in' });
  });

  it('marks reservations of a past day that never arrived as no-shows', async () => {
    const { id } = await desk.reserve('2026-11-23');
    t.clock.set(at('2026-11-24T07:00:00+07:00'));
    t.core.monitor.tick();
    expect(t.core.db.prepare('SELECT status FROM reservations WHERE id = ?').pluck().get(id)).toBe('no_show');
  });

  it("marks a week's no-shows a small batch per tick, so no tick holds the kiosk for long", async () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    for (const day of days) for (let i = 0; i < 12; i++) await desk.reserve(day);
    t.clock.set(at('2026-11-30T07:00:00+07:00'));
    const noShows = () =>
      t.core.db.prepare("SELECT count(*) FROM reservations WHERE status = 'no_show'").pluck().get();
    t.core.monitor.tick();
    expect(noShows()).toBe(50);
    t.core.monitor.tick();
    expect(noShows()).toBe(60);
    t.core.monitor.tick(); // nothing left: no empty command
    const commands = t.core.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'reservations.markNoShows'")
      .pluck()
      .get();
    expect(commands).toBe(2);
  });
});

describe('check-out with the desk-tidy confirmation (SOP 97 step 7)', () => {
  let t: TestCore;
  let desk: DeskDay;
  beforeEach(async () => {
    t = await makeTestCore();
    desk = new DeskDay(t.core);
  });
  afterEach(() => t.core.close());

  it('scan again → checklist → waits for the officer → closed with its real duration', async () => {
    const { token } = await desk.reserve('2026-11-23', 2, 'Dewi Lestari');
    desk.scan(token);
    const visitId = t.core.db.prepare('SELECT id FROM visits').pluck().get() as string;
    unwrap(await desk.officerCall('visits.assignLocker', { visitId, lockerNumber: 4, keyHandedOut: true }));
    t.clock.advance(150 * MIN);
    const out = desk.scan(token);
    expect(out).toMatchObject({
      kind: 'checkout_started',
      firstName: 'Dewi',
      deskNumber: 2,
      lockerNumber: 4,
      lockerKeyOut: true,
    });
    const ticket = out.kind === 'checkout_started' ? out.checkoutTicket : '';

    const incomplete = await t.core.call('scans.checkout', {
      checkoutTicket: ticket,
      checklist: { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: false },
    });
    expect(incomplete).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.checkout.checklistIncomplete' },
    });
    const done = await t.core.call('scans.checkout', {
      checkoutTicket: ticket,
      checklist: { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: true },
    });
    expect(done).toEqual({
      ok: true,
      value: { deskNumber: 2, firstName: 'Dewi', surveyToken: expect.any(String) },
    });
    // The survey is offered for this visit (issue 11): its one-time token goes to the server hashed.
    const surveyToken = (done as { value: { surveyToken: string } }).value.surveyToken;
    const issued = t.core.db
      .prepare("SELECT payload FROM outbox WHERE op_type = 'survey.tokenIssued'")
      .pluck()
      .all() as string[];
    expect(issued).toHaveLength(1);
    expect(JSON.parse(issued[0]!)).toMatchObject({ serviceId: 'coworking' });
    expect(issued[0]).not.toContain(surveyToken);
    t.clock.advance(1000 * 6);
    expect(desk.scan(token)).toMatchObject({ kind: 'refused', reason: 'awaiting_check', deskNumber: 2 });

    const board = unwrap(await desk.officerCall<Board>('visits.board', {}));
    expect(board.desks.find((d) => d.number === 2)?.state).toBe('awaiting_check');
    t.clock.advance(3 * MIN);
    const closed = unwrap(
      await desk.officerCall<Visit>('visits.confirmCheckout', {
        visitId,
        problems: ['missing_item'],
        note: 'Kabel HDMI tidak kembali',
      }),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      closeKind: 'problem',
      problems: ['missing_item'],
      officerNote: 'Kabel HDMI tidak kembali',
    });
    expect(closed.closedAt! - closed.startedAt).toBe(153 * MIN + 6000);
    expect(t.core.db.prepare('SELECT status FROM reservations WHERE token = ?').pluck().get(token)).toBe(
      'completed',
    );
    // The desk and the locker are free again.
    const after = unwrap(await desk.officerCall<Board>('visits.board', {}));
    expect(after.desks.find((d) => d.number === 2)?.state).toBe('free');
    expect(after.lockers.find((l) => l.number === 4)?.visitId).toBeNull();
    // The finished reservation cannot start a second stay.
    t.clock.advance(MIN);
    expect(desk.scan(token)).toMatchObject({ kind: 'refused', reason: 'already_completed' });
  });

  it('"Selesai" then scan checks out even right after arriving', async () => {
    const { token } = await desk.reserve('2026-11-23');
    desk.scan(token);
    t.clock.advance(10_000);
    await t.core.call('scans.expectCheckout', {});
    expect(desk.scan(token)).toMatchObject({ kind: 'checkout_started' });
  });

  it('a forged or expired checkout ticket changes nothing', async () => {
    const r = await t.core.call('scans.checkout', {
      checkoutTicket: 'forged',
      checklist: { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: true },
    });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'errors.checkout.ticketExpired' } });
  });

  it('closes a visitor who left without checking out, with the reason audited', async () => {
    const { token } = await desk.reserve('2026-11-23');
    desk.scan(token);
    const visitId = t.core.db.prepare('SELECT id FROM visits').pluck().get() as string;
    const noReason = await desk.officerCall('visits.closeWithoutCheckout', { visitId, reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation' } });
    unwrap(
      await desk.officerCall('visits.closeWithoutCheckout', {
        visitId,
        reason: 'Pulang tanpa lapor, meja rapi',
      }),
    );
    const audit = t.core.db
      .prepare("SELECT actor, device_id FROM audit_log WHERE action = 'visits.closeWithoutCheckout'")
      .get() as { actor: string; device_id: string };
    // The row names the officer who did it and the kiosk it was done on.
    expect(audit).toEqual({ actor: `officer:${t.admin!.id}`, device_id: t.core.deps.deviceId });
    expect(t.core.db.prepare('SELECT close_kind, officer_note FROM visits').get()).toEqual({
      close_kind: 'left_without_checkout',
      officer_note: 'Pulang tanpa lapor, meja rapi',
    });
  });
});

describe('officer fallback and reservations', () => {
  let t: TestCore;
  let desk: DeskDay;
  beforeEach(async () => {
    t = await makeTestCore();
    desk = new DeskDay(t.core);
  });
  afterEach(() => t.core.close());

  it('finds a reservation by hand and checks it in with a reason, at a chosen desk', async () => {
    const { id } = await desk.reserve('2026-11-23', null, 'Agus Salim');
    const list = unwrap(
      await desk.officerCall<{ items: { id: string }[] }>('reservations.list', { query: 'agus' }),
    );
    expect(list.items.map((i) => i.id)).toEqual([id]);
    const visit = unwrap(
      await desk.officerCall<Visit>('visits.manualCheckIn', {
        reservationId: id,
        reason: 'QR di HP rusak',
        deskNumber: 7,
      }),
    );
    expect(visit).toMatchObject({ deskNumber: 7, checkInMethod: 'manual', status: 'open' });
    expect(
      t.core.db.prepare("SELECT details FROM audit_log WHERE action = 'visits.manualCheckIn'").pluck().get(),
    ).toContain('QR di HP rusak');
  });

  it('refuses a manual check-in that breaks the rules with a typed message, not an internal error', async () => {
    const { id } = await desk.reserve('2026-11-25');
    const r = await desk.officerCall('visits.manualCheckIn', { reservationId: id, reason: 'Coba manual' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'rule', messageKey: 'errors.visit.checkInRefused', params: { reason: 'wrong_day' } },
    });
  });

  it('finds past visits by the phone number as the visitor says it', async () => {
    const res = await desk.reserve('2026-11-23', null, 'Hana Lestari');
    desk.scan(res.token);
    const phone = t.core.db
      .prepare('SELECT phone_e164 FROM visitors WHERE full_name = ?')
      .pluck()
      .get('Hana Lestari') as string;
    const spoken = `0${phone.slice(3, 6)} ${phone.slice(6, 10)}`; // +62812… said as "0812 …"
    const found = unwrap(await desk.officerCall<{ items: Visit[] }>('visits.history', { query: spoken }));
    expect(found.items.map((v) => v.fullName)).toEqual(['Hana Lestari']);
  });

  it('cannot reserve a day beyond the number of desks, nor one desk twice', async () => {
    unwrap(
      await desk.officerCall('desks.replace', {
        items: [
          { number: 1, label: 'A' },
          { number: 2, label: 'B' },
        ],
      }),
    );
    await desk.reserve('2026-11-26', 1);
    const twice = await desk.officerCall('reservations.create', {
      fullName: 'Dua Kali',
      email: 'dua@example.id',
      phone: '081200000002',
      day: '2026-11-26',
      deskNumber: 1,
      consent: true,
    });
    expect(twice).toMatchObject({ ok: false, error: { messageKey: 'errors.reservation.deskReserved' } });
    await desk.reserve('2026-11-26');
    const full = await desk.officerCall('reservations.create', {
      fullName: 'Tiga Orang',
      email: 'tiga@example.id',
      phone: '081200000003',
      day: '2026-11-26',
      deskNumber: null,
      consent: true,
    });
    expect(full).toMatchObject({ ok: false, error: { messageKey: 'errors.reservation.dayFull' } });
  });

  it('moves a visitor to another desk and hands out only free lockers', async () => {
    const a = await desk.reserve('2026-11-23', 1);
    const b = await desk.reserve('2026-11-23', 2);
    desk.scan(a.token);
    desk.scan(b.token);
    const [va, vb] = t.core.db
      .prepare('SELECT id FROM visits ORDER BY desk_number')
      .pluck()
      .all() as string[];
    unwrap(
      await desk.officerCall('visits.assignLocker', { visitId: va, lockerNumber: 1, keyHandedOut: true }),
    );
    expect(
      await desk.officerCall('visits.assignLocker', { visitId: vb, lockerNumber: 1, keyHandedOut: true }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.visit.lockerTaken' },
    });
    expect(await desk.officerCall('visits.changeDesk', { visitId: vb, deskNumber: 1 })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.visit.deskTaken' },
    });
    expect(
      unwrap(await desk.officerCall<Visit>('visits.changeDesk', { visitId: vb, deskNumber: 9 })).deskNumber,
    ).toBe(9);
  });
});
