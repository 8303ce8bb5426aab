// The portal's complaint pages in Bahasa Indonesia and English. Field errors, the consent and the
// status names are the kiosk's own words (renderer/src/i18n/complaints), so a visitor reads the same
// at the desk and on the phone.
import { complaintsEn } from '../../../renderer/src/i18n/complaints/en';
import { complaintsId } from '../../../renderer/src/i18n/complaints/id';
import { complaintsErrorsEn } from '../../../renderer/src/i18n/complaints/errorsEn';
import { complaintsErrorsId } from '../../../renderer/src/i18n/complaints/errorsId';
import type { Lang } from '../../web/lang';

const id = {
  formTitle: 'Sampaikan pengaduan',
  formIntro:
    'Pengaduan Anda dibaca dan dijawab petugas. Boleh tanpa nama; Anda mendapat nomor tiket untuk melihat jawabannya.',
  chooseSite: 'Pilih lokasi layanan',
  service: complaintsId.kiosk.serviceTitle,
  serviceOther: complaintsId.kiosk.serviceOther,
  text: complaintsId.kiosk.textLabel,
  textHint: complaintsId.kiosk.textHint,
  contactTitle: complaintsId.kiosk.contactTitle,
  contactHint: complaintsId.kiosk.contactHint,
  name: complaintsId.kiosk.name,
  email: complaintsId.kiosk.email,
  phone: complaintsId.kiosk.phone,
  contactEither: complaintsId.kiosk.contactEither,
  consentTitle: complaintsId.kiosk.consentTitle,
  consentText: complaintsId.kiosk.consentText,
  kept: (days: number) => (days % 365 === 0 ? `${days / 365} tahun` : `${days} hari`),
  consent: complaintsId.kiosk.consent,
  submit: complaintsId.kiosk.submit,
  checkFields: 'Periksa isian yang ditandai.',
  channelsTitle: complaintsId.kiosk.channelsTitle,
  channelsHint: complaintsId.kiosk.channelsHint,
  lookupTitle: 'Lihat status pengaduan',
  lookupIntro: 'Masukkan nomor tiket dan kode akses dari layar kios, bukti cetak, atau e-mail Anda.',
  lookupLink: 'Sudah mengadu? Lihat statusnya',
  ticket: complaintsId.kiosk.ticketLabel,
  ticketHint: 'Contoh: ADU-7K3M-Q9XZ-4',
  code: complaintsId.kiosk.codeLabel,
  codeHint: 'Contoh: 4F7KM-2Q9XZ',
  lookup: 'Lihat status',
  ticketInvalid: 'Nomor tiket tidak dikenali. Contoh: ADU-7K3M-Q9XZ-4',
  ticketTypo: 'Nomor tiket salah ketik: periksa setiap huruf dan angkanya.',
  codeInvalid: 'Kode akses terdiri dari 10 huruf dan angka. Contoh: 4F7KM-2Q9XZ',
  notFoundTitle: 'Pengaduan tidak ditemukan',
  notFound: 'Nomor tiket dan kode akses itu tidak cocok dengan pengaduan mana pun. Periksa kembali keduanya.',
  statusTitle: 'Status pengaduan',
  justFiled: complaintsId.kiosk.doneTitle,
  keep: 'Simpan nomor tiket dan kode akses ini, atau tandai halaman ini: hanya dengan keduanya status ini bisa dibuka.',
  mailNote: (to: string) => `Jawaban juga dikirim ke ${to}.`,
  serviceLabel: 'Layanan',
  filed: 'Diterima',
  state: 'Status',
  yourText: 'Pengaduan Anda',
  answer: 'Jawaban petugas',
  noAnswer: 'Belum ada jawaban. Petugas akan menjawab secepatnya.',
  lapor: 'Nomor SP4N-LAPOR!',
  closeNote: 'Catatan',
  steps: complaintsId.status,
  another: 'Sampaikan pengaduan lain',
  tooMany: 'Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam beberapa menit.',
  errors: complaintsErrorsId,
};

type Text = typeof id;

const en: Text = {
  formTitle: 'Make a complaint',
  formIntro:
    'An officer reads and answers your complaint. You may stay anonymous; you get a ticket number to read the answer.',
  chooseSite: 'Choose a service location',
  service: complaintsEn.kiosk.serviceTitle,
  serviceOther: complaintsEn.kiosk.serviceOther,
  text: complaintsEn.kiosk.textLabel,
  textHint: complaintsEn.kiosk.textHint,
  contactTitle: complaintsEn.kiosk.contactTitle,
  contactHint: complaintsEn.kiosk.contactHint,
  name: complaintsEn.kiosk.name,
  email: complaintsEn.kiosk.email,
  phone: complaintsEn.kiosk.phone,
  contactEither: complaintsEn.kiosk.contactEither,
  consentTitle: complaintsEn.kiosk.consentTitle,
  consentText: complaintsEn.kiosk.consentText,
  kept: (days) => (days % 365 === 0 ? `${days / 365} year${days === 365 ? '' : 's'}` : `${days} days`),
  consent: complaintsEn.kiosk.consent,
  submit: complaintsEn.kiosk.submit,
  checkFields: 'Please check the marked fields.',
  channelsTitle: complaintsEn.kiosk.channelsTitle,
  channelsHint: complaintsEn.kiosk.channelsHint,
  lookupTitle: 'Complaint status',
  lookupIntro:
    'Enter the ticket number and access code from the kiosk screen, the printed receipt or your e-mail.',
  lookupLink: 'Already complained? See the status',
  ticket: complaintsEn.kiosk.ticketLabel,
  ticketHint: 'Example: ADU-7K3M-Q9XZ-4',
  code: complaintsEn.kiosk.codeLabel,
  codeHint: 'Example: 4F7KM-2Q9XZ',
  lookup: 'See status',
  ticketInvalid: 'That is not a ticket number. Example: ADU-7K3M-Q9XZ-4',
  ticketTypo: 'The ticket number has a typo: check each letter and digit.',
  codeInvalid: 'An access code is 10 letters and digits. Example: 4F7KM-2Q9XZ',
  notFoundTitle: 'Complaint not found',
  notFound: 'That ticket number and access code match no complaint. Please check both.',
  statusTitle: 'Complaint status',
  justFiled: complaintsEn.kiosk.doneTitle,
  keep: 'Keep this ticket number and access code, or bookmark this page: only both together open this status.',
  mailNote: (to) => `The answer is also sent to ${to}.`,
  serviceLabel: 'Service',
  filed: 'Received',
  state: 'Status',
  yourText: 'Your complaint',
  answer: "Officer's answer",
  noAnswer: 'No answer yet. An officer will answer as soon as possible.',
  lapor: 'SP4N-LAPOR! number',
  closeNote: 'Note',
  steps: complaintsEn.status,
  another: 'Make another complaint',
  tooMany: 'Too many requests from your address. Try again in a few minutes.',
  errors: complaintsErrorsEn,
};

export const complaintsText: Record<Lang, Text> = { id, en };

/** An error key from the complaint schemas ('errors.complaints.textRequired') in the visitor's language. */
export function complaintError(lang: Lang, key: string): string {
  const name = key.replace(/^errors\.complaints\./, '') as keyof Text['errors'];
  return complaintsText[lang].errors[name] ?? complaintsText[lang].checkFields;
}

export function complaintConsent(lang: Lang, office: string, retentionDays: number): string {
  const t = complaintsText[lang];
  return t.consentText.replace('{{office}}', office).replace('{{kept}}', t.kept(retentionDays));
}
