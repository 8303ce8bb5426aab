// The letters about a request as the office sends them: rendered to PDF, every page to PNG
// (test-results/letters/, looked at by a person) and read back with pdftotext for what the
// addressee reads: the kop, the place and date, Nomor / Sifat / Lampiran / Hal, "Yth.", the
// opening that names their letter, the slot in Indonesian ("Rabu, 9 Desember 2026",
// "09.00–11.00 WIB"), the preparation, the reason of a refusal, the closing and the signature with
// its NIP in groups; hostile text printed as text; the same input, the same bytes.
import { readAttendanceScan } from '../../../shared/requests/attendanceCode';
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { formatLetterNumber } from '../../../shared/requests/letterNumber';
import {
  renderRequestLetterPdf,
  requestLetterDocument,
  titleCase,
} from '../../../shared/requests/requestLetters';
import { requestWords } from '../../../shared/requests/requestWords';
import { pdfText, pdfToPngs } from '../../support/pdfPages';
import {
  acceptedApplication,
  internetMeeting,
  issued,
  movedVisit,
  pontianakContext,
  rejectedApplication,
  roomLoan,
  singkawangContext,
} from './lettersFixtures';

const OUT = 'test/e2e/screenshots/request-letters';
const pages = (text: string) => text.split('\f').filter((p) => p.trim().length > 0);
const squash = (s: string) => s.replace(/\s+/g, ' ');
const pdfBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Where each line stands in the text, to check they come in this order. */
function inOrder(text: string, lines: readonly string[]) {
  const at = lines.map((l) => text.indexOf(l));
  expect(at.map((i, n) => (i < 0 ? `missing: ${lines[n]}` : 'found'))).toEqual(lines.map(() => 'found'));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

async function qrOf(png: string): Promise<string | null> {
  const image = PNG.sync.read(await readFile(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('the schedule notice of a room loan', () => {
  it('tells Dinas Pendidikan its slot and the preparation on one page of the office letterhead', async () => {
    const letter = issued(roomLoan, 'schedule_notice', 21, '000.8.3.3/21/AI-A/2026');
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('schedule_notice', roomLoan, letter, pontianakContext),
    );
    const png = await pdfToPngs(pdf, OUT, 'schedule-notice');
    const text = squash(await pdfText(pdf));
    expect(png).toHaveLength(1);
    inOrder(text, [
      'PEMERINTAH KOTA PONTIANAK',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Jalan Rahadi Osman No. 3 Telp. (0561) 8181771',
      'E-mail: diskominfo@pontianak.go.id',
      'Pontianak, 3 Desember 2026',
      'Nomor : 000.8.3.3/21/AI-A/2026',
      'Sifat : Biasa',
      'Lampiran : -',
      'Hal : Pemberitahuan Jadwal Peminjaman Ruangan Pontive Center',
      'Yth. Pimpinan Dinas Pendidikan dan Kebudayaan Kota Pontianak',
      'u.p. Ibu Sari Handayani',
      'di Tempat',
      'Menindaklanjuti surat Saudara nomor 005/1234/Disdikbud-A/2026 tanggal 30 November 2026 perihal Permohonan peminjaman ruangan untuk rapat koordinasi guru TIK',
      'Hari/tanggal : Rabu, 9 Desember 2026',
      'Waktu : 09.00–11.00 WIB',
      'Tempat : Ruang Pontive Center',
      'Jumlah peserta : 25 orang',
      'Ruangan kami siapkan 30 menit sebelum kegiatan dimulai, yaitu pukul 08.30 WIB',
      'tidak diperkenankan menyajikan makanan secara prasmanan',
      'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.',
      'Kepala Seksi Pengembangan dan Kemitraan',
      'Drs. H. Ahmad Fauzi, M.Si.',
      'NIP. 19610329 198903 1 004',
    ]);
    // A Pontive loan has no connection test; a one-page letter carries no page number.
    expect(text).not.toContain('Uji koneksi');
    expect(text).not.toContain('Halaman');
    // The attendance QR the participants scan at the kiosk, beside the signature.
    expect(text).toContain('Kode kehadiran peserta (PMH-2026-ROOM1X)');
    // The kiosk's scan desk reads it as the event's QR (shared/requests/attendanceCode.ts).
    expect(readAttendanceScan((await qrOf(png[0]!)) ?? '')).toBe(roomLoan.attendanceToken);
    // Filed letters never change: the same input gives the same bytes.
    const again = await renderRequestLetterPdf('schedule_notice', roomLoan, letter, pontianakContext);
    expect(pdfBuffer(again).equals(pdf)).toBe(true);
  });

  it("gives Singkawang's internet meeting its connection test, on Singkawang's kop and number", async () => {
    const number = formatLetterNumber(singkawangContext.requestSettings.numbering, 4, 2026);
    const letter = issued(internetMeeting, 'schedule_notice', 4, number);
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('schedule_notice', internetMeeting, letter, singkawangContext),
    );
    expect(await pdfToPngs(pdf, OUT, 'schedule-notice-singkawang')).toHaveLength(1);
    const text = squash(await pdfText(pdf));
    inOrder(text, [
      'PEMERINTAH KOTA SINGKAWANG',
      'BIDANG APLIKASI INFORMATIKA',
      'SEKSI LAYANAN E-GOVERNMENT',
      'Singkawang, 3 Desember 2026',
      'Nomor : 000.1.2.3/4/DKIS-SKW/2026',
      'Hal : Pemberitahuan Jadwal Rapat dengan Akses Internet',
      'Yth. Pimpinan Badan Pusat Statistik Kota Singkawang',
      'Waktu : 09.00–11.00 WIB',
      'Tempat : Ruang TCM (Tele Conference Meeting)',
      'Aplikasi : Zoom',
      'Uji koneksi : Selasa, 8 Desember 2026 pukul 14.00 WIB',
      'Uji koneksi internet dan perangkat bersama operator kami dilaksanakan pada Selasa, 8 Desember 2026 pukul 14.00 WIB',
    ]);
    // The TCM room has no buffet rule in Singkawang's settings.
    expect(text).not.toContain('prasmanan');
  });
});

describe('the reschedule notice', () => {
  it('names the slot that clashed and the one agreed', async () => {
    const letter = issued(movedVisit, 'reschedule_notice', 22, '000.8.3.3/22/AI-A/2026');
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('reschedule_notice', movedVisit, letter, pontianakContext),
    );
    expect(await pdfToPngs(pdf, OUT, 'reschedule-notice')).toHaveLength(1);
    const text = squash(await pdfText(pdf));
    inOrder(text, [
      'Hal : Pemberitahuan Perubahan Jadwal Kunjungan Pontive Center',
      'Yth. Pimpinan SMA Negeri 1 Pontianak',
      'nomor 421.3/88/SMAN1/2026 tanggal 28 November 2026',
      'yaitu Rabu, 9 Desember 2026 pukul 13.00–15.00 WIB di Ruang Pontive Center, ruangan telah terjadwal untuk kegiatan lain',
      'Hari/tanggal : Kamis, 10 Desember 2026',
      'Waktu : 13.00–15.00 WIB',
      'pukul 12.30 WIB',
    ]);
    // The desk's own note of the phone call stays on the record, not in the letter.
    expect(text).not.toContain('lewat telepon');
  });
});

describe('the replies to an application request (SOP 100)', () => {
  it('tells the office it is refused, with the reason, hostile text printed as text', async () => {
    const letter = issued(rejectedApplication, 'reply_rejected', 23, '000.8.3.3/23/AI-A/2026');
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('reply_rejected', rejectedApplication, letter, pontianakContext),
    );
    const png = await pdfToPngs(pdf, OUT, 'reply-rejected');
    expect(png).toHaveLength(1);
    const text = squash(await pdfText(pdf));
    inOrder(text, [
      'Hal : Jawaban atas Permohonan Pembangunan/Pengembangan Aplikasi',
      'Yth. Pimpinan Kecamatan Pontianak Kota',
      'nomor 027/415/Kec-PK/2026 tanggal 12 Oktober 2026 perihal Permohonan pembangunan aplikasi antrean kecamatan',
      'belum dapat kami penuhi dengan pertimbangan sebagai berikut:',
      'Kebutuhan antrean kecamatan telah dapat dipenuhi oleh aplikasi Loket',
      '<b>Catatan</b>',
      'Demikian disampaikan',
    ]);
    // Roboto has no emoji: it is left out rather than printed as a box; no QR on a reply.
    expect(text).not.toContain('🚀');
    expect(text).not.toContain('Kode kehadiran');
    expect(await qrOf(png[0]!)).toBeNull();
  });

  it('tells the office it is accepted and planned in the RKA of 2027, with the analysis', async () => {
    const letter = issued(acceptedApplication, 'reply_accepted', 24, '000.8.3.3/24/AI-A/2026');
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('reply_accepted', acceptedApplication, letter, pontianakContext),
    );
    expect(await pdfToPngs(pdf, OUT, 'reply-accepted')).toHaveLength(1);
    const text = squash(await pdfText(pdf));
    inOrder(text, [
      'Yth. Pimpinan Badan Perencanaan Pembangunan Daerah Kota Pontianak',
      'permohonan tersebut dapat kami terima',
      'Rencana Kerja dan Anggaran (RKA) Dinas Komunikasi dan Informatika Kota Pontianak Tahun Anggaran 2027',
      'hasil analisis dan pembahasan teknis',
      'Pengembangan modul usulan kelurahan',
      'Pembahasan teknis bersama Bappeda pada 15 Oktober 2026',
    ]);
  });

  it('keeps a 4,000-character reason whole over two pages, the signature with the closing, no NIP for a non-ASN officer', async () => {
    const endless = `${'Alasan <img src=x onerror=alert(1)> panjang 😀 '.repeat(90)}AKHIR-ALASAN`.slice(
      -4000,
    );
    const record = {
      ...rejectedApplication,
      kind: 'room' as const,
      intake: { ...rejectedApplication.intake, typeId: 'room_loan' },
      decision: { ...rejectedApplication.decision!, reason: endless },
    };
    const letter = {
      ...issued(record, 'reply_rejected', 25, '000.8.3.3/25/AI-A/2026'),
      officer: { id: 'o-admin', name: 'Rina Wulandari', nip: null, title: null },
    };
    const pdf = pdfBuffer(await renderRequestLetterPdf('reply_rejected', record, letter, pontianakContext));
    const png = await pdfToPngs(pdf, OUT, 'reply-rejected-long');
    const each = pages(await pdfText(pdf));
    expect(png).toHaveLength(2);
    expect(each).toHaveLength(2);
    each.forEach((p, i) => expect(squash(p)).toContain(`Halaman ${i + 1} dari 2`));
    const text = squash(each.join(' '));
    expect(text).toContain('Alasan <img src=x onerror=alert(1)> panjang');
    expect(text).toContain('AKHIR-ALASAN');
    // A room request refused points to another time; the signer's title falls back to the settings'.
    expect(text).toContain('mengajukan kembali permohonan untuk waktu atau ruangan yang lain');
    const last = squash(each[1]!);
    expect(last).toContain('Demikian disampaikan');
    expect(last).toContain('Admin Pontive Center,');
    expect(last).toContain('Rina Wulandari');
    expect(text).not.toContain('NIP.');
  });

  it('has an English version', async () => {
    const letter = issued(rejectedApplication, 'reply_rejected', 23, '000.8.3.3/23/AI-A/2026');
    const document = requestLetterDocument('reply_rejected', rejectedApplication, letter, {
      ...pontianakContext,
      lang: 'en',
    });
    expect(document.nature).toBe('Ordinary');
    expect(document.addressee[0]).toBe('To: Kecamatan Pontianak Kota');
    expect(document.closing).toBe(requestWords.en.closing);
    const pdf = pdfBuffer(
      await renderRequestLetterPdf('reply_rejected', rejectedApplication, letter, {
        ...pontianakContext,
        lang: 'en',
      }),
    );
    const text = squash(await pdfText(pdf));
    expect(text).toContain('Pontianak, 3 December 2026');
    expect(text).toContain('Number : 000.8.3.3/23/AI-A/2026');
    expect(text).toContain('With reference to your letter number 027/415/Kec-PK/2026 of 12 October 2026');
  });
});

describe('the letter templates', () => {
  it('answers a request that came without a letter by the day it was received', () => {
    const portal = {
      ...roomLoan,
      source: 'portal' as const,
      intake: {
        ...roomLoan.intake,
        letter: { ...roomLoan.intake.letter, number: '', date: null, receivedOn: null },
      },
    };
    const d = requestLetterDocument(
      'schedule_notice',
      portal,
      issued(portal, 'schedule_notice', 1, '1'),
      pontianakContext,
    );
    const first = d.body[0]!;
    expect(first.kind === 'paragraph' && first.text).toMatch(
      /^Menindaklanjuti permohonan Saudara yang kami terima pada tanggal 1 Desember 2026 perihal Permohonan peminjaman/,
    );
  });

  it('gives notice of the requested slot until one is agreed, and refuses a reschedule notice without one', () => {
    const unscheduled = { ...roomLoan, schedule: null };
    const d = requestLetterDocument(
      'schedule_notice',
      unscheduled,
      issued(unscheduled, 'schedule_notice', 1, '1'),
      pontianakContext,
    );
    expect(d.body[1]).toEqual(
      expect.objectContaining({
        kind: 'facts',
        rows: expect.arrayContaining([['Waktu', '09.00–11.00 WIB']]),
      }),
    );
    expect(() =>
      requestLetterDocument(
        'reschedule_notice',
        unscheduled,
        issued(unscheduled, 'reschedule_notice', 1, '1'),
        pontianakContext,
      ),
    ).toThrow(RangeError);
  });

  it('names the slot asked for as far as it was given', () => {
    const startOnly = {
      ...movedVisit,
      intake: { ...movedVisit.intake, event: { ...movedVisit.intake.event, end: null, roomId: null } },
    };
    const opening = (r: typeof movedVisit) => {
      const first = requestLetterDocument(
        'reschedule_notice',
        r,
        issued(r, 'reschedule_notice', 1, '1'),
        pontianakContext,
      ).body[0]!;
      return first.kind === 'paragraph' ? first.text : '';
    };
    expect(opening(startOnly)).toContain(
      'yaitu Rabu, 9 Desember 2026 pukul 13.00 WIB, ruangan telah terjadwal',
    );
    const noDay = {
      ...startOnly,
      intake: { ...startOnly.intake, event: { ...startOnly.intake.event, day: null } },
    };
    expect(opening(noDay)).toContain('pada waktu yang Saudara mohonkan, ruangan telah terjadwal');
  });

  it('addresses the head of an office unless the position is already named', () => {
    const w = requestWords.id;
    expect(w.addressee('Dinas Sosial Kota Pontianak')).toBe('Yth. Pimpinan Dinas Sosial Kota Pontianak');
    expect(w.addressee('Kepala Dinas Sosial Kota Pontianak')).toBe('Yth. Kepala Dinas Sosial Kota Pontianak');
    expect(w.addressee('Yth. Camat Pontianak Barat')).toBe('Yth. Camat Pontianak Barat');
  });

  it('capitalises a Hal as letters do, small words kept small', () => {
    expect(titleCase('peminjaman ruangan Pontive Center')).toBe('Peminjaman Ruangan Pontive Center');
    expect(titleCase('pembangunan/pengembangan aplikasi')).toBe('Pembangunan/Pengembangan Aplikasi');
    expect(titleCase('rapat dengan akses internet')).toBe('Rapat dengan Akses Internet');
  });
});
