// Every word printed on a slip, in plain Bahasa Indonesia first and English one option away
// (STYLE.md "UI"). Slips are printed by the main process, so they cannot use the renderer's i18n
// catalogue; the table lives here, next to the builders that use it.

export type SlipLang = 'id' | 'en';

export interface SlipLabels {
  readonly checkInTitle: string;
  readonly visitor: string;
  readonly desk: string;
  readonly locker: string;
  readonly noLocker: string;
  readonly checkedInAt: string;
  readonly endsAt: string;
  readonly checkoutHint: string;
  readonly keepSlip: string;
  readonly walkInTitle: string;
  readonly date: string;
  readonly issuedAt: string;
  readonly walkInHint: string;
  readonly recapTitle: string;
  readonly visits: string;
  readonly peakHour: string;
  readonly desksUsed: string;
  readonly averageStay: string;
  readonly overstays: string;
  readonly noShows: string;
  readonly closedWithoutConfirmation: string;
  readonly equipmentProblems: string;
  readonly notes: string;
  readonly none: string;
  readonly printedAt: string;
  readonly minutes: string;
  readonly hoursShort: string;
  readonly testTitle: string;
  readonly testPrinter: string;
  readonly testPaper: string;
  readonly testAlign: readonly [left: string, center: string, right: string];
  readonly testBold: string;
  readonly testLarge: string;
  readonly testSample: string;
  readonly testQrHint: string;
}

export const slipLabels: Readonly<Record<SlipLang, SlipLabels>> = {
  id: {
    checkInTitle: 'BUKTI CHECK-IN',
    visitor: 'Pengunjung',
    desk: 'Meja',
    locker: 'Loker',
    noLocker: '-',
    checkedInAt: 'Masuk',
    endsAt: 'Batas waktu',
    checkoutHint: 'Pindai kode ini di kios saat pulang.',
    keepSlip: 'Simpan bukti ini selama berkunjung.',
    walkInTitle: 'RESERVASI',
    date: 'Tanggal',
    issuedAt: 'Dibuat',
    walkInHint: 'Pindai kode ini di kios untuk check-in.',
    recapTitle: 'REKAP HARIAN',
    visits: 'Kunjungan',
    peakHour: 'Jam tersibuk',
    desksUsed: 'Meja terpakai',
    averageStay: 'Rata-rata lama',
    overstays: 'Melewati batas',
    noShows: 'Tidak datang',
    closedWithoutConfirmation: 'Ditutup tanpa konfirmasi',
    equipmentProblems: 'Masalah peralatan',
    notes: 'Catatan',
    none: '-',
    printedAt: 'Dicetak',
    minutes: 'menit',
    hoursShort: 'j',
    testTitle: 'HALAMAN UJI',
    testPrinter: 'Printer',
    testPaper: 'Kertas',
    testAlign: ['Kiri', 'Tengah', 'Kanan'],
    testBold: 'Huruf tebal',
    testLarge: 'BESAR',
    testSample: '“Selamat datang” – ruang kerja bersama, Pontianak',
    testQrHint: 'Kode QR ini harus terbaca oleh pemindai.',
  },
  en: {
    checkInTitle: 'CHECK-IN SLIP',
    visitor: 'Visitor',
    desk: 'Desk',
    locker: 'Locker',
    noLocker: '-',
    checkedInAt: 'Checked in',
    endsAt: 'Stay ends',
    checkoutHint: 'Scan this code at the kiosk when you leave.',
    keepSlip: 'Keep this slip during your visit.',
    walkInTitle: 'RESERVATION',
    date: 'Date',
    issuedAt: 'Issued',
    walkInHint: 'Scan this code at the kiosk to check in.',
    recapTitle: 'DAILY RECAP',
    visits: 'Visits',
    peakHour: 'Peak hour',
    desksUsed: 'Desks used',
    averageStay: 'Average stay',
    overstays: 'Overstays',
    noShows: 'No-shows',
    closedWithoutConfirmation: 'Closed unconfirmed',
    equipmentProblems: 'Equipment problems',
    notes: 'Notes',
    none: '-',
    printedAt: 'Printed',
    minutes: 'min',
    hoursShort: 'h',
    testTitle: 'TEST PAGE',
    testPrinter: 'Printer',
    testPaper: 'Paper',
    testAlign: ['Left', 'Centre', 'Right'],
    testBold: 'Bold text',
    testLarge: 'LARGE',
    testSample: '“Welcome” – coworking space, Pontianak',
    testQrHint: 'The scanner must read this QR code.',
  },
};
