// The portal's request pages in Bahasa Indonesia and English: the form, the rules' messages (one
// per rule of shared/requests/requestRules.ts, worded for the requester who fills the form in), and
// the status page. Days in the messages come as 'YYYY-MM-DD' and are written the Indonesian way
// ("Rabu, 9 Desember 2026"); times as 'HH.MM'.
import { requestFieldWords, requestFormFields } from '../../../shared/requests/fieldWords';
import { MAX_LETTER_BYTES, letterFileErrorsEn, letterFileErrorsId } from '../../../shared/files';
import type { RuleFailure } from '../../../shared/requests/requestRules';
import type { RequestStatus } from '../../../shared/requests/requestRecord';
import { longDay, type Lang } from '../../web/lang';

/** The fields of the portal's form: the rules' field ids, the no-buffet confirmation and the notes. */
export const formFieldIds = requestFormFields;
export type FormFieldId = (typeof formFieldIds)[number];

/** The letter's size limit in whole megabytes, as the hint names it. */
const MB = Math.floor(MAX_LETTER_BYTES / (1024 * 1024));

type Params = Readonly<Record<string, string | number>>;
type RuleWords = Readonly<Record<RuleFailure['rule'], (p: Params, day: (d: unknown) => string) => string>>;

const id = {
  title: 'Permohonan ruangan, kunjungan dan rapat',
  chooseTypeIntro:
    'Ajukan permohonan dengan surat resmi dari instansi atau kelompok Anda. Pilih jenis permohonan:',
  chooseSite: 'Pilih lokasi layanan',
  formIntro:
    'Isi data di bawah ini sesuai surat permohonan Anda. Data yang tidak lengkap atau tidak benar membuat permohonan gagal.',
  otherType: 'Pilih jenis permohonan lain',
  typeRule: {
    entered: (days: number) =>
      days === 0
        ? 'Dapat diajukan kapan saja.'
        : `Diajukan paling lambat ${days} hari sebelum kegiatan (H-${days}).`,
    letterReceived: (days: number, working: boolean) =>
      `Surat diterima paling lambat ${days} hari${working ? ' kerja' : ''} sebelum pelaksanaan.`,
    noBuffet: 'Tanpa makanan prasmanan di ruangan.',
  },
  required: 'wajib',
  optional: 'tidak wajib',
  section: {
    requester: 'Pemohon',
    letter: 'Surat permohonan',
    event: 'Waktu dan tempat',
    meeting: 'Rapat daring',
    confirm: 'Pernyataan',
    notes: 'Catatan',
  },
  field: requestFieldWords.id,
  start: 'Jam mulai',
  end: 'Jam selesai',
  testDay: 'Tanggal uji koneksi',
  testTime: 'Jam uji koneksi',
  hint: {
    office: 'Contoh: Dinas Pendidikan Kota Pontianak, SMA Negeri 1, Komunitas Pontianak Digital.',
    contactPhone: 'Contoh: 0812 3456 7890. Petugas menghubungi nomor ini untuk menyepakati jadwal.',
    letterFile: `PDF, PNG atau JPG, paling besar ${MB} MB.`,
    letterFileAgain: (name: string) =>
      `Pilih lagi berkas surat Anda (${name}): berkas tidak disimpan sebelum permohonan terkirim.`,
    day: 'Pilih pada kalender, atau ketik seperti 2026-12-09.',
    time: 'Contoh: 09:00 atau 13:30.',
    equipment: 'Pisahkan dengan koma. Contoh: proyektor, mikrofon, laptop.',
    layout: 'Contoh: kelas, huruf U, teater.',
    application: 'Contoh: Zoom, Google Meet.',
    connectionTest: 'Sebelum kegiatan dimulai, bersama tim ruangan.',
  },
  roomChoice: 'Pilih ruangan',
  roomCapacity: (name: string, capacity: number) => `${name} (${capacity} orang)`,
  noBuffet: 'Saya menyatakan tidak akan menyajikan makanan prasmanan di ruangan selama kegiatan.',
  submit: 'Kirim permohonan',
  summaryTitle: 'Permohonan belum dapat dikirim',
  missingTitle: 'Isian wajib yang belum diisi:',
  otherProblems: 'Yang perlu diperbaiki:',
  nothingSaved: 'Belum ada yang tersimpan. Perbaiki isian yang ditandai, lalu kirim lagi.',
  formKeyAgain: 'Formulir ini sudah kedaluwarsa. Periksa isiannya, lalu kirim lagi.',
  /** Messages of the intake schema's keys (errors.requests.<key>). */
  schema: {
    contactPhoneInvalid: 'Nomor HP tidak dikenali. Contoh: 0812 3456 7890.',
    contactEmailInvalid: 'Alamat e-mail tidak dikenali. Contoh: nama@instansi.go.id.',
    dayInvalid: 'Tanggal tidak dikenali. Contoh: 2026-12-09.',
    timeInvalid: 'Jam tidak dikenali. Contoh: 09:00.',
    participantsInvalid: 'Tulis jumlah peserta dengan angka, paling sedikit 1.',
    typeUnknown: 'Jenis permohonan ini tidak tersedia.',
    connectionTestIncomplete: 'Isi tanggal dan jam uji koneksi.',
    tooLong: 'Isian ini terlalu panjang.',
    invalid: 'Isian ini tidak dapat dibaca. Periksa kembali.',
  },
  file: letterFileErrorsId as Readonly<Record<keyof typeof letterFileErrorsId, string>>,
  fileTooLargeTitle: 'Berkas surat terlalu besar',
  backToForm: 'Kembali ke formulir',
  rule: {
    incomplete: () => 'Wajib diisi.',
    dateInvalid: () => 'Tanggal ini tidak ada di kalender.',
    letterDateAfterReceipt: (p, day) =>
      `Tanggal surat (${day(p.letterDate)}) tidak boleh sesudah tanggal surat diterima (${day(p.receivedOn)}).`,
    letterFromTheFuture: (p, day) =>
      `Tanggal surat (${day(p.letterDate)}) belum tiba: hari ini ${day(p.today)}.`,
    letterReceivedInTheFuture: (p, day) =>
      `Tanggal surat diterima (${day(p.receivedOn)}) belum tiba: hari ini ${day(p.today)}.`,
    roomUnknown: () => 'Ruangan ini tidak dikenal. Pilih salah satu ruangan dari daftar.',
    roomInactive: (p) => `${p.room} sedang tidak dapat dipinjam. Pilih ruangan lain.`,
    overCapacity: (p) =>
      `${p.room} memuat paling banyak ${p.capacity} orang, sedangkan pesertanya ${p.participants} orang.`,
    endBeforeStart: (p) => `Jam selesai (${p.end}) harus sesudah jam mulai (${p.start}).`,
    tooLong: (p) => `Kegiatan paling lama ${p.hours} jam.`,
    connectionTestAfterStart: (p, day) =>
      `Uji koneksi harus sebelum kegiatan dimulai (${day(p.day)}, pukul ${p.start}).`,
    closedDay: (p, day) =>
      p.reason === 'holiday'
        ? `${day(p.day)} adalah hari libur${p.holiday ? ` (${p.holiday})` : ''}. Pilih hari layanan lain.`
        : `${day(p.day)} bukan hari layanan. Pilih hari kerja.`,
    outsideHours: (p) =>
      `Kegiatan harus di dalam jam layanan ${p.opensAt}–${p.closesAt}, termasuk ${p.setupMinutes} menit persiapan ruangan dan ${p.clearMinutes} menit sesudahnya: mulai paling awal pukul ${p.earliestStart}, selesai paling lambat pukul ${p.latestEnd}.`,
    leadTime: (p, day) =>
      (p.from === 'letterReceived'
        ? `Surat permohonan harus diterima paling lambat ${p.days} hari${p.basis === 'working' ? ' kerja' : ''} sebelum pelaksanaan; surat yang dikirim hari ini terhitung diterima hari ini.`
        : `Permohonan harus diajukan paling lambat ${p.days} hari${p.basis === 'working' ? ' kerja' : ''} sebelum kegiatan (H-${p.days}).`) +
      ` Tanggal paling awal yang dapat dipilih: ${day(p.earliest)}.`,
    eventPast: () => 'Waktu kegiatan ini sudah lewat. Pilih tanggal dan jam yang akan datang.',
    noBuffet: () =>
      'Permohonan tidak dapat dikirim tanpa pernyataan tidak menyajikan makanan prasmanan. Centang pernyataan itu bila Anda setuju.',
  } as RuleWords,
  // The status page.
  statusTitle: 'Status permohonan',
  justFiled: 'Permohonan Anda sudah terkirim',
  keep: 'Simpan atau tandai alamat halaman ini: hanya dengan alamat ini status permohonan Anda dapat dilihat.',
  reference: 'Nomor permohonan',
  type: 'Jenis',
  office: 'Pemohon',
  subject: 'Perihal',
  requestedSlot: 'Jadwal yang diminta',
  scheduledSlot: 'Jadwal',
  room: 'Ruangan',
  participants: 'Peserta',
  sent: 'Dikirim',
  state: 'Status',
  statusWords: {
    received: 'Diterima, menunggu diproses',
    in_chain: 'Sedang didisposisikan',
    in_process: 'Sedang diproses petugas',
    scheduled: 'Dijadwalkan',
    accepted: 'Diterima',
    rejected: 'Ditolak',
    cancelled: 'Dibatalkan',
    done: 'Selesai',
  } satisfies Record<RequestStatus, string>,
  next: 'Petugas memeriksa permohonan Anda sesuai alur disposisi, lalu menghubungi narahubung untuk memastikan jadwal. Status di halaman ini ikut berubah.',
  acceptedRka: (year: number) => `Direncanakan dalam Rencana Kerja dan Anggaran (RKA) tahun ${year}.`,
  clashNotice:
    'Jadwal yang Anda minta sudah terpakai kegiatan lain. Petugas akan menghubungi Anda untuk menyepakati waktu lain.',
  moved: 'Jadwal ini sudah disepakati bersama Anda sebagai pengganti jadwal yang diminta.',
  chainTitle: 'Perjalanan permohonan',
  step: { done: 'Selesai', current: 'Sedang di sini', waiting: 'Menunggu' },
  reason: 'Alasan',
  decisionTitle: {
    rejected: 'Permohonan ditolak',
    cancelled: 'Permohonan dibatalkan',
    accepted: 'Permohonan diterima',
  },
  noReason: 'Petugas akan menyampaikan alasannya melalui surat balasan.',
  qrTitle: 'Kode QR kehadiran',
  qrHint:
    'Bagikan kode ini kepada peserta. Saat tiba, peserta memindai kode ini di kios layanan supaya kehadirannya tercatat.',
  qrAlt: 'Kode QR kehadiran kegiatan',
  notFoundTitle: 'Permohonan tidak ditemukan',
  notFound:
    'Alamat ini tidak cocok dengan permohonan mana pun. Periksa kembali alamat dari halaman konfirmasi Anda.',
  notOpen: 'Lokasi ini belum menerima permohonan melalui portal. Silakan hubungi kantor kami.',
  siteNotFound: 'Lokasi layanan tidak ditemukan.',
  tooMany: 'Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam beberapa menit.',
  another: 'Ajukan permohonan lain',
  time: (start: string, end: string) => `${start.replace(':', '.')}–${end.replace(':', '.')}`,
};

type Text = typeof id;

const en: Text = {
  title: 'Room, visit and meeting requests',
  chooseTypeIntro:
    'Send your request with an official letter from your office or group. Choose the kind of request:',
  chooseSite: 'Choose a service location',
  formIntro:
    'Fill in the details as in your request letter. A request with incomplete or wrong details fails.',
  otherType: 'Choose another kind of request',
  typeRule: {
    entered: (days) =>
      days === 0
        ? 'May be sent at any time.'
        : `Send it at least ${days} day${days === 1 ? '' : 's'} before the event.`,
    letterReceived: (days, working) =>
      `The letter must arrive at least ${days} ${working ? 'working ' : ''}days before the meeting.`,
    noBuffet: 'No buffet food in the room.',
  },
  required: 'required',
  optional: 'optional',
  section: {
    requester: 'Requester',
    letter: 'Request letter',
    event: 'Time and place',
    meeting: 'Online meeting',
    confirm: 'Statement',
    notes: 'Notes',
  },
  field: requestFieldWords.en,
  start: 'Start time',
  end: 'End time',
  testDay: 'Connection test date',
  testTime: 'Connection test time',
  hint: {
    office: 'For example: Education Office of Pontianak, SMA Negeri 1, a community group.',
    contactPhone: 'For example: 0812 3456 7890. An officer calls this number to agree the schedule.',
    letterFile: `PDF, PNG or JPG, at most ${MB} MB.`,
    letterFileAgain: (name) =>
      `Choose your letter file again (${name}): files are not kept until the request is sent.`,
    day: 'Pick it on the calendar, or type it like 2026-12-09.',
    time: 'For example: 09:00 or 13:30.',
    equipment: 'Separate with commas. For example: projector, microphone, laptop.',
    layout: 'For example: classroom, U-shape, theatre.',
    application: 'For example: Zoom, Google Meet.',
    connectionTest: 'Before the event starts, with the room team.',
  },
  roomChoice: 'Choose a room',
  roomCapacity: (name, capacity) => `${name} (${capacity} people)`,
  noBuffet: 'I confirm that no buffet food will be served in the room during the event.',
  submit: 'Send request',
  summaryTitle: 'The request cannot be sent yet',
  missingTitle: 'Required fields not yet filled in:',
  otherProblems: 'To be corrected:',
  nothingSaved: 'Nothing has been saved yet. Correct the marked fields and send again.',
  formKeyAgain: 'This form has expired. Check the details and send again.',
  schema: {
    contactPhoneInvalid: 'That mobile number is not recognised. For example: 0812 3456 7890.',
    contactEmailInvalid: 'That e-mail address is not recognised. For example: name@office.go.id.',
    dayInvalid: 'That date is not recognised. For example: 2026-12-09.',
    timeInvalid: 'That time is not recognised. For example: 09:00.',
    participantsInvalid: 'Write the number of participants in digits, at least 1.',
    typeUnknown: 'This kind of request is not available.',
    connectionTestIncomplete: 'Fill in both the date and the time of the connection test.',
    tooLong: 'This field is too long.',
    invalid: 'This field cannot be read. Please check it.',
  },
  file: letterFileErrorsEn,
  fileTooLargeTitle: 'The letter file is too large',
  backToForm: 'Back to the form',
  rule: {
    incomplete: () => 'Required.',
    dateInvalid: () => 'That date does not exist in the calendar.',
    letterDateAfterReceipt: (p, day) =>
      `The letter date (${day(p.letterDate)}) cannot be after the day it was received (${day(p.receivedOn)}).`,
    letterFromTheFuture: (p, day) =>
      `The letter date (${day(p.letterDate)}) is still to come: today is ${day(p.today)}.`,
    letterReceivedInTheFuture: (p, day) =>
      `The day the letter was received (${day(p.receivedOn)}) is still to come: today is ${day(p.today)}.`,
    roomUnknown: () => 'That room is not known. Choose a room from the list.',
    roomInactive: (p) => `${p.room} cannot be booked at the moment. Choose another room.`,
    overCapacity: (p) => `${p.room} holds at most ${p.capacity} people, and the event has ${p.participants}.`,
    endBeforeStart: (p) => `The end time (${p.end}) must be after the start time (${p.start}).`,
    tooLong: (p) => `An event lasts at most ${p.hours} hours.`,
    connectionTestAfterStart: (p, day) =>
      `The connection test must be before the event starts (${day(p.day)}, ${p.start}).`,
    closedDay: (p, day) =>
      p.reason === 'holiday'
        ? `${day(p.day)} is a holiday${p.holiday ? ` (${p.holiday})` : ''}. Choose another service day.`
        : `${day(p.day)} is not a service day. Choose a working day.`,
    outsideHours: (p) =>
      `The event must lie within the service hours ${p.opensAt}–${p.closesAt}, including ${p.setupMinutes} minutes to set the room up and ${p.clearMinutes} minutes after: start at ${p.earliestStart} at the earliest and end by ${p.latestEnd}.`,
    leadTime: (p, day) =>
      (p.from === 'letterReceived'
        ? `The request letter must arrive at least ${p.days} ${p.basis === 'working' ? 'working ' : ''}days before the meeting; a letter sent today counts as received today.`
        : `The request must be sent at least ${p.days} ${p.basis === 'working' ? 'working ' : ''}day${p.days === 1 ? '' : 's'} before the event.`) +
      ` The earliest date you can choose: ${day(p.earliest)}.`,
    eventPast: () => 'That time has already passed. Choose a date and time to come.',
    noBuffet: () =>
      'The request cannot be sent without the statement that no buffet food will be served. Tick the statement if you agree.',
  },
  statusTitle: 'Request status',
  justFiled: 'Your request has been sent',
  keep: 'Keep or bookmark the address of this page: only this address shows the status of your request.',
  reference: 'Request number',
  type: 'Kind',
  office: 'Requester',
  subject: 'Subject',
  requestedSlot: 'Requested schedule',
  scheduledSlot: 'Schedule',
  room: 'Room',
  participants: 'Participants',
  sent: 'Sent',
  state: 'Status',
  statusWords: {
    received: 'Received, waiting to be processed',
    in_chain: 'Being passed down for disposition',
    in_process: 'Being processed by an officer',
    scheduled: 'Scheduled',
    accepted: 'Accepted',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
    done: 'Done',
  },
  next: 'Officers check your request along its disposition chain, then contact your contact person to confirm the schedule. This page follows the status.',
  acceptedRka: (year) => `Planned in the work and budget plan (RKA) of ${year}.`,
  clashNotice:
    'The schedule you asked for is already taken by another event. An officer will contact you to agree another time.',
  moved: 'This schedule was agreed with you in place of the one requested.',
  chainTitle: 'Where your request is',
  step: { done: 'Done', current: 'Here now', waiting: 'Waiting' },
  reason: 'Reason',
  decisionTitle: {
    rejected: 'Request rejected',
    cancelled: 'Request cancelled',
    accepted: 'Request accepted',
  },
  noReason: 'An officer will give the reason in the reply letter.',
  qrTitle: 'Attendance QR code',
  qrHint:
    'Share this code with the participants. On arrival, each participant scans it at the service kiosk to be counted in.',
  qrAlt: 'Attendance QR code of the event',
  notFoundTitle: 'Request not found',
  notFound: 'This address matches no request. Check the address from your confirmation page.',
  notOpen: 'This location does not take requests through the portal yet. Please contact our office.',
  siteNotFound: 'Service location not found.',
  tooMany: 'Too many requests from your address. Try again in a few minutes.',
  another: 'Send another request',
  time: (start, end) => `${start}–${end}`,
};

export const requestsPortalText: Record<Lang, Text> = { id, en };

/** A rule failure in the requester's words, its days written out ("Rabu, 9 Desember 2026"). */
export function ruleMessage(lang: Lang, failure: Pick<RuleFailure, 'rule' | 'params'>): string {
  const day = (d: unknown) =>
    typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? longDay(d, lang) : String(d ?? '');
  return requestsPortalText[lang].rule[failure.rule](failure.params ?? {}, day);
}

/** A schema message key (errors.requests.<key>, errors.files.<key>) in words. */
export function schemaMessage(lang: Lang, key: string): string {
  const t = requestsPortalText[lang];
  const name = key.replace(/^errors\.(requests|files)\./, '');
  if (key.startsWith('errors.files.') && name in t.file) return t.file[name as keyof Text['file']];
  if (name in t.schema) return t.schema[name as keyof Text['schema']];
  if (name.endsWith('TooLong')) return t.schema.tooLong;
  return t.schema.invalid;
}
