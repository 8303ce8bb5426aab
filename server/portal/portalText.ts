// The portal's words in Bahasa Indonesia and English. The form's field errors are the kiosk's own
// (the renderer's catalogue), so a visitor reads the same message at the desk and on the phone.
import { en as kioskEn } from '../../renderer/src/i18n/en';
import { id as kioskId } from '../../renderer/src/i18n/id';
import type { ReservationRefusal } from '../../shared/rules/reservationRules';
import type { Lang } from '../web/lang';

const id = {
  chooseSite: 'Pilih lokasi layanan',
  chooseSiteIntro: 'Reservasi meja coworking di layanan pemerintah kota. Pilih lokasinya:',
  reserveTitle: 'Reservasi meja coworking',
  otherRequests:
    'Ingin meminjam ruangan, berkunjung ke Pontive Center, rapat daring, atau mengajukan aplikasi?',
  otherRequestsLink: 'Ajukan permohonan dengan surat',
  reserveIntro: 'Pilih hari, lalu isi data Anda. Anda akan mendapat kode QR untuk masuk di meja layanan.',
  hours: (hours: string, stay: number) =>
    `Buka ${hours}, Senin–Jumat kecuali hari libur. Paling lama ${stay} jam per kunjungan.`,
  dayLegend: 'Hari kedatangan',
  desksLeft: (n: number) => `${n} meja tersisa`,
  full: 'Penuh',
  today: 'Hari ini',
  fullName: kioskId.register.fullName,
  email: kioskId.register.email,
  phone: kioskId.register.phone,
  phoneHint: kioskId.register.phoneHint,
  emailHint: 'Kode QR juga dikirim ke alamat ini.',
  consentTitle: kioskId.register.consentTitle,
  consentText: kioskId.register.consentText,
  kept: (days: number) => (days % 365 === 0 ? `${days / 365} tahun` : `${days} hari`),
  consent: kioskId.register.consent,
  submit: kioskId.register.submit,
  checkFields: 'Periksa isian yang ditandai.',
  notOpen: 'Reservasi daring untuk lokasi ini belum dibuka. Silakan datang langsung ke meja layanan.',
  noDays: 'Saat ini tidak ada hari yang bisa dipesan. Silakan coba lagi besok.',
  pickDay: 'Pilih hari kedatangan.',
  refused: {
    day_past: 'Hari itu sudah lewat atau layanan hari ini sudah tutup. Pilih hari lain.',
    day_closed: 'Hari itu bukan hari layanan (akhir pekan atau hari libur). Pilih hari lain.',
    too_far_ahead: 'Hari itu terlalu jauh ke depan. Pilih hari dari daftar.',
    fully_booked: 'Maaf, semua meja pada hari itu sudah dipesan. Pilih hari lain.',
    already_booked: 'Anda sudah punya reservasi pada hari itu. Periksa e-mail Anda untuk kode QR-nya.',
    not_open: 'Reservasi daring untuk lokasi ini belum dibuka.',
  } satisfies Record<ReservationRefusal | 'not_open', string>,
  ticketTitle: (name: string) => `Reservasi berhasil, ${name}!`,
  yourReservation: 'Reservasi Anda',
  showQr:
    'Saat datang, pindai kode QR ini di pemindai meja layanan. Kode tidak terbaca? Sebutkan kode di bawahnya kepada petugas.',
  qrAlt: 'Kode QR reservasi',
  day: 'Tanggal',
  place: 'Tempat',
  name: 'Atas nama',
  state: 'Status',
  status: {
    booked: 'Terpesan',
    checked_in: 'Sudah masuk',
    completed: 'Selesai',
    cancelled: 'Dibatalkan',
    no_show: 'Tidak datang',
  } as Record<string, string>,
  savePng: 'Simpan gambar QR',
  savePdf: 'Unduh tiket (PDF)',
  mailSent: (to: string) => `Kode QR juga sudah dikirim ke ${to}.`,
  mailPending: (to: string) => `Kode QR sedang dikirim ke ${to}.`,
  mailFailed: (to: string) => `E-mail ke ${to} gagal terkirim. Simpan kode QR dari halaman ini.`,
  keepLink: 'Simpan alamat halaman ini: dari sini Anda bisa melihat atau membatalkan reservasi.',
  cancel: 'Batalkan reservasi',
  cancelConfirm: 'Meja Anda akan diberikan kepada pengunjung lain.',
  cancelYes: 'Ya, batalkan',
  cancelled: 'Reservasi sudah dibatalkan.',
  tooLate: 'Reservasi ini sudah dipakai untuk masuk, jadi tidak bisa dibatalkan.',
  another: 'Buat reservasi lain',
  notFound: 'Reservasi tidak ditemukan. Periksa kembali alamat tautannya.',
  siteNotFound: 'Lokasi layanan tidak ditemukan.',
  tooMany: 'Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam beberapa menit.',
  tooLarge: 'Isian terlalu besar. Periksa kembali data Anda.',
  fieldErrors: kioskId.errors.field,
};

type PortalText = typeof id;

const en: PortalText = {
  chooseSite: 'Choose a service location',
  chooseSiteIntro: 'Reserve a coworking desk at a city government service. Choose the location:',
  reserveTitle: 'Reserve a coworking desk',
  otherRequests:
    'Want to borrow a room, visit the Pontive Center, hold an online meeting or request an application?',
  otherRequestsLink: 'Send a request with your letter',
  reserveIntro: 'Choose a day, then fill in your details. You get a QR code to check in at the front desk.',
  hours: (hours, stay) => `Open ${hours}, Monday–Friday except holidays. At most ${stay} hours a visit.`,
  dayLegend: 'Day of your visit',
  desksLeft: (n) => `${n} desk${n === 1 ? '' : 's'} left`,
  full: 'Full',
  today: 'Today',
  fullName: kioskEn.register.fullName,
  email: kioskEn.register.email,
  phone: kioskEn.register.phone,
  phoneHint: kioskEn.register.phoneHint,
  emailHint: 'The QR code is also sent to this address.',
  consentTitle: kioskEn.register.consentTitle,
  consentText: kioskEn.register.consentText,
  kept: (days) => (days % 365 === 0 ? `${days / 365} year${days === 365 ? '' : 's'}` : `${days} days`),
  consent: kioskEn.register.consent,
  submit: kioskEn.register.submit,
  checkFields: 'Please check the marked fields.',
  notOpen: 'Online reservations for this location are not open yet. Please come to the front desk.',
  noDays: 'No day can be reserved right now. Please try again tomorrow.',
  pickDay: 'Choose the day of your visit.',
  refused: {
    day_past: 'That day has passed or today’s service has closed. Choose another day.',
    day_closed: 'That day is not a service day (weekend or holiday). Choose another day.',
    too_far_ahead: 'That day is too far ahead. Choose a day from the list.',
    fully_booked: 'Sorry, every desk is booked that day. Choose another day.',
    already_booked: 'You already have a reservation that day. Check your e-mail for its QR code.',
    not_open: 'Online reservations for this location are not open yet.',
  },
  ticketTitle: (name) => `You are booked, ${name}!`,
  yourReservation: 'Your reservation',
  showQr:
    'When you arrive, scan this QR code at the front-desk scanner. If it does not scan, read the code below it to the officer.',
  qrAlt: 'Reservation QR code',
  day: 'Date',
  place: 'Place',
  name: 'Name',
  state: 'Status',
  status: {
    booked: 'Booked',
    checked_in: 'Checked in',
    completed: 'Completed',
    cancelled: 'Cancelled',
    no_show: 'Did not come',
  },
  savePng: 'Save the QR picture',
  savePdf: 'Download the ticket (PDF)',
  mailSent: (to) => `The QR code was also sent to ${to}.`,
  mailPending: (to) => `The QR code is on its way to ${to}.`,
  mailFailed: (to) => `The e-mail to ${to} could not be sent. Save the QR code from this page.`,
  keepLink: 'Keep this page’s address: from here you can see or cancel the reservation.',
  cancel: 'Cancel the reservation',
  cancelConfirm: 'Your desk will be given to another visitor.',
  cancelYes: 'Yes, cancel',
  cancelled: 'The reservation is cancelled.',
  tooLate: 'This reservation was already used to check in, so it cannot be cancelled.',
  another: 'Make another reservation',
  notFound: 'Reservation not found. Check the link’s address.',
  siteNotFound: 'Service location not found.',
  tooMany: 'Too many requests from your address. Try again in a few minutes.',
  tooLarge: 'The form is too large. Check your details.',
  fieldErrors: kioskEn.errors.field,
};

export const portalText: Record<Lang, PortalText> = { id, en };

/** A field error key from the shared schemas ('errors.field.nameRequired') in the visitor's language. */
export function fieldError(lang: Lang, key: string): string {
  const name = key.replace(/^errors\.field\./, '') as keyof PortalText['fieldErrors'];
  return portalText[lang].fieldErrors[name] ?? portalText[lang].fieldErrors.invalid;
}

/** The consent text with the office and the retention period filled in, as the kiosk shows it. */
export function consentText(lang: Lang, office: string, retentionDays: number): string {
  const t = portalText[lang];
  return t.consentText.replace('{{office}}', office).replace('{{kept}}', t.kept(retentionDays));
}
