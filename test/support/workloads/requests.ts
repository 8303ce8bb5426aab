// The requests in the sync workloads: the desk-day (every operation type: the settings changed, a
// room loan filed, passed down its chain, scheduled, prepared, attended by scanning its QR, reported
// on with a letter; an application accepted into the RKA and another rejected), the fault harness's
// action (kiosks filing, disposing, scheduling and scanning the same requests offline) and its
// checker (nothing lost or made up, every kiosk's requests as the server's, a room never given twice).
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import type { RequestSummary } from '../../../shared/contract';
import { attendanceQrText } from '../../../shared/requests/attendanceCode';
import { defaultRequestSettings } from '../../../shared/requests/requestSettings';
import type { RequestRecord } from '../../../shared/requests/requestRecord';
import { addDays, isoWeekdayOf, localDay, localDayRange } from '../../../shared/rules/siteCalendar';
import { unwrap, type DeskDay } from '../deskDay';
import type { KioskView } from '../syncChecker';
import { eraseExpiredRequestContacts } from '../../../electron/services/requests/requestCommands';
import { readRequestSettings } from '../../../electron/services/requests/requestSettingsStore';
import type { DomainWorkload } from './index';

const ZONE = 'Asia/Pontianak';

/** The first weekday at least `ahead` days after today. */
function weekdayAhead(now: number, ahead: number): string {
  let day = addDays(localDay(now, ZONE), ahead);
  while (isoWeekdayOf(day) > 5) day = addDays(day, 1);
  return day;
}

const LETTER = { number: '000.1/77/DISKOMINFO/2026', date: null, via: 'srikandi' as const };

/** A small complete PDF, as a scanned letter would be (the kiosk checks the type by content). */
const LETTER_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

/** The letter uploaded at the desk: its reference for the intake. */
async function uploadLetter(desk: DeskDay, name = 'surat-permohonan.pdf') {
  return unwrap(
    await desk.officerCall<Record<string, unknown>>('requests.upload', { name, contentBase64: LETTER_PDF }),
  );
}

function roomIntake(
  day: string,
  start: string,
  end: string,
  office: string,
  file: Record<string, unknown>,
  typeId = 'visit',
) {
  return {
    typeId,
    office,
    contactName: 'Sari Wulandari',
    contactPhone: '081234567890',
    contactEmail: 'sari@contoh.go.id',
    subject: 'Kunjungan studi tiru layanan Pontive Center',
    letter: { ...LETTER, date: addDays(day, -7), file },
    event: {
      roomId: 'pontive',
      day,
      start,
      end,
      participants: 20,
      layout: 'Kelas',
      equipment: ['Proyektor'],
    },
    noBuffet: true,
  };
}

function applicationIntake(office: string, file: Record<string, unknown>) {
  return {
    typeId: 'application',
    office,
    contactName: 'Budi Hartono',
    contactPhone: '081298765432',
    subject: 'Permohonan pengembangan aplikasi antrean puskesmas',
    letter: { ...LETTER, date: '2026-11-20', file },
  };
}

/** Every step of the request's chain, recorded by the signed-in administrator (who holds every position). */
async function passChain(desk: DeskDay, id: string): Promise<void> {
  for (;;) {
    const detail = unwrap(await desk.officerCall<{ mayAct: string | null }>('requests.get', { id }));
    if (!detail.mayAct) return;
    unwrap(
      await desk.officerCall('requests.act', { id, stepId: detail.mayAct, note: 'Untuk ditindaklanjuti.' }),
    );
  }
}

/** JSON with sorted keys: PostgreSQL's jsonb keeps keys in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const key = () => `wk-${Math.random().toString(36).slice(2, 12)}`;

export const requestsWorkload: DomainWorkload = {
  async deskDay(desk, core, clock) {
    unwrap(
      await desk.officerCall('requests.settings.update', {
        ...defaultRequestSettings,
        numbering: { ...defaultRequestSettings.numbering, unit: 'AI-B' },
      }),
    );
    const day = weekdayAhead(clock.now(), 2);
    const loan = unwrap(
      await desk.officerCall<RequestSummary>('requests.file', {
        intake: roomIntake(
          day,
          '09:00',
          '11:00',
          'Dinas Pendidikan Kota Pontianak',
          await uploadLetter(desk),
        ),
        requestKey: key(),
      }),
    );
    await passChain(desk, loan.id);
    unwrap(
      await desk.officerCall('requests.schedule', {
        id: loan.id,
        slot: loan.slot,
        note: 'Sesuai permohonan.',
      }),
    );
    unwrap(
      await desk.officerCall('requests.task', {
        id: loan.id,
        task: 'room_ready',
        note: 'Materi sudah disalin.',
      }),
    );
    unwrap(
      await desk.officerCall('requests.task', {
        id: loan.id,
        task: 'operator',
        operatorName: 'Andi Pratama',
      }),
    );
    unwrap(await desk.officerCall('requests.issueLetter', { id: loan.id, kind: 'schedule_notice' }));
    // The day of the event: two participants scan the notice's QR at the kiosk.
    clock.set(localDayRange(day, ZONE).start + 8.5 * 3_600_000);
    const { attendanceToken } = unwrap(
      await desk.officerCall<{ record: RequestRecord }>('requests.get', { id: loan.id }),
    ).record;
    for (let i = 0; i < 2; i++) {
      const scanned = desk.scan(attendanceQrText(attendanceToken));
      if (scanned.kind !== 'event_attendance' || scanned.result !== 'counted')
        throw new Error(`requests desk-day: attendance refused (${JSON.stringify(scanned)})`);
    }
    clock.advance(3 * 3_600_000);
    unwrap(await desk.officerCall('requests.report', { id: loan.id, summary: 'Kunjungan berjalan lancar.' }));

    const accepted = unwrap(
      await desk.officerCall<RequestSummary>('requests.file', {
        intake: applicationIntake('Dinas Kesehatan Kota Pontianak', await uploadLetter(desk)),
        requestKey: key(),
      }),
    );
    await passChain(desk, accepted.id);
    unwrap(
      await desk.officerCall('requests.decide', {
        id: accepted.id,
        outcome: 'accepted',
        analysis: 'Sesuai rencana strategis.',
        discussion: 'Dibahas bersama tim Dinkes.',
        rkaYear: Number(day.slice(0, 4)) + 1,
      }),
    );
    const refused = unwrap(
      await desk.officerCall<RequestSummary>('requests.file', {
        intake: applicationIntake(
          'Kecamatan Pontianak Kota',
          await uploadLetter(desk, 'surat kecamatan.pdf'),
        ),
        requestKey: key(),
      }),
    );
    unwrap(
      await desk.officerCall('requests.decide', {
        id: refused.id,
        outcome: 'rejected',
        reason: 'Sudah tersedia aplikasi serupa di tingkat provinsi.',
      }),
    );
    unwrap(await desk.officerCall('requests.issueLetter', { id: refused.id, kind: 'reply_rejected' }));
    // A year and more later the retention job erases the requesters' contacts (UU 27/2022).
    clock.advance(400 * 86_400_000);
    const world = () => ({
      db: core.db,
      settings: readRequestSettings(core.db),
      calendar: core.rules.get().calendar,
      now: clock.now(),
    });
    if (eraseExpiredRequestContacts(core.deps, world, 365, 50) < 3)
      throw new Error('requests desk-day: the retention job erased fewer contacts than requests filed');
  },

  async faultAction(desk, core, n) {
    // Kiosks file requests for the same room and days, pass their chains, schedule them and scan
    // their QRs, offline and online: refusals are expected (another kiosk got there first); the
    // checker judges the end state.
    const day = weekdayAhead(core.deps.clock.now(), 2 + (n % 2));
    const list = await desk.officerCall<{ items: RequestSummary[] }>('requests.list', { limit: 20 });
    const open = list.ok
      ? list.value.items.filter((r) => ['received', 'in_chain', 'in_process'].includes(r.status))
      : [];
    if (n % 4 === 0 || open.length === 0) {
      const hour = 8 + (n % 3) * 2;
      const hh = String(hour).padStart(2, '0');
      const letter = await desk.officerCall<Record<string, unknown>>('requests.upload', {
        name: `surat-${n}.pdf`,
        contentBase64: LETTER_PDF,
      });
      if (!letter.ok) return;
      await desk.officerCall('requests.file', {
        intake: roomIntake(
          day,
          `${hh}:00`,
          `${String(hour + 1).padStart(2, '0')}:00`,
          `Kantor nomor ${n}`,
          letter.value,
        ),
        requestKey: key(),
      });
      return;
    }
    const target = open[n % open.length]!;
    if (target.status !== 'in_process') {
      const detail = await desk.officerCall<{ mayAct: string | null }>('requests.get', { id: target.id });
      if (detail.ok && detail.value.mayAct)
        await desk.officerCall('requests.act', {
          id: target.id,
          stepId: detail.value.mayAct,
          note: `Disposisi ${n}`,
        });
      return;
    }
    if (target.slot)
      await desk.officerCall('requests.schedule', { id: target.id, slot: target.slot, note: `Jadwal ${n}` });
  },

  async check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]) {
    const v: string[] = [];
    const records = await db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'request')
      .orderBy('entity_id')
      .execute();
    const server = new Map(records.map((r) => [r.entity_id, r.data as RequestRecord]));
    const filed = new Set<string>();
    for (const k of kiosks)
      for (const id of k.db
        .prepare("SELECT entity_id FROM outbox WHERE op_type = 'request.filed'")
        .pluck()
        .all() as string[])
        filed.add(id);
    for (const id of filed)
      if (!server.has(id)) v.push(`request ${id} filed at a kiosk but absent on the server (lost)`);
    for (const id of server.keys())
      if (!filed.has(id)) v.push(`request ${id} on the server that nobody filed (unexpected)`);
    // A step or task recorded twice would be a double.
    for (const [id, r] of server) {
      if (new Set(r.steps.map((s) => s.stepId)).size !== r.steps.length)
        v.push(`request ${id}: a chain step recorded twice (duplicated)`);
      if (new Set(r.tasks.map((t) => t.task)).size !== r.tasks.length)
        v.push(`request ${id}: a task recorded twice (duplicated)`);
    }
    // A room is never given twice: no two scheduled requests of one room overlap (event times; the
    // setting up and clearing around them too, by the default types' minutes).
    const scheduled = [...server.values()].filter(
      (r) => r.schedule && (!r.decision || r.decision.outcome === 'accepted'),
    );
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    const typeOf = (id: string) => defaultRequestSettings.types.find((t) => t.id === id);
    for (let i = 0; i < scheduled.length; i++)
      for (let j = i + 1; j < scheduled.length; j++) {
        const a = scheduled[i]!;
        const b = scheduled[j]!;
        const sa = a.schedule!.slot;
        const sb = b.schedule!.slot;
        if (sa.roomId !== sb.roomId || sa.day !== sb.day) continue;
        const ta = typeOf(a.intake.typeId);
        const tb = typeOf(b.intake.typeId);
        const aStart = minutes(sa.start) - (ta?.setupMinutes ?? 0);
        const aEnd = minutes(sa.end) + (ta?.clearMinutes ?? 0);
        const bStart = minutes(sb.start) - (tb?.setupMinutes ?? 0);
        const bEnd = minutes(sb.end) + (tb?.clearMinutes ?? 0);
        if (aStart < bEnd && bStart < aEnd)
          v.push(`room ${sa.roomId} on ${sa.day} given twice: ${a.id} and ${b.id} (duplicated)`);
      }
    // Every kiosk holds the server's requests as the server decided them.
    for (const k of kiosks) {
      const rows = k.db.prepare('SELECT id, record FROM requests').all() as { id: string; record: string }[];
      const mine = new Map(rows.map((r) => [r.id, JSON.parse(r.record) as RequestRecord]));
      for (const [id, r] of server) {
        const here = mine.get(id);
        if (!here) v.push(`kiosk ${k.deviceId}: request ${id} missing`);
        else if (canonical(here) !== canonical(r))
          v.push(`kiosk ${k.deviceId}: request ${id} differs from the server's`);
      }
      const attendance = k.db.prepare('SELECT count(*) FROM request_attendance').pluck().get() as number;
      const onServer = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('site_id', '=', siteId)
        .where('entity_type', '=', 'requestAttendance')
        .executeTakeFirstOrThrow();
      if (attendance !== Number(onServer.n))
        v.push(`kiosk ${k.deviceId}: ${attendance} attendance rows, the server ${onServer.n}`);
    }
    return v;
  },
};
