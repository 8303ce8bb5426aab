// The guest book (service standard no. 15) on the real kiosk core: a guest registers at the kiosk
// (public), an officer with 'guests.serve' sees the queue against the 35-minute standard, serves and
// closes; every command leaves its audit row and sync operation; the slip masks the name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuestEntry, MethodOutput } from '../../shared/contract';
import type { ReceiptDoc } from '../../shared/receipt';
import { guestRetentionStep } from '../../electron/services/guestbook/guestRetention';
import { surveySlotId } from '../../electron/services/survey/surveyTokens';
import { DeskDay, unwrap } from '../support/deskDay';
import { guestbookWorkload } from '../support/workloads/guestbook';
import { makeTestCore, type TestCore } from '../support/testCore';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

type Registered = MethodOutput<'guestbook.register'>;
type Queue = MethodOutput<'guestbook.queue'>;

const form = (requestKey: string, over: Record<string, unknown> = {}) => ({
  requestKey,
  phone: '0812 3456 7890',
  identity: { kind: 'typed', fullName: 'Budi Santoso', institution: 'Dinas Pendidikan Kota Pontianak' },
  purpose: { kind: 'service', serviceId: 'hosting-domain' },
  meet: 'Kasi Aplikasi',
  withLetter: true,
  consent: true,
  ...over,
});

describe('guest book at the kiosk and the desk', () => {
  let t: TestCore;
  let desk: DeskDay;
  beforeEach(async () => {
    t = await makeTestCore(at('2026-11-23T09:00:00+07:00'));
    desk = new DeskDay(t.core);
  });
  afterEach(() => t.core.close());

  const register = async (key: string, over: Record<string, unknown> = {}) =>
    unwrap(await t.core.call('guestbook.register', form(key, over))) as Registered;
  const queue = async () => unwrap(await desk.officerCall('guestbook.queue', {})) as Queue;
  const rows = (sql: string, ...params: unknown[]) => t.core.db.prepare(sql).all(...params);

  it('registers a guest with a queue number, an audit row without personal data and one outbox operation', async () => {
    const r = await register('guest-key-0001');
    expect(r).toMatchObject({
      queueNumber: expect.stringMatching(/^[A-Z]{1,2}-001$/),
      day: '2026-11-23',
      maskedName: 'Budi S****',
      purpose: { serviceId: 'hosting-domain', other: null },
      waitingAhead: 0,
      standardMinutes: 35,
      slip: 'off', // slips are on by default, but this kiosk has no printer: nothing is promised
    });
    expect(
      rows(
        "SELECT actor, action, entity, entity_id, details FROM audit_log WHERE action = 'guestbook.register'",
      ),
    ).toEqual([
      {
        actor: 'kiosk',
        action: 'guestbook.register',
        entity: 'guest',
        entity_id: r.id,
        details: JSON.stringify({
          day: '2026-11-23',
          queueNumber: r.queueNumber,
          purpose: 'hosting-domain',
          returning: false,
        }),
      },
    ]);
    const ops = rows(
      "SELECT op_type, entity_type, entity_id, payload FROM outbox WHERE op_type LIKE 'guest.%'",
    ) as {
      payload: string;
    }[];
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ op_type: 'guest.registered', entity_type: 'guest', entity_id: r.id });
    expect(JSON.parse(ops[0]!.payload)).toMatchObject({
      fullName: 'Budi Santoso',
      institution: 'Dinas Pendidikan Kota Pontianak',
      phone: '+6281234567890',
      withLetter: true,
      meet: 'Kasi Aplikasi',
      queueSeq: 1,
      registeredAt: at('2026-11-23T09:00:00+07:00'),
    });
  });

  it("numbers the day 001, 002, 003 with this kiosk's letter and starts again the next day", async () => {
    unwrap(await desk.officerCall('guestbook.settings.update', { queuePrefix: 'B', printSlip: false }));
    const a = await register('guest-key-0001');
    const b = await register('guest-key-0002', { phone: '0813 1111 2222' });
    const c = await register('guest-key-0003', { phone: '0813 1111 3333' });
    expect([a, b, c].map((g) => g.queueNumber)).toEqual(['B-001', 'B-002', 'B-003']);
    expect(c.waitingAhead).toBe(2);
    expect(c.slip).toBe('off');
    t.clock.set(at('2026-11-24T08:00:00+07:00'));
    expect((await register('guest-key-0004')).queueNumber).toBe('B-001');
  });

  it('answers a double tap or a retried request with the same entry, not a second one', async () => {
    const a = await register('guest-key-0001');
    const again = await register('guest-key-0001');
    expect(again).toMatchObject({ id: a.id, queueNumber: a.queueNumber });
    expect(t.core.db.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(1);
    expect(
      t.core.db.prepare("SELECT count(*) FROM outbox WHERE op_type = 'guest.registered'").pluck().get(),
    ).toBe(1);
  });

  it('continues after the highest number another kiosk gave with the same letter', async () => {
    unwrap(await desk.officerCall('guestbook.settings.update', { queuePrefix: 'C', printSlip: false }));
    // Pulled from another kiosk sharing the letter: C-007 already exists today.
    t.core.db
      .prepare(
        `INSERT INTO guests (id, day, queue_prefix, queue_seq, queue_number, full_name, phone_e164, purpose_service,
           with_letter, consent_version, registered_at) VALUES ('other', '2026-11-23', 'C', 7, 'C-007', 'X Y', '+6281200000000', 'data', 0, 'v', 0)`,
      )
      .run();
    expect((await register('guest-key-0001')).queueNumber).toBe('C-008');
  });

  it.each([
    [
      'an empty name',
      { identity: { kind: 'typed', fullName: '  ', institution: null } },
      'identity.fullName',
      'errors.field.nameRequired',
    ],
    [
      'a name of 5 000 letters',
      { identity: { kind: 'typed', fullName: 'A'.repeat(5000), institution: null } },
      'identity.fullName',
      'errors.field.nameTooLong',
    ],
    [
      'an institution too long',
      { identity: { kind: 'typed', fullName: 'Budi S', institution: 'D'.repeat(121) } },
      'identity.institution',
      'errors.guestbook.institutionTooLong',
    ],
    ['no phone', { phone: '' }, 'phone', 'errors.field.phoneRequired'],
    ['a phone that is not one', { phone: '12ab' }, 'phone', 'errors.field.phoneInvalid'],
    [
      'an unknown service',
      { purpose: { kind: 'service', serviceId: 'pizza' } },
      'purpose.serviceId',
      'errors.field.invalid',
    ],
    [
      '"other" with no words',
      { purpose: { kind: 'other', text: ' \u200b ' } },
      'purpose.text',
      'errors.guestbook.purposeOtherRequired',
    ],
    ['whom to meet too long', { meet: 'x'.repeat(101) }, 'meet', 'errors.guestbook.meetTooLong'],
    ['no consent', { consent: false }, 'consent', 'errors.field.consentRequired'],
  ])("refuses %s with the field's own message and writes nothing", async (_what, over, field, key) => {
    const r = await t.core.call('guestbook.register', form('guest-key-0001', over));
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { [field]: key } } });
    expect(t.core.db.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(0);
    expect(t.core.db.prepare("SELECT count(*) FROM outbox WHERE op_type LIKE 'guest.%'").pluck().get()).toBe(
      0,
    );
  });

  it('keeps hostile markup and emoji as plain text, invisible characters removed', async () => {
    const r = await register('guest-key-0001', {
      identity: {
        kind: 'typed',
        fullName: '<script>alert(1)</script> 😀\u202eRina',
        institution: '<b>Kantor</b> 🏛️',
      },
      purpose: { kind: 'other', text: 'Tanya <img src=x onerror=alert(1)> 🙏' },
    });
    const entry = unwrap(await desk.officerCall('guestbook.list', { day: '2026-11-23' })) as {
      items: GuestEntry[];
    };
    expect(entry.items[0]).toMatchObject({
      id: r.id,
      fullName: '<script>alert(1)</script> 😀 Rina',
      institution: '<b>Kantor</b> 🏛️',
      purpose: { serviceId: null, other: 'Tanya <img src=x onerror=alert(1)> 🙏' },
    });
    expect(r.maskedName).toBe('<script>alert(1)</script> 😀****');
  });

  it('answers six phone lookups a minute at a kiosk, so nobody learns who came by trying numbers', async () => {
    await register('guest-key-0001');
    for (let i = 0; i < 6; i++)
      expect(unwrap(await t.core.call('guestbook.lookup', { phone: '0812 3456 7890' }))).toMatchObject({
        found: true,
      });
    expect(await t.core.call('guestbook.lookup', { phone: '0812 3456 7890' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.guestbook.tooManyLookups' },
    });
    t.clock.advance(MIN);
    expect(unwrap(await t.core.call('guestbook.lookup', { phone: '0812 3456 7890' }))).toMatchObject({
      found: true,
    });
  });

  it('finds a returning guest by phone, shows only masked data, and takes their name over on "Ya, saya"', async () => {
    expect(unwrap(await t.core.call('guestbook.lookup', { phone: '0812 3456 7890' }))).toEqual({
      found: false,
      maskedName: null,
      maskedInstitution: null,
    });
    await register('guest-key-0001');
    const look = unwrap(await t.core.call('guestbook.lookup', { phone: '+62 812-3456-7890' }));
    expect(look).toEqual({ found: true, maskedName: 'Budi S****', maskedInstitution: 'Dinas P****' });
    expect(JSON.stringify(look)).not.toMatch(/Santoso|Pendidikan/);
    t.clock.advance(2 * 24 * 60 * MIN);
    const again = await register('guest-key-0002', { identity: { kind: 'previous' } });
    const list = unwrap(await desk.officerCall('guestbook.list', { month: '2026-11' })) as {
      items: GuestEntry[];
    };
    expect(list.items.find((g) => g.id === again.id)).toMatchObject({
      fullName: 'Budi Santoso',
      institution: 'Dinas Pendidikan Kota Pontianak',
      returning: true,
    });
    // Another phone has no previous entry to take over.
    expect(
      await t.core.call(
        'guestbook.register',
        form('guest-key-0003', { phone: '0813 9999 0000', identity: { kind: 'previous' } }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors.guestbook.previousNotFound' },
    });
  });

  it('keeps the queue for officers only', async () => {
    expect(await t.core.call('guestbook.queue', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await t.core.call('guestbook.list', { day: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await t.core.call('guestbook.serve', { id: 'x', outcome: 'served' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it("shows the time waited against the 35-minute standard, warning from minute 25, on the core's clock", async () => {
    const g = await register('guest-key-0001');
    const level = async () => (await queue()).waiting.find((x) => x.id === g.id)!;
    expect(await level()).toMatchObject({ waitedMinutes: 0, waitLevel: 'ok' });
    t.clock.advance(24 * MIN + 59_000);
    expect(await level()).toMatchObject({ waitedMinutes: 24, waitLevel: 'ok' });
    t.clock.advance(1000);
    expect(await level()).toMatchObject({ waitedMinutes: 25, waitLevel: 'soon' });
    t.clock.advance(10 * MIN);
    expect(await level()).toMatchObject({ waitedMinutes: 35, waitLevel: 'over' });
    const q = await queue();
    expect(q).toMatchObject({ now: t.clock.now(), standardMinutes: 35, warnMinutes: 25, day: '2026-11-23' });
  });

  it('serves, then closes: the wait stops at serving, each step audited and sent, forward only', async () => {
    const g = await register('guest-key-0001');
    t.clock.advance(12 * MIN);
    const served = unwrap(
      await desk.officerCall('guestbook.serve', {
        id: g.id,
        outcome: 'directed',
        note: 'Ke Bidang Aptika, lantai 2',
      }),
    ) as GuestEntry;
    expect(served).toMatchObject({
      status: 'served',
      outcome: 'directed',
      waitedMinutes: 12,
      servedBy: 'Rina Petugas',
    });
    t.clock.advance(30 * MIN);
    expect((await queue()).serving[0]).toMatchObject({ id: g.id, waitedMinutes: 12, waitLevel: 'ok' });
    expect(await desk.officerCall('guestbook.serve', { id: g.id, outcome: 'served' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.guestbook.alreadyServed' },
    });
    const closed = unwrap(
      await desk.officerCall('guestbook.close', { id: g.id, kind: 'done' }),
    ) as GuestEntry;
    expect(closed).toMatchObject({ status: 'closed', closeKind: 'done' });
    expect(await desk.officerCall('guestbook.close', { id: g.id, kind: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.guestbook.alreadyClosed' },
    });
    const q = await queue();
    expect([...q.waiting, ...q.serving]).toEqual([]);
    expect(q.today).toMatchObject({ registered: 1, closed: 1, served: 1, withinStandard: 1, left: 0 });
    const officer = `officer:${t.admin!.id}`;
    expect(
      rows("SELECT actor, action FROM audit_log WHERE entity = 'guest' ORDER BY id").map((r) => r),
    ).toEqual([
      { actor: 'kiosk', action: 'guestbook.register' },
      { actor: officer, action: 'guestbook.serve' },
      { actor: officer, action: 'guestbook.close' },
    ]);
    const ops = rows("SELECT op_type, payload FROM outbox WHERE op_type LIKE 'guest.%' ORDER BY seq") as {
      op_type: string;
      payload: string;
    }[];
    expect(ops.map((o) => o.op_type)).toEqual(['guest.registered', 'guest.served', 'guest.closed']);
    expect(JSON.parse(ops[1]!.payload)).toMatchObject({
      outcome: 'directed',
      servedBy: t.admin!.id,
      note: 'Ke Bidang Aptika, lantai 2',
    });
  });

  it('refuses to close as done before serving, needs a place for a directed guest, and closes a guest who left', async () => {
    const g = await register('guest-key-0001');
    expect(await desk.officerCall('guestbook.close', { id: g.id, kind: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'rule', messageKey: 'errors.guestbook.serveFirst' },
    });
    expect(
      await desk.officerCall('guestbook.serve', { id: g.id, outcome: 'directed', note: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { note: 'errors.guestbook.directedWhere' } },
    });
    const left = unwrap(await desk.officerCall('guestbook.close', { id: g.id, kind: 'left' })) as GuestEntry;
    expect(left).toMatchObject({ status: 'closed', closeKind: 'left', outcome: null });
    expect(await desk.officerCall('guestbook.serve', { id: g.id, outcome: 'served' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.guestbook.alreadyClosed' },
    });
    expect(await desk.officerCall('guestbook.serve', { id: 'nobody', outcome: 'served' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('serves and closes in one step, with both operations', async () => {
    const g = await register('guest-key-0001');
    const done = unwrap(
      await desk.officerCall('guestbook.serve', { id: g.id, outcome: 'served', closeNow: true }),
    ) as GuestEntry;
    expect(done).toMatchObject({ status: 'closed', outcome: 'served', closeKind: 'done' });
    expect(
      rows("SELECT op_type FROM outbox WHERE op_type LIKE 'guest.%' ORDER BY seq").map(
        (r) => (r as { op_type: string }).op_type,
      ),
    ).toEqual(['guest.registered', 'guest.served', 'guest.closed']);
  });

  it('audits reading the guest lists as a read of personal data, once per screen opened', async () => {
    await register('guest-key-0001');
    await desk.officerCall('guestbook.list', { day: '2026-11-23' });
    await desk.officerCall('guestbook.list', { day: '2026-11-23' });
    await desk.officerCall('guestbook.list', { month: '2026-11' });
    await desk.officerCall('guestbook.queue', {});
    expect(
      rows("SELECT action, entity_id FROM audit_log WHERE action LIKE 'read:guestbook.%' ORDER BY id"),
    ).toEqual([
      { action: 'read:guestbook.list', entity_id: '2026-11-23' },
      { action: 'read:guestbook.list', entity_id: '-' },
      { action: 'read:guestbook.queue', entity_id: '-' },
    ]);
  });

  it('lists a month, counting who was served within the standard', async () => {
    const a = await register('guest-key-0001');
    const b = await register('guest-key-0002', { phone: '0813 1111 2222' });
    t.clock.advance(40 * MIN);
    unwrap(await desk.officerCall('guestbook.serve', { id: a.id, outcome: 'served', closeNow: true }));
    t.clock.set(at('2026-12-01T09:00:00+07:00'));
    await register('guest-key-0003', { phone: '0813 1111 3333' });
    const nov = unwrap(
      await desk.officerCall('guestbook.list', { month: '2026-11' }),
    ) as MethodOutput<'guestbook.list'>;
    expect(nov.items.map((g) => g.id)).toEqual([a.id, b.id]);
    expect(nov.counts).toMatchObject({ registered: 2, served: 1, withinStandard: 0, waiting: 1 });
    expect(await desk.officerCall('guestbook.list', { month: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('prints the slip with the queue number, the masked name and the purpose when a printer is set up', async () => {
    unwrap(
      await desk.officerCall('printers.configure', {
        items: [
          {
            id: 'front',
            label: 'Printer depan',
            kind: 'tcp',
            host: '127.0.0.1',
            port: 9,
            model: 'epson-tm-t20iii',
            paperWidth: 58,
          },
        ],
        defaultPrinterId: 'front',
        autoCheckInSlip: false,
      }),
    );
    const g = await register('guest-key-0001', { lang: 'en' });
    expect(g.slip).toBe('printing');
    const job = t.core.db.prepare("SELECT id, kind FROM print_jobs WHERE kind = 'guestSlip'").get() as {
      id: string;
    };
    const { doc } = unwrap(await desk.officerCall('printJobs.preview', { id: job.id })) as {
      doc: ReceiptDoc;
    };
    const texts = doc.blocks.flatMap((b) =>
      b.kind === 'text' ? [b.text] : b.kind === 'keyValue' ? b.rows.flat() : [],
    );
    expect(doc.width).toBe(58);
    expect(texts).toEqual(
      expect.arrayContaining([g.queueNumber, 'Budi S****', 'Hosting and domains', 'GUEST BOOK']),
    );
    expect(texts.join(' ')).not.toMatch(/Santoso|7890/);
    expect(doc.blocks.find((b) => b.kind === 'text' && b.text === g.queueNumber)).toMatchObject({ size: 2 });
    // Not joined to a central server, the kiosk has no portal for the survey: no QR on the slip. The
    // entry still has its one-time survey token (the survey domain counts the guests it was offered to).
    expect(doc.blocks.some((b) => b.kind === 'qr')).toBe(false);
    expect(
      rows('SELECT service_id FROM survey_tokens WHERE response_id = ?', surveySlotId('guest', g.id)),
    ).toEqual([{ service_id: 'hosting-domain' }]);
    // Switched off by the setting: no job.
    unwrap(await desk.officerCall('guestbook.settings.update', { queuePrefix: 'A', printSlip: false }));
    expect((await register('guest-key-0002', { phone: '0813 1111 2222' })).slip).toBe('off');
    expect(t.core.db.prepare("SELECT count(*) FROM print_jobs WHERE kind = 'guestSlip'").pluck().get()).toBe(
      1,
    );
  });

  it('lets only an admin change the letter, and only to a letter that reads clearly', async () => {
    expect(
      await desk.officerCall('guestbook.settings.update', { queuePrefix: 'O', printSlip: true }),
    ).toMatchObject({
      ok: false,
      error: { fields: { queuePrefix: 'errors.guestbook.prefixInvalid' } },
    });
    const s = unwrap(
      await desk.officerCall('guestbook.settings.update', { queuePrefix: 'KB', printSlip: true }),
    );
    expect(s).toMatchObject({
      queuePrefix: 'KB',
      printSlip: true,
      defaultPrefix: expect.stringMatching(/^[A-Z]$/),
    });
    expect(rows("SELECT count(*) AS n FROM outbox WHERE op_type LIKE 'guest%'")).toEqual([{ n: 0 }]);
  });

  it('erases a guest on request: name, phone and free text gone here and in what waits to be sent', async () => {
    const g = await register('guest-key-0001', { purpose: { kind: 'other', text: 'Urusan pribadi Budi' } });
    unwrap(
      await desk.officerCall('guestbook.serve', { id: g.id, outcome: 'served', note: 'Budi minta nomor' }),
    );
    const erased = unwrap(
      await desk.officerCall('guestbook.erase', { id: g.id, reason: 'Permintaan tamu' }),
    ) as GuestEntry;
    expect(erased).toMatchObject({
      fullName: '',
      phone: null,
      serviceNote: null,
      anonymised: true,
      purpose: { other: '' },
    });
    const payloads = (
      rows("SELECT payload FROM outbox WHERE op_type LIKE 'guest.%'") as { payload: string }[]
    )
      .map((r) => r.payload)
      .join('\n');
    expect(payloads).not.toMatch(/Budi|7890/);
    expect(await desk.officerCall('guestbook.erase', { id: g.id, reason: 'Lagi' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.guestbook.alreadyErased' },
    });
    expect(unwrap(await t.core.call('guestbook.lookup', { phone: '0812 3456 7890' }))).toMatchObject({
      found: false,
    });
  });

  it('anonymises entries past the retention period in small steps, keeping their counts', async () => {
    for (let i = 0; i < 3; i++) await register(`guest-key-000${i}`, { phone: `0813 1111 222${i}` });
    t.clock.set(at('2027-11-23T09:00:00+07:00'));
    const fresh = await register('guest-key-0009');
    expect(guestRetentionStep(t.core.deps, '2027-11-23', 365, { batch: 2 })).toBe(0); // exactly 365 days: kept
    expect(guestRetentionStep(t.core.deps, '2027-11-24', 365, { batch: 2 })).toBe(2);
    expect(guestRetentionStep(t.core.deps, '2027-11-24', 365, { batch: 2 })).toBe(1);
    expect(guestRetentionStep(t.core.deps, '2027-11-24', 365, { batch: 2 })).toBe(0);
    expect(rows('SELECT full_name, phone_e164, purpose_service FROM guests WHERE id <> ?', fresh.id)).toEqual(
      Array(3).fill({ full_name: '', phone_e164: null, purpose_service: 'hosting-domain' }),
    );
    expect(rows("SELECT actor, action FROM audit_log WHERE action = 'guestbook.anonymise'")).toHaveLength(3);
    expect(
      t.core.db.prepare("SELECT count(*) FROM outbox WHERE op_type = 'guest.anonymised'").pluck().get(),
    ).toBe(3);
    const list = unwrap(
      await desk.officerCall('guestbook.list', { month: '2026-11' }),
    ) as MethodOutput<'guestbook.list'>;
    expect(list.counts.registered).toBe(3);
  });

  it('gives the fault harness an action that registers, serves and closes guests without failing', async () => {
    for (let n = 0; n < 12; n++) await guestbookWorkload.faultAction(desk, t.core, n);
    const statuses = rows('SELECT status, count(*) AS n FROM guests GROUP BY status ORDER BY status') as {
      status: string;
      n: number;
    }[];
    expect(statuses.reduce((a, r) => a + r.n, 0)).toBeGreaterThanOrEqual(4);
    expect(statuses.map((r) => r.status)).toContain('closed');
    const ops = rows("SELECT DISTINCT op_type FROM outbox WHERE op_type LIKE 'guest.%' ORDER BY op_type");
    expect(ops).toEqual([
      { op_type: 'guest.closed' },
      { op_type: 'guest.registered' },
      { op_type: 'guest.served' },
    ]);
  });
});
