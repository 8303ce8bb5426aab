// A front-desk day that makes every kind of sync operation the kiosk can write, through the real
// core's public API, as its users would: walk-ins and officer reservations, scans, lockers, desk
// moves, check-outs, cancellations, settings, and a no-show marked the next morning. The operation
// registry test runs it to prove every operation type is written and matches its schema; the sync
// fault harness (central-side issue) replays it across kiosks under faults.
import type { ManualClock } from '../../shared/clock';
import type { KioskCore } from '../../electron/services/core/kioskCore';
import { DeskDay, unwrap } from './deskDay';
import { domainWorkloads } from './workloads';

const MIN = 60_000;

export async function runDeskDayWorkload(core: KioskCore, clock: ManualClock): Promise<void> {
  const desk = new DeskDay(core);
  const day = '2026-11-23';

  // The officer sets the site up: real desks and lockers, and the rules.
  unwrap(
    await desk.officerCall('desks.replace', {
      items: [1, 2, 3, 4, 5].map((n) => ({ number: n, label: `Meja ${n}` })),
    }),
  );
  unwrap(await desk.officerCall('lockers.replace', { items: [{ number: 1, label: 'Loker A' }] }));
  const rules = unwrap(await core.call('settings.rules.get', {})) as Record<string, unknown>;
  unwrap(await desk.officerCall('settings.rules.update', { ...rules, maxStayMinutes: 360 }));

  // Reservations: by the officer (one moved, one cancelled, one never comes) and a walk-in.
  const budi = await desk.reserve(day, 2, 'Budi Santoso');
  const siti = await desk.reserve(day, null, 'Siti Aminah');
  const moved = await desk.reserve('2026-11-24', null, 'Rina Wati');
  unwrap(await desk.officerCall('reservations.update', { id: moved.id, day: '2026-11-25', deskNumber: 4 }));
  const cancelled = await desk.reserve(day, null, 'Dedi Kurnia');
  unwrap(await desk.officerCall('reservations.cancel', { id: cancelled.id, reason: 'Batal lewat telepon' }));
  await desk.reserve(day, null, 'Tidak Datang');
  const walkIn = unwrap(
    await core.call('reservations.createWalkIn', {
      requestKey: 'workload-walk-in-1',
      fullName: 'Agus Salim',
      email: 'agus@example.id',
      phone: '0813 2222 3333',
      consent: true,
    }),
  ) as { reservationId: string; token: string };

  // Check-ins: two scans and one by hand; a locker, a desk move.
  desk.scan(budi.token);
  desk.scan(walkIn.token);
  const manual = unwrap(
    await desk.officerCall('visits.manualCheckIn', {
      reservationId: siti.id,
      reason: 'HP tertinggal',
      deskNumber: null,
    }),
  ) as { id: string };
  unwrap(
    await desk.officerCall('visits.assignLocker', {
      visitId: manual.id,
      lockerNumber: 1,
      keyHandedOut: true,
    }),
  );
  unwrap(await desk.officerCall('visits.changeDesk', { visitId: manual.id, deskNumber: 5 }));

  // Check-outs: Budi's checklist and the officer's desk check; Siti leaves without checking out.
  clock.advance(3 * 60 * MIN);
  const checkout = desk.scan(budi.token);
  if (checkout.kind !== 'checkout_started') throw new Error(`expected a check-out, got ${checkout.kind}`);
  const budiVisit = unwrap(
    await core.call('scans.checkout', {
      checkoutTicket: checkout.checkoutTicket,
      checklist: { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: false },
    }),
  );
  void budiVisit;
  const board = unwrap(await desk.officerCall('visits.board', {})) as {
    openVisits: { id: string; reservationId: string }[];
  };
  const budiOpen = board.openVisits.find((v) => v.reservationId === budi.id)!;
  unwrap(await desk.officerCall('visits.confirmCheckout', { visitId: budiOpen.id, problems: [] }));
  unwrap(
    await desk.officerCall('visits.closeWithoutCheckout', {
      visitId: manual.id,
      reason: 'Pulang tanpa lapor',
    }),
  );

  // The next morning the monitor marks the visitor who never came as a no-show.
  clock.advance(24 * 60 * MIN);
  core.monitor.tick();

  // The admin's day: a new officer, a role and position, the idle lock, retention, the letterhead.
  unwrap(
    await desk.officerCall('roles.save', {
      id: 'resepsionis',
      name: 'Resepsionis',
      kind: 'role',
      permissions: ['reservations.read', 'visits.read'],
    }),
  );
  const officer = unwrap(
    await desk.officerCall('officers.create', {
      fullName: 'Dewi Lestari',
      nip: null,
      position: 'operator',
      roles: ['petugas'],
      pin: '24680135',
    }),
  ) as { id: string };
  unwrap(
    await desk.officerCall('officers.update', {
      id: officer.id,
      fullName: 'Dewi Lestari',
      nip: '199001012020122001',
      position: 'operator',
      roles: ['petugas', 'resepsionis'],
    }),
  );
  unwrap(await desk.officerCall('officers.resetPin', { id: officer.id, pin: '97531086' }));
  unwrap(await desk.officerCall('officers.setActive', { id: officer.id, active: false }));
  unwrap(await desk.officerCall('settings.security.update', { idleLockMinutes: 5 }));
  unwrap(await desk.officerCall('settings.privacy.update', { retentionDays: 730 }));
  unwrap(
    await desk.officerCall('settings.houseRules.update', {
      items: [{ id: 'Jaga kebersihan meja.', en: 'Keep your desk clean.' }],
    }),
  );
  unwrap(
    await desk.officerCall('settings.documents.update', {
      governmentLine: 'PEMERINTAH KOTA PONTIANAK',
      officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      unitLines: ['BIDANG TKPBET'],
      city: 'Pontianak',
      preparerTitle: 'Admin Coworking Space',
      reviewerTitle: 'Kepala Seksi PK&AI',
      receiverTitle: 'Kepala Bidang TKPBET',
    }),
  );
  // The officer draws the room: the first desks by the window, the door and the service desk.
  unwrap(
    await desk.officerCall('floorPlan.save', {
      columns: 16,
      rows: 10,
      desks: [
        { number: 1, x: 1, y: 1, w: 2, h: 1 },
        { number: 2, x: 3, y: 1, w: 2, h: 1 },
      ],
      landmarks: [
        { kind: 'window', label: null, x: 0, y: 0, w: 16, h: 1 },
        { kind: 'entrance', label: 'Pintu utama', x: 0, y: 8, w: 2, h: 2 },
      ],
    }),
  );
  const site = unwrap(await core.call('site.get', {})) as Record<string, unknown>;
  unwrap(
    await desk.officerCall('site.update', {
      ...site,
      letterhead: ['Jl. Rahadi Usman No. 3', 'Telp. (0561) 733041'],
    }),
  );

  // A visitor asks for their data to be erased (UU 27/2022).
  unwrap(
    await desk.officerCall('visitors.erase', {
      visitorId: cancelledVisitor(core, cancelled.id),
      reason: 'Permintaan pengunjung',
    }),
  );

  // The visitor services (guest book, service standards, survey, complaints): their own days.
  for (const workload of Object.values(domainWorkloads)) await workload.deskDay(desk, core, clock);
}

const cancelledVisitor = (core: KioskCore, reservationId: string) =>
  core.db.prepare('SELECT visitor_id FROM reservations WHERE id = ?').pluck().get(reservationId) as string;
