// Complaints on the real kiosk core (SQLite, the dispatcher's access checks, runCommand): filing at the
// kiosk with and without a contact, hostile and oversize input, the ticket number and its check
// character, the officer's assign → answer → close order, audit rows and outbox operations, the
// audited read of a contact, the quarter counts and the retention of contacts.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseExpiredComplaintContacts } from '../../electron/services/complaints/complaintCommands';
import { complaintCountsByQuarter } from '../../electron/services/complaints/complaintQueries';
import { complaintSecretHash } from '../../electron/services/complaints/complaintSecret';
import type { ComplaintDetail, ComplaintRow } from '../../shared/contract';
import {
  complaintCheckChar,
  formatComplaintTicket,
  parseComplaintCode,
  parseComplaintTicket,
} from '../../shared/complaints/ticketNumber';
import type { Result } from '../../shared/result';
import { startFakeTcpPrinter } from '../fakes/printers';
import { decodeEscPos } from '../support/escposDecoder';
import { DeskDay } from '../support/deskDay';
import { makeTestCore, type TestCore } from '../support/testCore';

const filing = (requestKey: string, over: Record<string, unknown> = {}) => ({
  requestKey,
  serviceId: 'coworking',
  text: 'Wi-Fi di ruang coworking terputus terus sejak pukul 10.00.',
  contact: null,
  consent: false,
  lang: 'id',
  ...over,
});
const contact = { name: 'Siti Aminah', email: 'Siti.Aminah@Contoh.id', phone: '0812 3456 7890' };

/** Refused as invalid input, with this message key under this field (what the form shows). */
function refusedWith(r: Result<unknown>, field: string): string | undefined {
  return !r.ok && r.error.code === 'validation' ? r.error.fields?.[field] : undefined;
}

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('the ticket number', () => {
  it('is ADU-XXXX-XXXX-C over Crockford base32 and parses back from what a visitor types', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const ticket = formatComplaintTicket(bytes);
        expect(ticket).toMatch(/^ADU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
        expect(parseComplaintTicket(ticket)).toEqual({ ok: true, ticket });
        const typed = ` ${ticket.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
        expect(parseComplaintTicket(typed)).toEqual({ ok: true, ticket });
      }),
    );
  });

  it('catches every single wrong character and every swap of two different neighbours but 0/Z', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 31 }),
        (bytes, pos, shift) => {
          const ticket = formatComplaintTicket(bytes);
          const chars = ticket.replace(/-/g, '').slice(3).split('');
          const wrong = [...chars];
          wrong[pos] = alphabet[(alphabet.indexOf(chars[pos]!) + shift) % 32]!;
          expect(parseComplaintTicket(`ADU${wrong.join('')}`)).toEqual({ ok: false, reason: 'check' });
          if (pos < 8 && chars[pos] !== chars[pos + 1]) {
            const pair = [chars[pos], chars[pos + 1]].sort().join('');
            const swapped = [...chars];
            [swapped[pos], swapped[pos + 1]] = [chars[pos + 1]!, chars[pos]!];
            if (pair !== '0Z') expect(parseComplaintTicket(`ADU${swapped.join('')}`).ok).toBe(false);
          }
        },
      ),
    );
  });

  it('knows a worked example and refuses what is not a ticket', () => {
    // Luhn mod 32 on "00000001": the check character is computed by hand as 32 - 2 = 30 → 'Y'.
    expect(complaintCheckChar('00000001')).toBe('Y');
    expect(parseComplaintTicket('ADU-0000-0001-Y')).toEqual({ ok: true, ticket: 'ADU-0000-0001-Y' });
    for (const bad of [
      '',
      'ADU',
      'ADU-0000-0001',
      'XYZ-0000-0001-Y',
      'ADU-0000-0001-YY',
      'ADU-ıııı-0001-Y',
      42,
    ])
      expect(parseComplaintTicket(bad).ok).toBe(false);
    expect(parseComplaintCode('4f7km 2q9xz')).toBe('4F7KM-2Q9XZ');
    expect(parseComplaintCode('4F7KM-2Q9X')).toBeNull();
    expect(parseComplaintCode('<script>')).toBeNull();
  });
});

describe('a complaint at the kiosk', () => {
  let t: TestCore;
  let desk: DeskDay;
  beforeEach(async () => {
    t = await makeTestCore();
    desk = new DeskDay(t.core);
  });
  afterEach(() => t.core.close());
  // The officer at the desk, signing in again after the desk locked itself as the clock moved on.
  const officer = (method: string, input: unknown) => desk.officerCall(method, input);
  const rows = (sql: string, ...params: unknown[]) => t.core.db.prepare(sql).all(...params);

  it('files an anonymous complaint with a ticket, an access code whose hash alone is kept, an audit row and one operation', async () => {
    const filed = value<{
      id: string;
      ticket: string;
      code: string;
      statusUrl: string | null;
      emailMasked: string | null;
    }>(await t.core.call('complaints.file', filing('complaint-key-0001')));
    expect(parseComplaintTicket(filed.ticket)).toEqual({ ok: true, ticket: filed.ticket });
    expect(parseComplaintCode(filed.code)).toBe(filed.code);
    // Not joined to a server yet: no status link, and no e-mail to mask.
    expect(filed.statusUrl).toBeNull();
    expect(filed.emailMasked).toBeNull();
    const [row] = rows('SELECT * FROM complaints') as Record<string, unknown>[];
    expect(row).toMatchObject({
      ticket: filed.ticket,
      secret_hash: complaintSecretHash(filed.ticket, filed.code),
      status: 'new',
      channel: 'kiosk',
      contact_name: '',
      contact_email: '',
      contact_phone: '',
      consent_version: null,
    });
    expect(JSON.stringify(row)).not.toContain(filed.code);
    expect(
      rows("SELECT actor, entity, entity_id, details FROM audit_log WHERE action = 'complaints.file'"),
    ).toEqual([
      {
        actor: 'kiosk',
        entity: 'complaint',
        entity_id: filed.id,
        details: JSON.stringify({ ticket: filed.ticket, serviceId: 'coworking', anonymous: true }),
      },
    ]);
    const ops = rows(
      "SELECT op_type, entity_type, entity_id, payload FROM outbox WHERE op_type LIKE 'complaint.%'",
    ) as {
      payload: string;
    }[];
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      op_type: 'complaint.filed',
      entity_type: 'complaint',
      entity_id: filed.id,
    });
    expect(ops[0]!.payload).not.toContain(filed.code);
    expect(JSON.parse(ops[0]!.payload)).toMatchObject({ contact: null, channel: 'kiosk' });
  });

  it('keeps a contact only with consent, normalised, and masks the e-mail on the answer', async () => {
    const cases = [
      [filing('complaint-key-0002', { contact }), 'consent', 'errors.complaints.consentRequired'],
      [
        filing('complaint-key-0003', { contact: { name: 'Budi' }, consent: true }),
        'contact.email',
        'errors.complaints.contactNeeded',
      ],
      [
        filing('complaint-key-0004', { contact: { phone: '0812' }, consent: true }),
        'contact.phone',
        'errors.complaints.phoneInvalid',
      ],
      [
        filing('complaint-key-0005', { contact: { email: 'siti@' }, consent: true }),
        'contact.email',
        'errors.complaints.emailInvalid',
      ],
    ] as const;
    for (const [input, field, key] of cases) {
      expect(refusedWith(await t.core.call('complaints.file', input), field)).toBe(key);
    }
    const filed = value<{ emailMasked: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0006', { contact, consent: true })),
    );
    expect(filed.emailMasked).toBe('s***@contoh.id');
    expect(
      rows('SELECT contact_name, contact_email, contact_phone, consent_version FROM complaints'),
    ).toEqual([
      {
        contact_name: 'Siti Aminah',
        contact_email: 'siti.aminah@contoh.id',
        contact_phone: '+6281234567890',
        consent_version: expect.any(String),
      },
    ]);
    // Refused filings left nothing behind: one complaint, one operation.
    expect(rows("SELECT count(*) AS n FROM outbox WHERE op_type = 'complaint.filed'")).toEqual([{ n: 1 }]);
  });

  it('answers empty, oversize and unknown-service input with its own message and keeps hostile text as text', async () => {
    const cases = [
      [filing('complaint-key-0010', { text: '   \u200B ' }), 'text', 'errors.complaints.textRequired'],
      [filing('complaint-key-0011', { text: 'AC mati' }), 'text', 'errors.complaints.textTooShort'],
      [filing('complaint-key-0012', { text: 'x'.repeat(2001) }), 'text', 'errors.complaints.textTooLong'],
      [
        filing('complaint-key-0013', { text: 'x'.repeat(1_000_000) }),
        'text',
        'errors.complaints.textTooLong',
      ],
      [filing('complaint-key-0014', { serviceId: 'spa' }), 'serviceId', 'errors.complaints.serviceInvalid'],
    ] as const;
    for (const [input, field, key] of cases) {
      expect(refusedWith(await t.core.call('complaints.file', input), field)).toBe(key);
    }
    expect(t.core.db.prepare('SELECT count(*) FROM complaints').pluck().get()).toBe(0);
    const hostile = '<script>alert(1)</script> Petugas 😡🙏 tidak ada di meja\u202E, "quote" & \'apos\'';
    const filed = value<{ id: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0015', { text: hostile, serviceId: null })),
    );
    const detail = value<ComplaintDetail>(await officer('complaints.get', { id: filed.id }));
    expect(detail.text).toBe('<script>alert(1)</script> Petugas 😡🙏 tidak ada di meja , "quote" & \'apos\'');
    expect(detail.serviceId).toBeNull();
    // Exactly 2000 characters after normalising is accepted.
    expect(
      (await t.core.call('complaints.file', filing('complaint-key-0016', { text: 'y'.repeat(2000) }))).ok,
    ).toBe(true);
  });

  it('files once for a repeated request key, with the same ticket and code', async () => {
    const a = value<{ id: string; ticket: string; code: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0020')),
    );
    const b = value<{ id: string; ticket: string; code: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0020')),
    );
    expect(b).toMatchObject({ id: a.id, ticket: a.ticket, code: a.code });
    expect(rows('SELECT count(*) AS n FROM complaints')).toEqual([{ n: 1 }]);
  });

  it('is never reached by a visitor through an officer method', async () => {
    const filed = value<{ id: string }>(await t.core.call('complaints.file', filing('complaint-key-0030')));
    for (const [method, input] of [
      ['complaints.list', {}],
      ['complaints.get', { id: filed.id }],
      ['complaints.assign', { id: filed.id, officerId: t.admin!.id }],
      ['complaints.answer', { id: filed.id, answer: 'Sudah diperbaiki.' }],
      ['complaints.close', { id: filed.id, note: 'x'.repeat(5) }],
      ['complaints.quarterCounts', { year: 2026 }],
    ] as const)
      expect(await t.core.call(method, input)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('goes new → assigned → answered → closed in that order only, with timestamps, audit rows and operations', async () => {
    const filed = value<{ id: string; ticket: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0040', { contact, consent: true })),
    );
    const id = filed.id;
    // Not answered before someone handles it; not closed unanswered without a note.
    expect(await officer('complaints.answer', { id, answer: 'Sudah diperbaiki.' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.complaints.notAssigned' },
    });
    expect(await officer('complaints.close', { id, note: null })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.complaints.closeNeedsNote' },
    });
    expect(await officer('complaints.assign', { id, officerId: 'nobody' })).toMatchObject({
      ok: false,
      error: { fields: { officerId: 'errors.complaints.officerUnknown' } },
    });
    t.clock.advance(60_000);
    const assigned = value<ComplaintRow>(await officer('complaints.assign', { id, officerId: t.admin!.id }));
    expect(assigned).toMatchObject({
      status: 'assigned',
      assignedTo: t.admin!.id,
      assignedName: 'Rina Petugas',
    });
    expect(assigned.assignedAt).toBe(t.clock.now());
    t.clock.advance(60_000);
    const answered = value<ComplaintRow>(
      await officer('complaints.answer', { id, answer: 'Router sudah diganti. <b>Terima kasih</b> 🙏' }),
    );
    expect(answered).toMatchObject({
      status: 'answered',
      answeredByName: 'Rina Petugas',
      answeredAt: t.clock.now(),
    });
    expect((await officer('complaints.linkLapor', { id, laporId: 'abc' })).ok).toBe(false);
    expect(
      value<ComplaintRow>(await officer('complaints.linkLapor', { id, laporId: ' 3021456 ' })).laporId,
    ).toBe('3021456');
    t.clock.advance(60_000);
    const closed = value<ComplaintRow>(await officer('complaints.close', { id, note: null }));
    expect(closed).toMatchObject({ status: 'closed', closedAt: t.clock.now() });
    // Closed is final: no new answer, no reassignment; a LAPOR! number can still be noted.
    expect(await officer('complaints.answer', { id, answer: 'Lagi.' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.complaints.closed', params: { ticket: filed.ticket } },
    });
    expect((await officer('complaints.assign', { id, officerId: t.admin!.id })).ok).toBe(false);
    expect((await officer('complaints.linkLapor', { id, laporId: '3021457' })).ok).toBe(true);

    const actor = `officer:${t.admin!.id}`;
    expect(
      rows(
        "SELECT actor, action FROM audit_log WHERE entity = 'complaint' AND action NOT LIKE 'read:%' ORDER BY id",
      ),
    ).toEqual([
      { actor: 'kiosk', action: 'complaints.file' },
      { actor, action: 'complaints.assign' },
      { actor, action: 'complaints.answer' },
      { actor, action: 'complaints.linkLapor' },
      { actor, action: 'complaints.close' },
      { actor, action: 'complaints.linkLapor' },
    ]);
    expect(
      rows("SELECT op_type FROM outbox WHERE entity_type = 'complaint' ORDER BY seq").map(
        (r) => (r as { op_type: string }).op_type,
      ),
    ).toEqual([
      'complaint.filed',
      'complaint.assigned',
      'complaint.answered',
      'complaint.laporLinked',
      'complaint.closed',
      'complaint.laporLinked',
    ]);
  });

  it('closes an unanswered complaint with a note, and lists open ones before closed ones', async () => {
    const a = value<{ id: string }>(await t.core.call('complaints.file', filing('complaint-key-0050')));
    t.clock.advance(1000);
    const b = value<{ id: string }>(await t.core.call('complaints.file', filing('complaint-key-0051')));
    expect((await officer('complaints.close', { id: a.id, note: 'Ganda' })).ok).toBe(true);
    const open = value<{ items: ComplaintRow[]; total: number }>(await officer('complaints.list', {}));
    expect(open.items.map((r) => r.id)).toEqual([b.id]);
    const all = value<{ items: ComplaintRow[] }>(await officer('complaints.list', { status: 'all' }));
    expect(all.items.map((r) => [r.id, r.status, r.closeNote])).toEqual([
      [b.id, 'new', null],
      [a.id, 'closed', 'Ganda'],
    ]);
    // The list carries no contact data.
    expect(Object.keys(all.items[0]!)).not.toContain('contact');
  });

  it('audits opening a complaint with a contact once per screen, and an anonymous one not at all', async () => {
    const named = value<{ id: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0060', { contact, consent: true })),
    );
    const anon = value<{ id: string }>(await t.core.call('complaints.file', filing('complaint-key-0061')));
    const detail = value<ComplaintDetail>(await officer('complaints.get', { id: named.id }));
    expect(detail.contact).toEqual({
      name: 'Siti Aminah',
      email: 'siti.aminah@contoh.id',
      phone: '+6281234567890',
    });
    await officer('complaints.get', { id: named.id });
    await officer('complaints.get', { id: anon.id });
    const reads = () => rows("SELECT actor, entity_id FROM audit_log WHERE action = 'read:complaints.get'");
    expect(reads()).toEqual([{ actor: `officer:${t.admin!.id}`, entity_id: named.id }]);
    t.clock.advance(11 * 60_000);
    await officer('complaints.get', { id: named.id });
    expect(reads()).toHaveLength(2);
  });

  it('erases a contact on request and when the retention period has passed, with the operation the server needs', async () => {
    const a = value<{ id: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0070', { contact, consent: true })),
    );
    const b = value<{ id: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0071', { contact, consent: true })),
    );
    const anon = value<{ id: string }>(await t.core.call('complaints.file', filing('complaint-key-0072')));
    expect(await officer('complaints.eraseContact', { id: anon.id, reason: 'Permintaan' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.complaints.noContact' },
    });
    const erased = value<ComplaintRow>(
      await officer('complaints.eraseContact', { id: a.id, reason: 'Permintaan pelapor' }),
    );
    expect(erased).toMatchObject({ hasContact: false, contactErased: true });
    // b is closed on day 10; with 30 days' retention its contact goes 30 days after closing, not after filing.
    t.clock.advance(10 * 86_400_000);
    expect((await officer('complaints.close', { id: b.id, note: 'Selesai ditangani' })).ok).toBe(true);
    t.clock.advance(25 * 86_400_000);
    expect(eraseExpiredComplaintContacts(t.core.deps, 30)).toBe(0);
    t.clock.advance(6 * 86_400_000);
    expect(eraseExpiredComplaintContacts(t.core.deps, 30)).toBe(1);
    expect(eraseExpiredComplaintContacts(t.core.deps, 30)).toBe(0);
    expect(
      rows(
        'SELECT contact_name, contact_email, contact_phone FROM complaints WHERE contact_erased_at IS NOT NULL',
      ),
    ).toEqual([
      { contact_name: '', contact_email: '', contact_phone: '' },
      { contact_name: '', contact_email: '', contact_phone: '' },
    ]);
    expect(
      rows(
        "SELECT actor, entity_id, payload FROM outbox WHERE op_type = 'complaint.contactErased' ORDER BY seq",
      ),
    ).toEqual([
      {
        actor: `officer:${t.admin!.id}`,
        entity_id: a.id,
        payload: expect.stringContaining('Permintaan pelapor'),
      },
      { actor: 'system', entity_id: b.id, payload: expect.stringContaining('retention:30d') },
    ]);
    // Nor does the filing's operation keep the contact on this kiosk.
    const filings = rows(
      "SELECT payload FROM outbox WHERE op_type = 'complaint.filed' AND entity_id IN (?, ?)",
      a.id,
      b.id,
    ) as { payload: string }[];
    expect(filings.map((f) => JSON.parse(f.payload).contact)).toEqual([null, null]);
  });

  it('counts complaints per service and quarter by the day they were filed in the site zone', async () => {
    // 31 March 2026, 23.30 WIB is still Q1 there (16.30 UTC), and 1 April 00.10 WIB is Q2.
    const at = async (iso: string, key: string, serviceId: string | null) => {
      t.clock.set(Date.parse(iso));
      value(await t.core.call('complaints.file', filing(key, { serviceId })));
    };
    await at('2026-03-31T23:30:00+07:00', 'complaint-key-0080', 'coworking');
    await at('2026-04-01T00:10:00+07:00', 'complaint-key-0081', 'coworking');
    await at('2026-11-23T09:00:00+07:00', 'complaint-key-0082', 'lapor');
    await at('2026-12-31T23:59:00+07:00', 'complaint-key-0083', null);
    await at('2027-01-01T00:00:00+07:00', 'complaint-key-0084', 'lapor');
    const counts = value<unknown>(await officer('complaints.quarterCounts', { year: 2026 }));
    expect(counts).toEqual({
      year: 2026,
      services: [
        { serviceId: 'lapor', quarters: [0, 0, 0, 1], total: 1 },
        { serviceId: 'coworking', quarters: [1, 1, 0, 0], total: 2 },
        { serviceId: null, quarters: [0, 0, 0, 1], total: 1 },
      ],
      quarters: [1, 1, 0, 2],
      total: 4,
    });
    expect(complaintCountsByQuarter(t.core.db, 'Asia/Pontianak', 2027).total).toBe(1);
  });

  it('prints the slip only for who holds the ticket and its code', async () => {
    const filed = value<{ ticket: string; code: string }>(
      await t.core.call('complaints.file', filing('complaint-key-0090')),
    );
    const wrong = await t.core.call('complaints.printSlip', {
      ticket: filed.ticket,
      code: 'AAAAA-AAAAA',
      lang: 'id',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The right code, but this kiosk has no printer: said so, nothing queued.
    const noPrinter = await t.core.call('complaints.printSlip', {
      ticket: filed.ticket,
      code: filed.code,
      lang: 'id',
    });
    expect(noPrinter).toMatchObject({ ok: false, error: { messageKey: 'errors.printer.unknownPrinter' } });
  });
});

describe('the complaint slip on a receipt printer', () => {
  it('prints the ticket, its code and a QR to the status page; no complaint text and no contact', async () => {
    const t = await makeTestCore();
    const desk = new DeskDay(t.core);
    const printer = await startFakeTcpPrinter();
    try {
      value(
        await desk.officerCall('printers.configure', {
          items: [
            {
              id: 'front',
              label: 'Printer meja depan',
              kind: 'tcp',
              host: printer.host,
              port: printer.port,
              model: 'epson-tm-t20iii',
              paperWidth: 58,
            },
          ],
          defaultPrinterId: 'front',
          autoCheckInSlip: false,
        }),
      );
      t.core.printing.start();
      // As if joined to a central server: the slip's QR opens the portal's status page.
      t.core.db
        .prepare(
          `INSERT INTO sync_state (id, server_url, site_id, site_name, secret, epoch, enrolled_at)
           VALUES (1, 'https://loket.contoh.id/', 'pontianak', 'Pontianak', 's', 1, 0)`,
        )
        .run();
      const filed = value<{ ticket: string; code: string; statusUrl: string }>(
        await t.core.call(
          'complaints.file',
          filing('complaint-key-0100', {
            contact,
            consent: true,
            text: 'Petugas loket tidak ramah sama sekali.',
          }),
        ),
      );
      expect(filed.statusUrl).toBe(`https://loket.contoh.id/complaints/t/${filed.ticket}/${filed.code}`);
      value(
        await t.core.call('complaints.printSlip', {
          ticket: filed.ticket.toLowerCase(),
          code: filed.code,
          lang: 'id',
        }),
      );
      const deadline = Date.now() + 5000;
      while (printer.jobs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const slip = decodeEscPos(printer.jobs[0]!);
      const text = slip.texts.join('\n');
      expect(text).toContain('BUKTI PENGADUAN');
      expect(text).toContain(filed.ticket);
      expect(text).toContain(filed.code);
      expect(text).toContain('Reservasi co-working space');
      expect(text).not.toContain('ramah');
      expect(text).not.toContain('Siti');
      expect(text).not.toContain('siti.aminah');
      expect(slip.qrs.map((q) => q.payload)).toEqual([filed.statusUrl]);
      expect(t.core.db.prepare('SELECT kind FROM print_jobs').pluck().all()).toEqual(['complaintSlip']);
    } finally {
      await t.core.printing.stop();
      await t.core.close();
      await printer.close();
    }
  });
});
