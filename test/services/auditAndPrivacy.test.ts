// The audit log names who did each thing, on which kiosk, to whose data; a visitor's data can be
// exported and erased, and the retention job anonymises what is past its time (issue 8).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { makeTestCore, TEST_ADMIN, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';
import { retentionStep } from '../../electron/services/visitors/visitorData';

const DAY_MS = 86_400_000;
let t: TestCore;
let desk: DeskDay;
beforeEach(async () => {
  t = await makeTestCore();
  desk = new DeskDay(t.core);
});
afterEach(() => t.core.close());

const rows = (sql: string, ...params: unknown[]) =>
  t.core.db.prepare(sql).all(...params) as Record<string, unknown>[];
const officerCall = <T>(method: string, input: unknown) => desk.officerCall<T>(method, input).then(unwrap);

describe('the audit log', () => {
  it('writes a read of personal data once per screen opened, not per refetch', async () => {
    await desk.reserve('2026-11-23', null, 'Budi Santoso');
    for (let i = 0; i < 5; i++) await officerCall('visits.board', {});
    expect(rows("SELECT actor FROM audit_log WHERE action = 'read:visits.board'")).toHaveLength(1);
    await officerCall('reservations.list', { query: 'Budi' });
    await officerCall('reservations.list', { query: 'Budi' });
    await officerCall('reservations.list', { query: 'Siti' });
    const lists = rows("SELECT details FROM audit_log WHERE action = 'read:reservations.list'");
    expect(lists).toHaveLength(2);
    // The search itself is on record, not the name that was typed.
    expect(JSON.stringify(lists)).not.toContain('Budi');
    t.clock.advance(11 * 60_000);
    await officerCall('visits.board', {});
    expect(rows("SELECT actor FROM audit_log WHERE action = 'read:visits.board'")).toHaveLength(2);
  });

  it("records an officer's actions that change no record, with the visitor they concern", async () => {
    const { id } = await desk.reserve('2026-11-23', null, 'Budi Santoso');
    await officerCall('reservations.ticket', { id });
    const [row] = rows(
      "SELECT actor, device_id, visitor_id, entity_id FROM audit_log WHERE action = 'reservations.ticket'",
    );
    const visitor = t.core.db.prepare('SELECT visitor_id FROM reservations WHERE id = ?').pluck().get(id);
    expect(row).toEqual({
      actor: `officer:${t.admin!.id}`,
      device_id: t.core.deps.deviceId,
      visitor_id: visitor,
      entity_id: id,
    });
  });

  it('lists who did what, filtered by officer, action, visitor and day, with the officer named', async () => {
    await t.core.call('officer.unlock', { officerId: t.admin!.id, pin: '000000' });
    const { id } = await desk.reserve('2026-11-23', null, 'Budi Santoso');
    await officerCall('reservations.ticket', { id });
    const visitor = t.core.db
      .prepare('SELECT visitor_id FROM reservations WHERE id = ?')
      .pluck()
      .get(id) as string;
    type Entry = { action: string; actorName: string | null; visitorId: string | null };
    const all = (await officerCall<{ items: Entry[] }>('audit.list', {})).items;
    expect(all.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'officer.signInFailed',
        'reservations.create',
        'reservations.ticket',
        'setup.complete',
      ]),
    );
    expect(all.find((e) => e.action === 'reservations.create')?.actorName).toBe(TEST_ADMIN.fullName);
    const failed = (await officerCall<{ items: Entry[] }>('audit.list', { action: 'officer.signInFailed' }))
      .items;
    expect(failed).toHaveLength(1);
    const byVisitor = (await officerCall<{ items: Entry[] }>('audit.list', { visitorId: visitor })).items;
    expect(byVisitor.map((e) => e.action)).toEqual(['reservations.ticket']);
    const mine = (
      await officerCall<{ items: Entry[] }>('audit.list', {
        officerId: t.admin!.id,
        from: '2026-11-23',
        to: '2026-11-23',
      })
    ).items;
    expect(mine.length).toBeGreaterThan(2);
    expect((await officerCall<{ items: Entry[] }>('audit.list', { from: '2026-11-24' })).items).toEqual([]);
  });

  it('exports CSV that a spreadsheet cannot run as a formula', async () => {
    unwrap(
      await t.core.call(
        'officers.create',
        {
          fullName: '=HYPERLINK("http://evil.example","klik")',
          nip: null,
          position: null,
          roles: ['petugas'],
          pin: '11223344',
        },
        { session: t.admin!.session },
      ),
    );
    const evil = (
      unwrap(await t.core.call('officers.signInList', {})) as { items: { id: string; fullName: string }[] }
    ).items.find((o) => o.fullName.startsWith('='))!;
    await t.core.call('officer.unlock', { officerId: evil.id, pin: '11223344' });
    const { csv, rows: count } = await officerCall<{ csv: string; rows: number }>('audit.exportCsv', {});
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed.length).toBe(count + 1);
    const cells = parsed.flat();
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    // The export itself is on record.
    expect(rows("SELECT count(*) AS n FROM audit_log WHERE action = 'audit.exportCsv'")[0]).toEqual({ n: 1 });
  });
});

describe("a visitor's data", () => {
  async function budi() {
    const { id } = await desk.reserve('2026-11-23', null, 'Budi Santoso');
    desk.scan(t.core.db.prepare('SELECT token FROM reservations WHERE id = ?').pluck().get(id) as string);
    return t.core.db.prepare('SELECT visitor_id FROM reservations WHERE id = ?').pluck().get(id) as string;
  }

  it('is exported for them as JSON and CSV, the export on record', async () => {
    const visitorId = await budi();
    const found = await officerCall<{ items: { id: string }[] }>('visitors.search', { query: 'budi' });
    expect(found.items.map((v) => v.id)).toEqual([visitorId]);
    const json = await officerCall<{ content: string; mime: string }>('visitors.export', {
      visitorId,
      format: 'json',
    });
    expect(json.mime).toBe('application/json');
    expect(JSON.parse(json.content)).toMatchObject({
      visitor: { fullName: 'Budi Santoso' },
      reservations: [{ day: '2026-11-23' }],
    });
    const csv = await officerCall<{ content: string }>('visitors.export', { visitorId, format: 'csv' });
    expect(csv.content).toContain('Budi Santoso');
    expect(rows("SELECT visitor_id FROM audit_log WHERE action = 'read:visitors.export'")).toEqual([
      { visitor_id: visitorId },
      { visitor_id: visitorId },
    ]);
  });

  it('is erased on request: name, e-mail and phone gone everywhere, the counts kept', async () => {
    const visitorId = await budi();
    const before = await officerCall<{ today: { reserved: number; arrived: number } }>('visits.board', {});
    const erased = await officerCall<{ fullName: string; erasedAt: number | null }>('visitors.erase', {
      visitorId,
      reason: 'Permintaan pengunjung lewat surel',
    });
    expect(erased).toMatchObject({ fullName: '', erasedAt: t.clock.now() });
    const everywhere = JSON.stringify([
      rows('SELECT * FROM visitors'),
      rows('SELECT * FROM reservations'),
      rows('SELECT * FROM visits'),
      rows("SELECT payload FROM outbox WHERE op_type <> 'reservation.created' OR pushed_at IS NULL"),
    ]);
    for (const trace of ['Budi', 'budi', '0812']) expect(everywhere).not.toContain(trace);
    const after = await officerCall<{ today: { reserved: number; arrived: number } }>('visits.board', {});
    expect(after.today).toEqual(before.today);
    expect(rows("SELECT op_type FROM outbox WHERE op_type = 'visitor.erased'")).toHaveLength(1);
    expect(await desk.officerCall('visitors.erase', { visitorId, reason: 'Lagi sekali' })).toMatchObject({
      error: { messageKey: 'errors.visitor.alreadyErased' },
    });
  });

  it('is anonymised by the retention job once its last reservation is a retention period old', async () => {
    const visitorId = await budi();
    unwrap(await desk.officerCall('settings.privacy.update', { retentionDays: 30 }));
    t.clock.advance(29 * DAY_MS);
    t.core.retention.tick();
    expect(rows('SELECT erased_at FROM visitors WHERE id = ?', visitorId)).toEqual([{ erased_at: null }]);
    t.clock.advance(2 * DAY_MS);
    t.core.retention.tick();
    expect(rows('SELECT full_name, erased_at FROM visitors WHERE id = ?', visitorId)).toEqual([
      { full_name: '', erased_at: t.clock.now() },
    ]);
    expect(rows("SELECT actor, details FROM audit_log WHERE action = 'visitors.erase'")[0]).toMatchObject({
      actor: 'system',
    });
  });

  it("also blanks guests' and complainants' contacts past the period, in the same daily job", async () => {
    unwrap(await desk.officerCall('settings.privacy.update', { retentionDays: 30 }));
    unwrap(
      await t.core.call('guestbook.register', {
        requestKey: 'retention-guest',
        phone: '0812 7000 0001',
        identity: { kind: 'typed', fullName: 'Hendra Gunawan', institution: 'Bappeda' },
        purpose: { kind: 'service', serviceId: 'data' },
        meet: null,
        withLetter: false,
        consent: true,
      }),
    );
    unwrap(
      await t.core.call('complaints.file', {
        requestKey: 'retention-complaint',
        serviceId: 'coworking',
        text: 'AC di ruang coworking mati sejak pagi.',
        contact: { name: 'Siti Aminah', email: 'siti.aminah@contoh.id', phone: '0812 3456 7890' },
        consent: true,
        lang: 'id',
      }),
    );
    t.clock.advance(29 * DAY_MS);
    t.core.retention.tick();
    const traces = () =>
      JSON.stringify([rows('SELECT * FROM guests'), rows('SELECT * FROM complaints')]).match(
        /Hendra|Siti|siti\.aminah|6281[0-9]+/g,
      );
    expect(traces()).not.toBeNull();
    t.clock.advance(2 * DAY_MS);
    t.core.retention.tick();
    expect(traces()).toBeNull();
    expect(
      rows("SELECT op_type FROM outbox WHERE op_type IN ('guest.anonymised', 'complaint.contactErased')"),
    ).toEqual([{ op_type: 'guest.anonymised' }, { op_type: 'complaint.contactErased' }]);
  });

  it('works through years of visitors in small steps, keeping those who came back', async () => {
    // 30 visitors who came in November (ten a day: the room has twelve desks); a few come back in February.
    const people = [];
    for (let i = 0; i < 30; i++)
      people.push(await desk.reserve(`2026-11-2${3 + (i % 3)}`, null, `Tamu ${i} Lama`));
    t.clock.advance(80 * DAY_MS); // Wednesday 11 February 2027
    const returning = people.filter((_, i) => i % 4 === 1);
    for (const { id } of returning) {
      const visitor = rows('SELECT visitor_id FROM reservations WHERE id = ?', id)[0]!.visitor_id;
      const { email, phone_e164 } = rows('SELECT email, phone_e164 FROM visitors WHERE id = ?', visitor)[0]!;
      unwrap(
        await desk.officerCall('reservations.create', {
          fullName: 'Tamu Kembali',
          email,
          phone: phone_e164,
          day: '2027-02-11',
          consent: true,
        }),
      );
    }
    unwrap(await desk.officerCall('settings.privacy.update', { retentionDays: 60 }));

    const steps: number[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const step = retentionStep(t.core.deps, '2027-02-11', 60, after, { window: 8, batch: 5 });
      steps.push(step.erased);
      after = step.next;
    }
    expect(Math.max(...steps)).toBeLessThanOrEqual(5);
    expect(steps.reduce((a, b) => a + b, 0)).toBe(30 - returning.length);
    expect(rows("SELECT count(*) AS n FROM visitors WHERE erased_at IS NULL AND full_name <> ''")).toEqual([
      { n: returning.length },
    ]);
    // A second walk finds nothing left to do.
    expect(retentionStep(t.core.deps, '2027-02-11', 60, 0, { window: 100, batch: 5 })).toEqual({
      erased: 0,
      next: null,
    });
  });
});
