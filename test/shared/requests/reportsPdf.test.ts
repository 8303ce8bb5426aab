// The reports of requests as the office files them: rendered with the recap's machinery
// (renderReportPdf), every page to PNG (test/e2e/screenshots/request-reports/, looked at by a
// person) and read back with pdftotext: the kop, the title and period, the counts a clerk checks
// against the agenda, Indonesian dates and times, the totals, hostile text as text, the signatures
// on the last page (never lost after a long list), and the same bytes for the same input.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../shared/documents';
import { activityOf, requestReportDocument } from '../../../shared/requests/requestReports';
import { defaultRequestSettings } from '../../../shared/requests/requestSettings';
import { pdfText, pdfToPngs } from '../../support/pdfPages';
import { pontianakContext } from './lettersFixtures';
import { applicationsYear, periods, pontiveYear, reportInput } from './reportsFixtures';

const OUT = 'test/e2e/screenshots/request-reports';
const pages = (text: string) => text.split('\f').filter((p) => p.trim().length > 0);
const squash = (s: string) => s.replace(/\s+/g, ' ');

async function rendered(name: string, pdf: Buffer) {
  const png = await pdfToPngs(pdf, OUT, name);
  const raw = await pdfText(pdf);
  await writeFile(`${OUT}/${name}.txt`, raw);
  const each = pages(raw);
  expect(png).toHaveLength(each.length);
  // Every page numbered; the signatures on the last one.
  each.forEach((p, i) => expect(squash(p)).toContain(`Halaman ${i + 1} dari ${each.length}`));
  const last = squash(each.at(-1)!);
  expect(last).toContain('Mengetahui,');
  expect(last).toContain('Drs. H. Ahmad Fauzi, M.Si.');
  expect(last).toContain('Rina Wulandari');
  return { each, text: squash(each.join(' ')) };
}

describe('the monthly room-loan report', () => {
  it('lists the month’s events with attendance, totals per room and per type, and signs it', async () => {
    const input = reportInput(periods.november, pontiveYear());
    const document = requestReportDocument('monthly_room_loans', input, pontianakContext);
    const pdf = await renderReportPdf(document);
    const { text } = await rendered('monthly-room-loans', pdf);
    expect(text).toMatch(
      /PEMERINTAH KOTA PONTIANAK DINAS KOMUNIKASI DAN INFORMATIKA .*LAPORAN BULANAN PEMINJAMAN RUANGAN Periode: November 2026/,
    );
    expect(text).toContain('Tanggal : 1 November 2026 – 30 November 2026');
    // Eight requests in November: six held, one refused, one cancelled; the list holds the six.
    expect(text).toContain('Jumlah permohonan : 8');
    expect(text).toContain('Terlaksana (laporan kegiatan masuk) : 6');
    expect(text).toContain('Ditolak : 1');
    expect(text).toContain('Dibatalkan : 1');
    expect(text).toContain('Jumlah peserta hadir : 125');
    expect(text).toMatch(/Ruang Pontive Center 4 9 ?j 87/);
    expect(text).toMatch(/Ruang Rapat Startup Hub 2 4 ?j 30 ?mnt 38/);
    expect(text).toMatch(/Jumlah 6 13 ?j 30 ?mnt 125/);
    expect(text).toMatch(/Kunjungan Pontive Center 2 41/);
    // A table cell's lines: the day, then the time (pdftotext reads the row's other cells between).
    expect(text).toMatch(/3 November 2026 .*09\.00–11\.00 WIB/);
    expect(text).toContain('13.00–15.30 WIB');
    expect(text).toContain('Pemakaian ruangan per minggu');
    // The refused and cancelled loans are counted, not listed.
    expect(text).not.toContain('Dibatalkan oleh pemohon');
    expect(text.match(/Selesai/g)).toHaveLength(6);
    // The reviewer has a NIP in its groups; the non-ASN preparer none.
    expect(text).toContain('NIP. 19610329 198903 1 004');
    expect(text.match(/NIP\./g)).toHaveLength(1);
    // Filed reports never change.
    expect((await renderReportPdf(document)).equals(pdf)).toBe(true);
  });

  it('keeps the signatures when a busy month lists many long events', async () => {
    const base = pontiveYear().filter((r) => r.intake.event.day?.startsWith('2026-11'));
    const busy = Array.from({ length: 18 }, (_, i) => {
      const r = base[i % 6]!;
      return {
        ...r,
        id: `busy${i}`,
        reference: `PMH-2026-B${String(i).padStart(5, '0')}`,
        intake: {
          ...r.intake,
          office: `${r.intake.office} — Bidang Pengelolaan Informasi dan Komunikasi Publik ${i}`,
          subject: `Rapat koordinasi penyusunan rencana kerja dan evaluasi program triwulan ${i}`,
        },
      };
    });
    const pdf = await renderReportPdf(
      requestReportDocument('monthly_room_loans', reportInput(periods.november, busy), pontianakContext),
    );
    const { text } = await rendered('monthly-room-loans-busy', pdf);
    // All eighteen rows printed (each held, "Selesai"), and the list's number column runs to 18.
    expect(text.match(/Selesai/g)).toHaveLength(18);
    expect(text).toMatch(/\b18 \d{1,2} November 2026/);
    expect(text).toContain('Jumlah permohonan : 18');
  });
});

describe('the yearly Pontive operations report', () => {
  it('counts loans, visits and video conferences per month, the equipment problems and the complaints', async () => {
    const pdf = await renderReportPdf(
      requestReportDocument('yearly_operations', reportInput(periods.year, pontiveYear()), pontianakContext),
    );
    const { text } = await rendered('yearly-operations', pdf);
    expect(text).toContain('LAPORAN TAHUNAN OPERASIONAL PONTIVE CENTER Periode: Tahun 2026');
    expect(text).toContain('Jumlah permohonan : 96');
    expect(text).toContain('Peminjaman ruangan : 36');
    expect(text).toContain('Kunjungan : 24');
    expect(text).toContain('Video conference/rapat daring : 12');
    expect(text).toContain('Jumlah peserta hadir : 1.425');
    expect(text).toContain('Masalah peralatan : 3');
    expect(text).toContain('Pengaduan masuk : 3');
    expect(text).toMatch(/Januari 3 2 1 6 125 0/);
    expect(text).toMatch(/November 3 2 1 6 125 1/);
    expect(text).toMatch(/Jumlah 36 24 12 72 1\.425 3/);
    // The equipment problems from the activity reports, a hostile note printed as text.
    expect(text).toContain('17 April 2026');
    expect(text).toContain('Proyektor ruang Pontive');
    expect(text).toContain('Lampu mati');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toContain('🔥');
  });
});

describe('the yearly report of application requests', () => {
  it('gives each request its outcome, reason and processing time; last year’s left out', async () => {
    const pdf = await renderReportPdf(
      requestReportDocument(
        'yearly_applications',
        reportInput(periods.year, applicationsYear()),
        pontianakContext,
      ),
    );
    const { text } = await rendered('yearly-applications', pdf);
    expect(text).toContain('LAPORAN TAHUNAN PERMOHONAN PEMBANGUNAN/PENGEMBANGAN APLIKASI');
    expect(text).toMatch(
      /Bappeda Kota Pontianak .*3 Februari 2026 Diterima, RKA 2027 Modul usulan kelurahan layak .*14 hari/,
    );
    expect(text).toMatch(
      /Kecamatan Pontianak Kota Aplikasi antrean kecamatan 10 Maret 2026 Ditolak Kebutuhan dipenuhi .*9 hari/,
    );
    // Decided the day it came in: hours, not "0 hari".
    expect(text).toMatch(
      /Dinas Perhubungan Aplikasi parkir <b>daring<\/b> 4 Agustus 2026 Ditolak Sudah ditangani aplikasi provinsi\. 6 ?j/,
    );
    expect(text).toMatch(/Satpol PP Aplikasi pelaporan ketertiban 1 Desember 2026 Dalam proses – –/);
    expect(text).not.toContain('Dinas Pariwisata');
    expect(text).toContain('Jumlah permohonan : 6');
    expect(text).toContain('Diterima (direncanakan dalam RKA) : 3');
    expect(text).toContain('Ditolak : 2');
    expect(text).toContain('Dalam proses : 1');
    expect(text).toContain('Rata-rata lama proses : 14,8 hari');
  });
});

describe('the list of visits and loans and the quarterly visit report', () => {
  it('lists a period’s room requests of every status, the summary last', async () => {
    const pdf = await renderReportPdf(
      requestReportDocument('loans_list', reportInput(periods.december, pontiveYear()), pontianakContext),
    );
    const { text } = await rendered('loans-list', pdf);
    expect(text).toContain('DAFTAR KUNJUNGAN DAN PEMINJAMAN RUANGAN Periode: Desember 2026');
    expect(text).toMatch(/1 PMH-2026-R00089 Peminjaman .*3 Desember 2026 \d+ Dijadwalkan/);
    expect(text).toContain('09.00–11.00 WIB');
    expect(text).toMatch(/Ditolak/);
    expect(text).toMatch(/Dibatalkan/);
    expect(text.indexOf('Ringkasan')).toBeGreaterThan(text.indexOf('PMH-2026-R00096'));
    expect(text).toContain('Dijadwalkan : 6');
  });

  it('counts a quarter’s visits per month', async () => {
    const pdf = await renderReportPdf(
      requestReportDocument('quarterly_visits', reportInput(periods.q4, pontiveYear()), pontianakContext),
    );
    const { text } = await rendered('quarterly-visits', pdf);
    expect(text).toContain('LAPORAN TRIWULAN KUNJUNGAN PONTIVE CENTER Periode: Triwulan IV 2026');
    expect(text).toMatch(/Oktober 2 71 31 November 2 63 41 Desember 2 55 0 Jumlah 6 189 72/);
    expect(text).toMatch(/1 10 Oktober 2026 .* 32 14 Selesai 09\.00–10\.30 WIB/);
    // Only visits: no loans or video conferences in this report.
    expect(text).not.toContain('Rapat koordinasi');
    expect(text).not.toContain('Video conference koordinasi');
  });
});

describe('the report documents', () => {
  it('sort room requests by what their type is in the settings, not by its id', () => {
    const [loan, visit, video, application] = defaultRequestSettings.types;
    expect([loan, visit, video, application].map((t) => activityOf(t ?? null))).toEqual([
      'loan',
      'visit',
      'videoConference',
      'loan',
    ]);
    expect(activityOf({ ...visit!, id: 'kunjungan_sekolah' })).toBe('visit');
    expect(activityOf(null)).toBe('loan');
  });

  it('have an English version', () => {
    const d = requestReportDocument('quarterly_visits', reportInput(periods.q4, pontiveYear()), {
      ...pontianakContext,
      lang: 'en',
    });
    expect(d.title).toBe('QUARTERLY PONTIVE CENTER VISIT REPORT');
    expect(d.period).toBe('Period: Quarter IV 2026');
    expect(d.signatures.reviewer?.lead).toBe('Acknowledged,');
  });
});
