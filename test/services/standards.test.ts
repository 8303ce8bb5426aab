// The service standards on a real kiosk core: the public catalogue with the officers' corrections
// laid over it, a correction as a command (audited, one outbox operation, refused to visitors and
// to officers without settings.manage), a reset to the decree's text, bad input answered clearly,
// a correction pulled from another kiosk, and the slip on a receipt printer.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPage } from '../../electron/sync/applyChanges';
import type { CorrectionRecord } from '../../shared/contract/standards';
import { localiseEntry } from '../../shared/serviceStandards/localise';
import { shippedEntry } from '../../shared/serviceStandards/shippedCatalogue';
import { startFakeTcpPrinter, type FakeTcpPrinter } from '../fakes/printers';
import { DeskDay, unwrap } from '../support/deskDay';
import { decodeEscPos } from '../support/escposDecoder';
import { makeTestCore, type TestCore } from '../support/testCore';

let t: TestCore;
let printer: FakeTcpPrinter | undefined;
afterEach(async () => {
  await t.core.printing.stop();
  t.core.close();
  await printer?.close();
  printer = undefined;
});

const admin = () => ({ session: t.admin!.session });
const corrections = async () =>
  (unwrap(await t.core.call('standards.corrections.list', {})) as { items: CorrectionRecord[] }).items;
const correct = (input: Record<string, unknown>, options: object = admin()) =>
  t.core.call('standards.entry.correct', input, options);
const outbox = () =>
  t.core.db
    .prepare(
      "SELECT op_type, entity_type, entity_id, actor, payload FROM outbox WHERE op_type LIKE 'standards.%' ORDER BY seq",
    )
    .all() as { op_type: string; entity_type: string; entity_id: string; actor: string; payload: string }[];
const auditRows = () =>
  t.core.db
    .prepare(
      "SELECT actor, action, entity, entity_id, details FROM audit_log WHERE entity = 'serviceStandard' ORDER BY id",
    )
    .all() as { actor: string; action: string; entity: string; entity_id: string; details: string }[];
const shown = async (serviceId: Parameters<typeof shippedEntry>[0], lang: 'id' | 'en') =>
  localiseEntry(shippedEntry(serviceId), lang, await corrections());

describe('the catalogue the screens show', () => {
  it('is the decree as shipped until an officer corrects it, for anyone at the kiosk', async () => {
    t = await makeTestCore();
    expect(unwrap(await t.core.call('standards.corrections.list', {}))).toEqual({
      catalogueVersion: 1,
      items: [],
    });
    const guest = await shown('guest', 'id');
    expect(guest).toMatchObject({
      number: 15,
      name: 'Pelayanan Tamu',
      serviceTime: ['35 Menit'],
      free: true,
      corrected: [],
    });
    expect((await shown('guest', 'en')).serviceTime).toEqual(['35 minutes']);
  });
});

describe('an officer corrects an entry', () => {
  it('is one command: the text, an audit row naming the officer, one operation to sync', async () => {
    t = await makeTestCore();
    const saved = unwrap(
      await correct({
        serviceId: 'hosting-domain',
        field: 'product',
        lang: 'id',
        text: '  Layanan hosting dan   domain ',
      }),
    );
    expect(saved).toMatchObject({
      serviceId: 'hosting-domain',
      field: 'product',
      lang: 'id',
      text: 'Layanan hosting dan domain',
      catalogueVersion: 1,
      correctedAt: t.clock.now(),
    });
    const hosting = await shown('hosting-domain', 'id');
    expect(hosting.product).toBe('Layanan hosting dan domain');
    expect(hosting.corrected).toEqual(['product']);
    // English is its own text: still the shipped translation until corrected too.
    expect((await shown('hosting-domain', 'en')).product).toBe('Guest service');

    expect(auditRows()).toEqual([
      {
        actor: `officer:${t.admin!.id}`,
        action: 'standards.entry.correct',
        entity: 'serviceStandard',
        entity_id: 'hosting-domain:product:id',
        details: JSON.stringify({
          field: 'product',
          lang: 'id',
          before: null,
          after: 'Layanan hosting dan domain',
        }),
      },
    ]);
    const [op] = outbox();
    expect(op).toMatchObject({
      op_type: 'standards.entryCorrected',
      entity_type: 'serviceStandard',
      entity_id: 'hosting-domain:product:id',
      actor: `officer:${t.admin!.id}`,
    });
    expect(JSON.parse(op!.payload)).toEqual({
      serviceId: 'hosting-domain',
      field: 'product',
      lang: 'id',
      text: 'Layanan hosting dan domain',
      catalogueVersion: 1,
    });
  });

  it('keeps the text it replaced in the audit, and a reset brings back the decree', async () => {
    t = await makeTestCore();
    const key = { serviceId: 'guest', field: 'evaluation', lang: 'id' };
    unwrap(await correct({ ...key, text: 'Survei Kepuasan Masyarakat\nPrevalensi jumlah aduan' }));
    t.clock.advance(60_000);
    unwrap(await correct({ ...key, text: 'Survei Kepuasan Masyarakat' }));
    expect((await shown('guest', 'id')).evaluation).toEqual(['Survei Kepuasan Masyarakat']);

    t.clock.advance(60_000);
    const reset = unwrap(await t.core.call('standards.entry.reset', key, admin()));
    expect(reset).toMatchObject({ ...key, text: null });
    expect((await shown('guest', 'id')).evaluation).toEqual([
      'Ruangan',
      'Meja',
      'Kursi',
      'Komputer',
      'Jaringan Wifi.',
    ]);
    expect((await shown('guest', 'id')).corrected).toEqual([]);

    const trail = auditRows().map((r) => [
      r.action,
      JSON.parse(r.details) as { before: unknown; after: unknown },
    ]);
    expect(trail).toEqual([
      [
        'standards.entry.correct',
        expect.objectContaining({
          before: null,
          after: 'Survei Kepuasan Masyarakat\nPrevalensi jumlah aduan',
        }),
      ],
      [
        'standards.entry.correct',
        expect.objectContaining({
          before: 'Survei Kepuasan Masyarakat\nPrevalensi jumlah aduan',
          after: 'Survei Kepuasan Masyarakat',
        }),
      ],
      [
        'standards.entry.reset',
        expect.objectContaining({ before: 'Survei Kepuasan Masyarakat', after: null }),
      ],
    ]);
    expect(outbox().map((o) => (JSON.parse(o.payload) as { text: string | null }).text)).toEqual([
      'Survei Kepuasan Masyarakat\nPrevalensi jumlah aduan',
      'Survei Kepuasan Masyarakat',
      null,
    ]);
  });

  it('reads a corrected procedure into titled sections and a corrected channel into something to open', async () => {
    t = await makeTestCore();
    unwrap(
      await correct({
        serviceId: 'udid',
        field: 'procedure',
        lang: 'en',
        text: '# Online\nUpload the letter\n\n# At the desk\nBring your phone\nThe admin changes the UDID',
      }),
    );
    unwrap(
      await correct({
        serviceId: 'udid',
        field: 'complaintChannels',
        lang: 'id',
        text: 'Email: layanan@pontianak.go.id\nSMS ke 1708\nKotak pengaduan di lobi',
      }),
    );
    const en = await shown('udid', 'en');
    expect(en.procedure).toEqual([
      { title: 'Online', steps: ['Upload the letter'] },
      { title: 'At the desk', steps: ['Bring your phone', 'The admin changes the UDID'] },
    ]);
    const id = await shown('udid', 'id');
    expect(id.complaintChannels).toEqual([
      {
        kind: 'email',
        label: 'Email: layanan@pontianak.go.id',
        value: 'layanan@pontianak.go.id',
        href: 'mailto:layanan@pontianak.go.id',
      },
      { kind: 'sms', label: 'SMS ke 1708', value: '1708', href: 'sms:1708' },
      { kind: 'complaintBox', label: 'Kotak pengaduan di lobi', href: null },
    ]);
  });

  it('answers bad input with the field and a message, and changes nothing', async () => {
    t = await makeTestCore();
    const key = { serviceId: 'lapor', field: 'requirements', lang: 'id' };
    const fieldError = async (input: Record<string, unknown>) => {
      const r = await correct(input);
      expect(r.ok).toBe(false);
      return !r.ok ? r.error.fields : undefined;
    };
    expect(await fieldError({ ...key, text: '' })).toEqual({ text: 'errors.standards.textRequired' });
    expect(await fieldError({ ...key, text: ' \n \u200B\n\t' })).toEqual({
      text: 'errors.standards.textRequired',
    });
    expect(await fieldError({ ...key, text: 'x'.repeat(1501) })).toEqual({
      text: 'errors.standards.lineTooLong',
    });
    expect(
      await fieldError({ ...key, text: Array.from({ length: 61 }, (_, i) => `Syarat ${i}`).join('\n') }),
    ).toEqual({
      text: 'errors.standards.tooManyLines',
    });
    expect(await fieldError({ ...key, text: 'a'.repeat(30_000) })).toEqual({
      text: 'errors.standards.tooLong',
    });
    expect(await fieldError({ ...key, field: 'product', text: 'p'.repeat(601) })).toEqual({
      text: 'errors.standards.tooLong',
    });
    expect(await fieldError({ ...key, field: 'procedure', text: '# Hanya judul\n# Judul lagi' })).toEqual({
      text: 'errors.standards.stepsRequired',
    });
    expect(await fieldError({ ...key, field: 'notAField', text: 'x' })).toEqual({
      field: 'errors.standards.unknownField',
    });
    expect(await fieldError({ ...key, serviceId: 'passport', text: 'x' })).toEqual({
      serviceId: 'errors.standards.unknownService',
    });
    expect(await corrections()).toEqual([]);
    expect(outbox()).toEqual([]);
  });

  it('keeps hostile markup and emoji as the characters typed, and drops invisible control characters', async () => {
    t = await makeTestCore();
    const text = '<script>alert("x")</script>\nBawa KTP 🪪\nSurat\u202E permohonan\u0007';
    const saved = unwrap(
      await correct({ serviceId: 'ppid', field: 'requirements', lang: 'id', text }),
    ) as CorrectionRecord;
    expect(saved.text).toBe('<script>alert("x")</script>\nBawa KTP 🪪\nSurat permohonan');
    expect((await shown('ppid', 'id')).requirements).toEqual([
      '<script>alert("x")</script>',
      'Bawa KTP 🪪',
      'Surat permohonan',
    ]);
  });

  it('is refused to a visitor and to an officer whose role does not manage settings', async () => {
    t = await makeTestCore();
    const input = { serviceId: 'data', field: 'evaluation', lang: 'id', text: 'Survei' };
    expect(await correct(input, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const created = unwrap(
      await t.core.call(
        'officers.create',
        { fullName: 'Dewi Lestari', nip: null, position: null, roles: ['petugas'], pin: '11223344' },
        admin(),
      ),
    ) as { id: string };
    const first = unwrap(await t.core.call('officer.unlock', { officerId: created.id, pin: '11223344' })) as {
      session: string;
    };
    unwrap(
      await t.core.call(
        'officer.changePin',
        { currentPin: '11223344', newPin: '24681357' },
        { session: first.session },
      ),
    );
    const { session } = unwrap(
      await t.core.call('officer.unlock', { officerId: created.id, pin: '24681357' }),
    ) as {
      session: string;
    };
    expect(await correct(input, { session })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await t.core.call(
        'standards.entry.reset',
        { serviceId: 'data', field: 'evaluation', lang: 'id' },
        { session },
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await corrections()).toEqual([]);
  });
});

describe('a correction pulled from the central server', () => {
  const change = (version: number, row: Record<string, unknown>) => ({
    entityType: 'serviceStandard',
    entityId: `${String(row.serviceId)}:${String(row.field)}:${String(row.lang)}`,
    version,
    row,
    originOpId: null,
  });

  it('replaces this kiosk’s copy, and a reset from there brings the decree back here', async () => {
    t = await makeTestCore();
    const row = {
      serviceId: 'call-centre',
      field: 'serviceTime',
      lang: 'id',
      text: '1–2 jam kerja',
      catalogueVersion: 1,
      correctedAt: 123,
    };
    applyPage(t.core.db, [change(1, row)], 'c1', t.clock.now());
    expect(await corrections()).toEqual([
      {
        serviceId: 'call-centre',
        field: 'serviceTime',
        lang: 'id',
        text: '1–2 jam kerja',
        catalogueVersion: 1,
        correctedAt: 123,
      },
    ]);
    expect((await shown('call-centre', 'id')).serviceTime).toEqual(['1–2 jam kerja']);
    // An older version arriving late changes nothing.
    applyPage(t.core.db, [change(1, { ...row, text: 'lama' })], 'c2', t.clock.now());
    expect((await shown('call-centre', 'id')).serviceTime).toEqual(['1–2 jam kerja']);
    applyPage(t.core.db, [change(2, { ...row, text: null, correctedAt: 456 })], 'c3', t.clock.now());
    expect((await shown('call-centre', 'id')).serviceTime).toEqual(['1-2 Jam']);
  });

  it('waits with one this version cannot read (an unknown field), and applies the rest of the page', async () => {
    t = await makeTestCore();
    const outcome = applyPage(
      t.core.db,
      [
        change(1, {
          serviceId: 'data',
          field: 'openingHours',
          lang: 'id',
          text: 'x',
          catalogueVersion: 2,
          correctedAt: 1,
        }),
        change(1, {
          serviceId: 'data',
          field: 'product',
          lang: 'en',
          text: 'Data on request',
          catalogueVersion: 1,
          correctedAt: 1,
        }),
      ],
      'c1',
      t.clock.now(),
    );
    expect(outcome).toMatchObject({ applied: 1, deferred: 1 });
    expect((await shown('data', 'en')).product).toBe('Data on request');
  });
});

describe('the phone link and the slip', () => {
  it('has no phone link before the kiosk joined a site', async () => {
    t = await makeTestCore();
    expect(unwrap(await t.core.call('standards.phoneLink', { serviceId: 'guest', lang: 'id' }))).toEqual({
      url: null,
    });
  });

  it('prints the service on the receipt printer for a visitor: steps, time, cost, channels, in their language, corrections included', async () => {
    t = await makeTestCore();
    printer = await startFakeTcpPrinter();
    const desk = new DeskDay(t.core);
    unwrap(
      await desk.officerCall('printers.configure', {
        items: [
          {
            id: 'front',
            label: 'Printer depan',
            kind: 'tcp',
            host: printer.host,
            port: printer.port,
            model: 'epson-tm-t20iii',
            paperWidth: 80,
          },
        ],
        defaultPrinterId: 'front',
        autoCheckInSlip: false,
      }),
    );
    t.core.printing.start();
    unwrap(
      await correct({
        serviceId: 'guest',
        field: 'serviceTime',
        lang: 'id',
        text: '35 menit sejak tamu mengisi buku tamu',
      }),
    );

    const job = unwrap(await t.core.call('standards.slip.print', { serviceId: 'guest', lang: 'id' })) as {
      kind: string;
    };
    expect(job.kind).toBe('standardSlip');
    const text = await waitForSlip(printer);
    expect(text).toContain('Standar Pelayanan No. 15');
    expect(text).toContain('Pelayanan Tamu');
    expect(text).toContain('1. Membawa surat');
    expect(text).toContain('2. Tamu mengisi buku tamu');
    expect(text).toContain('35 menit sejak tamu mengisi buku tamu');
    expect(text).toContain('Gratis (Rp. 0)');
    expect(text).toContain('081256699036');
    expect(text).toContain('Nomor 18 Tahun 2024');
    expect(text).not.toContain('Dasar');

    // A second tap straight after is refused, not printed: one slip at a time.
    expect(await t.core.call('standards.slip.print', { serviceId: 'data', lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'rule', messageKey: 'errors.standards.printWait' },
    });
    t.clock.advance(5_000);
    unwrap(await t.core.call('standards.slip.print', { serviceId: 'data', lang: 'en' }));
    const english = await waitForSlip(printer, 1);
    expect(english).toContain('Service Standard No. 4');
    expect(english).toContain('Data for an individual: 30 minutes');
    expect(english).toContain('statistikdki@pontianak.go.id');
  });

  it('refuses an unknown service without printing', async () => {
    t = await makeTestCore();
    expect(await t.core.call('standards.slip.print', { serviceId: 'nope', lang: 'id' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { serviceId: 'errors.standards.unknownService' } },
    });
  });
});

async function waitForSlip(p: FakeTcpPrinter, index = 0): Promise<string> {
  const until = Date.now() + 5000;
  while (!p.jobs[index]) {
    if (Date.now() > until) throw new Error('no slip printed');
    await new Promise((r) => setTimeout(r, 20));
  }
  return decodeEscPos(p.jobs[index]!).texts.join('\n');
}
