// The words of the letters, the disposition sheet and the reports of requests (PDF and xlsx) in
// Bahasa Indonesia and English. The Indonesian is the one offices file: the phrasing of a naskah
// dinas ("Menindaklanjuti surat Saudara nomor …", "Demikian disampaikan, …"). The screens have their
// own catalogue; these are the paper's, shared by the kiosk and the server. Pure.
import type { RequestReportKind } from '../contract/requests';
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import { zoneAbbreviation, type DocLang } from '../documents/format';
import type { LetterChannel } from './intake';
import type { RequestRecord, RequestStatus } from './requestRecord';
import type { RequestSettings, RequestType } from './requestSettings';

/** The words a position starts with, when the requester typed one rather than the office. */
const POSITION =
  /^(kepala|plt\.?|plh\.?|camat|lurah|ketua|direktur|rektor|dekan|pimpinan|sekretaris|bapak|ibu|sdr\.?|saudara)\s/i;

const id = {
  // The letter's frame.
  nature: 'Biasa',
  noAttachment: '-',
  /**
   * A letter is addressed to the head of an office: "Yth. Pimpinan Dinas Pendidikan …", unless the
   * requester already named the position ("Kepala Dinas …", "Camat …", "Ketua …").
   */
  addressee: (office: string) => {
    const named = office.replace(/^yth\.?\s*/i, '');
    return POSITION.test(named) ? `Yth. ${named}` : `Yth. Pimpinan ${named}`;
  },
  noOffice: 'Yth. Bapak/Ibu Pemohon',
  attention: (name: string) => `u.p. ${name}`,
  place: 'di Tempat',
  closing: 'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.',
  /** The opening that names the letter being answered, as far as it is known. */
  openingLetter: (number: string, date: string | null, subject: string) =>
    `Menindaklanjuti surat Saudara nomor ${number}${date ? ` tanggal ${date}` : ''} perihal ${subject}`,
  openingNoLetter: (date: string, subject: string) =>
    `Menindaklanjuti permohonan Saudara yang kami terima pada tanggal ${date} perihal ${subject}`,
  subjectOf: {
    reply_rejected: (type: string) => `Jawaban atas Permohonan ${type}`,
    reply_accepted: (type: string) => `Jawaban atas Permohonan ${type}`,
    schedule_notice: (type: string) => `Pemberitahuan Jadwal ${type}`,
    reschedule_notice: (type: string) => `Pemberitahuan Perubahan Jadwal ${type}`,
  },
  // The bodies.
  rejected:
    ', dengan hormat kami sampaikan bahwa permohonan tersebut belum dapat kami penuhi dengan pertimbangan sebagai berikut:',
  rejectedNoReason: ', dengan hormat kami sampaikan bahwa permohonan tersebut belum dapat kami penuhi.',
  rejectedAgainRoom:
    'Saudara dapat mengajukan kembali permohonan untuk waktu atau ruangan yang lain melalui portal layanan kami atau menghubungi petugas kami.',
  rejectedAgainApplication:
    'Kami tetap terbuka untuk berkoordinasi lebih lanjut dengan perangkat daerah Saudara apabila diperlukan.',
  acceptedApplication: (office: string, year: number) =>
    `, dengan hormat kami sampaikan bahwa permohonan tersebut dapat kami terima. Pembangunan/pengembangan aplikasi dimaksud direncanakan dalam Rencana Kerja dan Anggaran (RKA) ${office} Tahun Anggaran ${year}.`,
  acceptedRoom: ', dengan hormat kami sampaikan bahwa permohonan tersebut dapat kami penuhi.',
  analysisLead:
    'Adapun hasil analisis dan pembahasan teknis bersama perangkat daerah Saudara adalah sebagai berikut:',
  acceptedNext:
    'Pelaksanaannya akan kami koordinasikan lebih lanjut dengan perangkat daerah Saudara sesuai dengan tahapan perencanaan anggaran.',
  scheduled: (type: string) =>
    `, dengan hormat kami sampaikan bahwa permohonan ${type} Saudara dapat kami fasilitasi dengan jadwal sebagai berikut:`,
  rescheduled: (requested: string | null) =>
    `, dengan hormat kami sampaikan bahwa pada waktu yang Saudara mohonkan${requested ? `, yaitu ${requested},` : ','} ruangan telah terjadwal untuk kegiatan lain. Setelah berkoordinasi dengan Saudara, kegiatan tersebut kami jadwalkan sebagai berikut:`,
  preparationLead: 'Sehubungan dengan hal tersebut, bersama ini kami sampaikan hal-hal sebagai berikut:',
  roomReady: (minutes: number, at: string) =>
    `Ruangan kami siapkan ${minutes} menit sebelum kegiatan dimulai, yaitu pukul ${at}. Bahan paparan dalam bentuk salinan digital (soft copy) mohon diserahkan kepada petugas kami sebelum kegiatan dimulai.`,
  connectionTestAt: (at: string) =>
    `Uji koneksi internet dan perangkat bersama operator kami dilaksanakan pada ${at}; mohon kehadiran operator atau narahubung Saudara.`,
  connectionTestLater:
    'Waktu uji koneksi internet dan perangkat akan kami koordinasikan dengan narahubung Saudara sebelum kegiatan dilaksanakan.',
  noBuffet:
    'Sesuai dengan ketentuan penggunaan ruangan, tidak diperkenankan menyajikan makanan secara prasmanan di dalam ruangan.',
  /** Under the attendance QR, beside the signature. */
  qrCaption: (reference: string) =>
    `Kode kehadiran peserta (${reference}): pindai di kios layanan kami saat tiba.`,
  // Schedule facts.
  dayLabel: 'Hari/tanggal',
  timeLabel: 'Waktu',
  placeLabel: 'Tempat',
  participantsLabel: 'Jumlah peserta',
  participants: (n: string) => `${n} orang`,
  layoutLabel: 'Tata letak',
  equipmentLabel: 'Peralatan',
  applicationLabel: 'Aplikasi',
  connectionTestLabel: 'Uji koneksi',
  at: (day: string, time: string) => `${day} pukul ${time}`,
  slotText: (day: string, time: string | null, room: string | null) =>
    `${day}${time ? ` pukul ${time}` : ''}${room ? ` di ${room}` : ''}`,
  // The disposition sheet (indonesian-services.md §7).
  dispositionTitle: 'LEMBAR DISPOSISI',
  index: 'Index',
  code: 'Kode',
  agendaNumber: 'Nomor Urut',
  completedOn: 'Tgl. Penyelesaian',
  summary: 'Isi Ringkas',
  from: 'Asal Surat',
  date: 'Tanggal',
  number: 'Nomor',
  attachments: 'Lamp.',
  oneFile: '1 berkas',
  receivedOn: 'Tgl. Diterima',
  receivedVia: 'Diterima melalui',
  natureLabel: 'Sifat',
  reference: 'No. Rujukan',
  stepNo: 'No.',
  forwardedTo: 'Diteruskan kepada',
  instruction: 'Informasi/Instruksi',
  by: 'Oleh',
  when: 'Tanggal',
  via: {
    desk: 'Diantar langsung',
    srikandi: 'Srikandi',
    mail: 'Pos/kurir',
    portal: 'Portal layanan',
  } satisfies Record<LetterChannel, string>,
  report: {
    titles: {
      loans_list: 'DAFTAR KUNJUNGAN DAN PEMINJAMAN RUANGAN',
      monthly_room_loans: 'LAPORAN BULANAN PEMINJAMAN RUANGAN',
      quarterly_visits: 'LAPORAN TRIWULAN KUNJUNGAN PONTIVE CENTER',
      yearly_operations: 'LAPORAN TAHUNAN OPERASIONAL PONTIVE CENTER',
      yearly_applications: 'LAPORAN TAHUNAN PERMOHONAN PEMBANGUNAN/PENGEMBANGAN APLIKASI',
    } satisfies Record<RequestReportKind, string>,
    period: 'Periode',
    year: (y: string) => `Tahun ${y}`,
    days: 'Tanggal',
    summary: 'Ringkasan',
    no: 'No',
    reference: 'Rujukan',
    type: 'Jenis',
    office: 'Instansi/Pemohon',
    subject: 'Perihal',
    room: 'Ruangan',
    date: 'Tanggal',
    time: 'Waktu',
    when: 'Tanggal dan waktu',
    participants: 'Peserta',
    expected: 'Peserta (rencana)',
    attended: 'Hadir',
    status: 'Status',
    month: 'Bulan',
    week: 'Minggu',
    weekLabel: (n: number, from: number, to: number) => `Minggu ke-${n} (${from}–${to})`,
    count: 'Jumlah',
    hoursUsed: 'Lama pemakaian',
    minutes: 'Menit pemakaian',
    total: 'Jumlah',
    requests: 'Jumlah permohonan',
    held: 'Terlaksana (laporan kegiatan masuk)',
    scheduled: 'Dijadwalkan',
    refused: 'Ditolak',
    cancelled: 'Dibatalkan',
    otherStatus: 'Dalam proses',
    attendedTotal: 'Jumlah peserta hadir',
    expectedTotal: 'Jumlah peserta (rencana)',
    perRoom: 'Rekap per ruangan',
    perType: 'Rekap per jenis permohonan',
    perMonth: 'Rekap per bulan',
    chartPerWeek: 'Pemakaian ruangan per minggu',
    chartPerMonth: 'Kegiatan per bulan',
    list: 'Daftar kegiatan',
    visits: 'Kunjungan',
    visitList: 'Daftar kunjungan',
    loans: 'Peminjaman ruangan',
    videoConferences: 'Video conference/rapat daring',
    activities: 'Jumlah kegiatan',
    equipmentProblems: 'Masalah peralatan',
    problemList: 'Masalah peralatan dari laporan kegiatan',
    item: 'Peralatan',
    note: 'Catatan',
    activity: 'Kegiatan',
    complaintsFiled: 'Pengaduan masuk',
    notGiven: 'tidak tersedia',
    noneInPeriod: 'Tidak ada kegiatan pada periode ini.',
    noProblems: 'Tidak ada masalah peralatan yang dilaporkan.',
    received: 'Diterima',
    outcome: 'Hasil',
    reasonOrAnalysis: 'Alasan/analisis',
    duration: 'Lama proses',
    durationDays: (n: string) => `${n} hari`,
    averageDuration: 'Rata-rata lama proses',
    durationColumn: 'Lama proses (hari)',
    acceptedRka: (year: number | null) => (year ? `Diterima, RKA ${year}` : 'Diterima'),
    accepted: 'Diterima (direncanakan dalam RKA)',
    rejected: 'Ditolak',
    inProcess: 'Dalam proses',
    applicationList: 'Daftar permohonan aplikasi',
    acknowledgedLead: 'Mengetahui,',
    sheetList: 'Daftar',
    sheetSummary: 'Ringkasan',
  },
  status: {
    received: 'Diterima',
    in_chain: 'Didisposisikan',
    in_process: 'Diproses',
    scheduled: 'Dijadwalkan',
    accepted: 'Diterima, direncanakan dalam RKA',
    rejected: 'Ditolak',
    cancelled: 'Dibatalkan',
    done: 'Selesai',
  } satisfies Record<RequestStatus, string>,
};

export type RequestWords = typeof id;

const en: RequestWords = {
  nature: 'Ordinary',
  noAttachment: '-',
  addressee: (office) => `To: ${office}`,
  noOffice: 'To the applicant',
  attention: (name) => `Attn. ${name}`,
  place: '',
  closing: 'Thank you for your attention and cooperation.',
  openingLetter: (number, date, subject) =>
    `With reference to your letter number ${number}${date ? ` of ${date}` : ''} concerning ${subject}`,
  openingNoLetter: (date, subject) =>
    `With reference to your request received on ${date} concerning ${subject}`,
  subjectOf: {
    reply_rejected: (type) => `Reply to the request: ${type}`,
    reply_accepted: (type) => `Reply to the request: ${type}`,
    schedule_notice: (type) => `Schedule: ${type}`,
    reschedule_notice: (type) => `New schedule: ${type}`,
  },
  rejected: ', we regret to inform you that we are unable to grant the request, for the following reasons:',
  rejectedNoReason: ', we regret to inform you that we are unable to grant the request.',
  rejectedAgainRoom:
    'You are welcome to request another time or room through our service portal or by contacting our staff.',
  rejectedAgainApplication: 'We remain available to discuss this further with your office if needed.',
  acceptedApplication: (office, year) =>
    `, we are pleased to inform you that the request is accepted. The application will be planned in the work plan and budget (RKA) of ${office} for the budget year ${year}.`,
  acceptedRoom: ', we are pleased to inform you that the request is granted.',
  analysisLead: 'The analysis and the technical discussion with your office concluded as follows:',
  acceptedNext: 'We will coordinate its implementation with your office as the budget planning proceeds.',
  scheduled: (type) => `, we are pleased to confirm your request (${type}) with the following schedule:`,
  rescheduled: (requested) =>
    `, we would like to inform you that the time you requested${requested ? `, ${requested},` : ''} is already booked for another event. As agreed with you, the event is scheduled as follows:`,
  preparationLead: 'Please note the following:',
  roomReady: (minutes, at) =>
    `The room will be ready ${minutes} minutes before the event, at ${at}. Please hand your presentation material to our staff as a digital copy before the event starts.`,
  connectionTestAt: (at) =>
    `The internet and equipment connection test with our operator takes place on ${at}; please have your operator or contact person present.`,
  connectionTestLater:
    'We will agree the time of the internet and equipment connection test with your contact person before the event.',
  noBuffet: 'Under the room rules, no buffet food may be served in the room.',
  qrCaption: (reference) => `Attendance code (${reference}): scan it at our service kiosk on arrival.`,
  dayLabel: 'Day/date',
  timeLabel: 'Time',
  placeLabel: 'Place',
  participantsLabel: 'Participants',
  participants: (n) => `${n} people`,
  layoutLabel: 'Layout',
  equipmentLabel: 'Equipment',
  applicationLabel: 'Application',
  connectionTestLabel: 'Connection test',
  at: (day, time) => `${day} at ${time}`,
  slotText: (day, time, room) => `${day}${time ? ` at ${time}` : ''}${room ? ` in ${room}` : ''}`,
  dispositionTitle: 'DISPOSITION SHEET',
  index: 'Index',
  code: 'Code',
  agendaNumber: 'Agenda number',
  completedOn: 'Completed on',
  summary: 'Summary',
  from: 'From',
  date: 'Date',
  number: 'Number',
  attachments: 'Att.',
  oneFile: '1 file',
  receivedOn: 'Received on',
  receivedVia: 'Received via',
  natureLabel: 'Classification',
  reference: 'Reference',
  stepNo: 'No.',
  forwardedTo: 'Forwarded to',
  instruction: 'Information/Instruction',
  by: 'By',
  when: 'Date',
  via: { desk: 'Delivered by hand', srikandi: 'Srikandi', mail: 'Post/courier', portal: 'Service portal' },
  report: {
    titles: {
      loans_list: 'LIST OF VISITS AND ROOM LOANS',
      monthly_room_loans: 'MONTHLY ROOM LOAN REPORT',
      quarterly_visits: 'QUARTERLY PONTIVE CENTER VISIT REPORT',
      yearly_operations: 'YEARLY PONTIVE CENTER OPERATIONS REPORT',
      yearly_applications: 'YEARLY REPORT OF APPLICATION REQUESTS',
    },
    period: 'Period',
    year: (y) => `Year ${y}`,
    days: 'Dates',
    summary: 'Summary',
    no: 'No',
    reference: 'Reference',
    type: 'Type',
    office: 'Office/requester',
    subject: 'Subject',
    room: 'Room',
    date: 'Date',
    time: 'Time',
    when: 'Date and time',
    participants: 'Participants',
    expected: 'Participants (planned)',
    attended: 'Attended',
    status: 'Status',
    month: 'Month',
    week: 'Week',
    weekLabel: (n, from, to) => `Week ${n} (${from}–${to})`,
    count: 'Count',
    hoursUsed: 'Time used',
    minutes: 'Minutes used',
    total: 'Total',
    requests: 'Requests',
    held: 'Held (activity report filed)',
    scheduled: 'Scheduled',
    refused: 'Rejected',
    cancelled: 'Cancelled',
    otherStatus: 'In process',
    attendedTotal: 'Participants attended',
    expectedTotal: 'Participants (planned)',
    perRoom: 'Per room',
    perType: 'Per request type',
    perMonth: 'Per month',
    chartPerWeek: 'Room use per week',
    chartPerMonth: 'Events per month',
    list: 'Events',
    visits: 'Visits',
    visitList: 'Visits',
    loans: 'Room loans',
    videoConferences: 'Video conferences/online meetings',
    activities: 'Events',
    equipmentProblems: 'Equipment problems',
    problemList: 'Equipment problems from activity reports',
    item: 'Equipment',
    note: 'Note',
    activity: 'Event',
    complaintsFiled: 'Complaints filed',
    notGiven: 'not available',
    noneInPeriod: 'No events in this period.',
    noProblems: 'No equipment problems were reported.',
    received: 'Received',
    outcome: 'Outcome',
    reasonOrAnalysis: 'Reason/analysis',
    duration: 'Processing time',
    durationDays: (n) => `${n} days`,
    averageDuration: 'Average processing time',
    durationColumn: 'Processing time (days)',
    acceptedRka: (year) => (year ? `Accepted, RKA ${year}` : 'Accepted'),
    accepted: 'Accepted (planned in the RKA)',
    rejected: 'Rejected',
    inProcess: 'In process',
    applicationList: 'Application requests',
    acknowledgedLead: 'Acknowledged,',
    sheetList: 'List',
    sheetSummary: 'Summary',
  },
  status: {
    received: 'Received',
    in_chain: 'In disposition',
    in_process: 'In process',
    scheduled: 'Scheduled',
    accepted: 'Accepted, planned in the RKA',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
    done: 'Done',
  },
};

export const requestWords: Record<'id' | 'en', RequestWords> = { id, en };

// How the documents name a type and a room, and print a time (indonesian-services.md §8).

export interface RequestDocumentContext {
  /** The office's name, logo and address lines (the kop). */
  readonly identity: SiteIdentity;
  /** The government line, unit lines, city and signer titles. */
  readonly settings: DocumentSettings;
  /** The site's types, rooms and numbering. */
  readonly requestSettings: RequestSettings;
  readonly lang: DocLang;
  /** The site's zone (Asia/Pontianak): dates and times of letters and events. */
  readonly timeZone: string;
  /** Tembusan of the letters; none by default. */
  readonly copies?: readonly string[];
}

export function requestTypeOf(record: RequestRecord, s: RequestSettings): RequestType | null {
  return s.types.find((t) => t.id === record.intake.typeId) ?? null;
}

export function roomName(roomId: string | null, s: RequestSettings): string {
  if (!roomId) return '–';
  return s.rooms.find((r) => r.id === roomId)?.name ?? roomId;
}

/** '09:00' → "09.00" in Indonesian print (indonesian-services.md §8), "09:00" in English. */
export function clock(hhmm: string, lang: DocLang): string {
  return lang === 'id' ? hhmm.replace(':', '.') : hhmm;
}

/** "09.00–11.00 WIB". */
export function timeRange(start: string, end: string | null, timeZone: string, lang: DocLang): string {
  const zone = zoneAbbreviation(timeZone);
  const range = end ? `${clock(start, lang)}–${clock(end, lang)}` : clock(start, lang);
  return zone ? `${range} ${zone}` : range;
}
