// The shipped catalogue of decree 18/2024: all 15 services, every component filled in both
// languages, the Indonesian taken word for word from the decree (copy errors included), the
// complaint channels structured so a screen can offer a QR.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../../shared/serviceStandards/catalogue';
import type { Bilingual, StandardEntry } from '../../../shared/serviceStandards/catalogue';
import { channelHref, laporChannels, readChannelLine } from '../../../shared/serviceStandards/channels';
import { decreeErrata } from '../../../shared/serviceStandards/errata';
import { serviceIds } from '../../../shared/serviceStandards/serviceIds';
import { shippedCatalogue, shippedEntry } from '../../../shared/serviceStandards/shippedCatalogue';

// Written out here rather than read from the schema, so that a field dropped from both the schema
// and the content still fails this test.
const decreeFields = [
  'name', // Diktum KEDUA
  'requirements', // 1 Persyaratan
  'procedure', // 2 Prosedur / Alur Pelayanan
  'serviceTime', // 3 Waktu Pelayanan
  'cost', // 4 Biaya/Tarif
  'product', // 5 Produk
  'complaintChannels', // 6 Pengelolaan Pengaduan
  'legalBasis', // 7 Dasar Hukum
  'facilities', // 8 Sarana dan Prasarana
  'staffCount', // 9 Jumlah Pelaksana
  'staffCompetence', // 10 Kompetensi Pelaksana
  'supervision', // 11 Pengawasan Internal
  'serviceGuarantee', // 12 Jaminan Pelayanan
  'safetyGuarantee', // 13 Jaminan Keamanan Keselamatan Pelayanan
  'evaluation', // 14 Evaluasi Kinerja Pelaksana
] as const;
// Loket's own texts: tile label, one-line purpose, and the service notice the decree names but does not print.
const authoredFields = ['shortName', 'summary', 'serviceNotice'] as const;
const listFields = [
  'requirements',
  'procedure',
  'serviceTime',
  'complaintChannels',
  'legalBasis',
  'facilities',
  'staffCompetence',
  'supervision',
  'serviceGuarantee',
  'safetyGuarantee',
  'evaluation',
] as const;

/** Every text of a field: a text, a list of texts, channels' labels, procedure titles and steps. */
function textsOf(value: unknown): Bilingual[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.en === 'string') return [{ id: o.id, en: o.en }];
    if ('label' in o) return textsOf(o.label);
    if ('steps' in o) return [...(o.title ? textsOf(o.title) : []), ...textsOf(o.steps)];
  }
  return [];
}

const PLACEHOLDER = /\b(todo|tbd|fixme|xxx|lorem|ipsum|placeholder|translate)\b|\?\?|\[|\]|…|\.\.\./i;
// Words an English sentence would not contain unless a text was left untranslated.
const INDONESIAN_WORDS = /\b(yang|dan|dengan|untuk|atau|hari kerja|kepada|melalui|tidak)\b/i;

const entries = shippedCatalogue.entries;

describe('the shipped catalogue', () => {
  it('has the 15 services of decree 18/2024, in the decree order', () => {
    expect(entries).toHaveLength(15);
    expect(entries.map((e) => e.serviceId)).toEqual([...serviceIds]);
    expect(entries[0]?.name.id).toMatch(/SP4N-LAPOR!/);
    expect(entries[14]?.name.id).toBe('Pelayanan Tamu');
  });

  it('records its version and its source: decree no. 18 of 2024, set in Pontianak on 8 January 2024', () => {
    expect(shippedCatalogue.version).toBeGreaterThanOrEqual(1);
    expect(shippedCatalogue.source).toMatchObject({
      number: '18',
      year: 2024,
      issuedOn: '2024-01-08',
      issuedAt: 'Pontianak',
    });
    expect(shippedCatalogue.source.title.id).toBe(
      'Keputusan Kepala Dinas Komunikasi dan Informatika Kota Pontianak Nomor 18 Tahun 2024',
    );
    expect(shippedCatalogue.source.title.en).toMatch(/No\. 18 of 2024/);
  });

  describe.each(entries.map((e) => [e.serviceId, e] as const))('%s', (_id, entry) => {
    it.each([...decreeFields, ...authoredFields])('fills %s in Indonesian and English', (field) => {
      const texts = textsOf((entry as Record<string, unknown>)[field]);
      expect(texts.length, `${field} has no text`).toBeGreaterThan(0);
      for (const { id, en } of texts) {
        expect(id.trim(), `${field} Indonesian blank`).not.toBe('');
        expect(en.trim(), `${field} English blank`).not.toBe('');
        expect(id, `${field} Indonesian: ${id}`).not.toMatch(PLACEHOLDER);
        expect(en, `${field} English: ${en}`).not.toMatch(PLACEHOLDER);
        expect(en, `${field} English looks untranslated: ${en}`).not.toMatch(INDONESIAN_WORDS);
      }
    });

    it('has no empty list and no empty procedure section', () => {
      for (const field of listFields) {
        expect((entry[field] as unknown[]).length, field).toBeGreaterThan(0);
      }
      for (const section of entry.procedure) expect(section.steps.length).toBeGreaterThan(0);
    });

    it('gives every channel that can be reached a value, and the link a QR encodes', () => {
      for (const channel of entry.complaintChannels) {
        if (['lapor', 'website', 'email', 'phone', 'sms'].includes(channel.kind)) {
          expect(channel.value, channel.label.id).toBeTruthy();
        }
        if (channel.kind === 'email') expect(channel.value).toMatch(/^[a-z0-9.]+@pontianak\.go\.id$/);
        if (channel.kind === 'website')
          expect(channelHref(channel)).toMatch(/^https:\/\/[a-z]+\.pontianak\.go\.id/);
      }
    });

    it("reads each channel line to the channel's own kind and value, in both languages", () => {
      for (const { kind, value, label } of entry.complaintChannels) {
        const expected = value === undefined ? { kind } : { kind, value };
        expect(readChannelLine(label.id), label.id).toEqual(expected);
        expect(readChannelLine(label.en), label.en).toEqual(expected);
      }
    });
  });

  it('costs Rp 0 for every service, as the decree sets', () => {
    expect(new Set(entries.map((e) => e.cost.id))).toEqual(new Set(['Rp. 0']));
  });

  it('keeps the service times the decree sets', () => {
    const times = (id: (typeof serviceIds)[number]) => shippedEntry(id).serviceTime.map((t) => t.id);
    expect(times('lapor')).toEqual([
      '3 hari kerja untuk verifikasi dari Admin Pengaduan Publik',
      '60 hari kerja + waktu penyelesaian laporan dari masing-masing OPD',
    ]);
    expect(times('call-centre')).toEqual(['1-2 Jam']);
    expect(times('ppid').join(' | ')).toBe(
      'Pelayanan Informasi Publik : 10 hari kerja | Pengajuan Keberatan : 30 hari kerja | Permohonan Penyelesaian Sengketa : 14 hari kerja',
    );
    expect(times('data')).toEqual([
      'Pelayanan Data perorang : 30 menit',
      'Pelayanan Data perOPD : 10 hari kerja',
    ]);
    expect(times('udid')).toEqual(['1 hari kerja']);
    expect(times('hosting-domain')).toEqual(['2 Hari Kerja']);
    expect(times('colocation')).toHaveLength(2);
    expect(times('guest')).toEqual(['35 Menit']);
    expect(times('coworking')).toEqual(['Senin – Jumat, Pukul 07.00 – 15.45 WIB']);
  });

  it("keeps the decree's copy errors for an officer to correct", () => {
    expect(shippedEntry('hosting-domain').product.id).toBe('Pelayanan Tamu');
    expect(shippedEntry('data').evaluation.map((t) => t.id)).toEqual(['Komputer', 'Akses Internet', 'Data']);
    expect(shippedEntry('guest').evaluation.map((t) => t.id)).toEqual(
      shippedEntry('guest').facilities.map((t) => t.id),
    );
    expect(shippedEntry('room-loan').procedure[0]?.steps[2]?.id).toMatch(/sebagai surat mauk/);
    expect(shippedEntry('cyber-incident').staffCompetence.map((t) => t.id)).toContain(
      'Menguasai Tanggap Insider Siber',
    );
  });

  it('splits the PPID procedure into its four procedures, each titled', () => {
    const sections = shippedEntry('ppid').procedure;
    expect(sections.map((s) => s.title?.id)).toEqual([
      'Pelayanan Informasi Publik: Layanan Secara Daring (online)',
      'Pelayanan Informasi Publik: Layanan Secara Luring/Langsung (offline)',
      'Pengajuan Keberatan',
      'Permohonan Penyelesaian Sengketa',
    ]);
    expect(sections.map((s) => s.steps.length)).toEqual([4, 4, 5, 5]);
  });

  it('structures the phone numbers, e-mails, websites and social accounts the decree names', () => {
    const channels = (id: (typeof serviceIds)[number]) =>
      shippedEntry(id).complaintChannels.map(({ kind, value }) => (value ? `${kind}:${value}` : kind));
    expect(channels('guest')).toEqual([
      'phone:081256699036',
      'complaintBox',
      'inPerson',
      'website:diskominfo.pontianak.go.id',
      'email:diskominfo@pontianak.go.id',
    ]);
    expect(channels('call-centre')[0]).toBe('phone:05618181771');
    expect(channels('data')).toContain('email:statistikdki@pontianak.go.id');
    expect(channels('coworking')).toEqual([
      'social:@pontivecenter',
      'website:temandisko.pontianak.go.id',
      'email:pontivecenter@pontianak.go.id',
    ]);
    expect(channels('cyber-incident')).toEqual([
      'lapor:lapor.go.id',
      'website:csirt.pontianak.go.id',
      'email:diskominfo@pontianak.go.id',
    ]);
  });

  it('offers the national SP4N-LAPOR! channels service 1 names: lapor.go.id, SMS 1708, the app', () => {
    expect(laporChannels.map((c) => channelHref(c))).toEqual(['https://lapor.go.id', 'sms:1708', null]);
    for (const c of laporChannels)
      expect(readChannelLine(c.label.id)).toEqual(
        c.value ? { kind: c.kind, value: c.value } : { kind: c.kind },
      );
  });
});

describe("the Indonesian is the decree's own wording", () => {
  // The decree as extracted from its PDF (a copy of ../shared/seeds/002_*.txt), with the markup
  // the extraction left (<p>, <i>, lists) removed and white space folded.
  const decree = readFileSync(
    fileURLToPath(new URL('../../fixtures/seeds/decree-18-2024.txt', import.meta.url)),
    'utf8',
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*/g, '');
  // White space folded, none before a full stop or comma or inside brackets: the extraction put
  // spaces where the PDF had italics and links.
  const tidy = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/ ([.,)])/g, '$1')
      .replace(/\( /g, '(');
  // The catalogue drops list letters and separators ("a. …;", "…; dan") and writes PPID's nested
  // procedure headings as one title each, so each text is compared without its final separator.
  const sansSeparator = (s: string) => tidy(s).replace(/[;.]$/, '');
  const tidyDecree = tidy(decree);
  const composedTitles = new Set(
    shippedEntry('ppid')
      .procedure.slice(0, 2)
      .map((s) => s.title?.id),
  );

  it.each(entries.map((e) => [e.serviceId, e] as const))('%s', (_id, entry: StandardEntry) => {
    const missing = decreeFields
      .flatMap((field) => textsOf(entry[field]))
      .map((t) => t.id)
      .filter((id) => !composedTitles.has(id))
      .filter((id) => !tidyDecree.includes(sansSeparator(id)));
    expect(missing).toEqual([]);
  });
});

describe('the catalogue schema refuses what a screen could not show', () => {
  const first = entries[0] as StandardEntry;
  const withFirst = (entry: unknown) => ({ ...shippedCatalogue, entries: [entry, ...entries.slice(1)] });

  it('accepts the shipped catalogue', () => {
    expect(catalogueSchema.safeParse(shippedCatalogue).success).toBe(true);
  });

  it.each(['requirements', 'procedure', 'complaintChannels', 'evaluation', 'serviceNotice'] as const)(
    'refuses an entry without %s',
    (field) => {
      const { [field]: _dropped, ...rest } = first;
      expect(catalogueSchema.safeParse(withFirst(rest)).success).toBe(false);
    },
  );

  it('refuses a blank English text, an empty list and a missing service', () => {
    expect(
      catalogueSchema.safeParse(withFirst({ ...first, product: { id: 'SP4N-LAPOR!', en: ' ' } })).success,
    ).toBe(false);
    expect(catalogueSchema.safeParse(withFirst({ ...first, facilities: [] })).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...shippedCatalogue, entries: entries.slice(0, 14) }).success).toBe(
      false,
    );
    expect(
      catalogueSchema.safeParse({
        ...shippedCatalogue,
        entries: [entries[1], entries[0], ...entries.slice(2)],
      }).success,
    ).toBe(false);
  });
});

describe('the errata', () => {
  it('point at fields whose text shows the error', () => {
    for (const erratum of decreeErrata) {
      const texts = textsOf(shippedEntry(erratum.serviceId)[erratum.field])
        .map((t) => t.id)
        .join(' ');
      const quoted = /"([^"]+)"/.exec(erratum.note.id)?.[1];
      if (quoted) expect(texts, `${erratum.serviceId}.${erratum.field}`).toContain(quoted);
      expect(erratum.note.en.length).toBeGreaterThan(0);
    }
  });
});
