// Requests as the letters and reports tests print them: a Pontive room loan of Dinas Pendidikan
// confirmed for Rabu, 9 Desember 2026, 09.00–11.00; one moved after a clash; an application refused
// and one accepted for the 2027 RKA; a Singkawang internet meeting with its connection test. Fixed
// instants, so the PDFs' bytes are the same on every run.
import { requestIntakeSchema, type RequestIntakeInput } from '../../../shared/requests/intake';
import type { RequestDocumentContext } from '../../../shared/requests/requestLetters';
import type { IssuedLetter, OfficerRef, RequestRecord } from '../../../shared/requests/requestRecord';
import { defaultRequestSettings, singkawangRequestSettings } from '../../../shared/requests/requestSettings';
import {
  pontianakIdentity,
  pontianakSettings,
  singkawangIdentity,
  singkawangSettings,
  ZONE,
} from '../documents/reportFixtures';

export { ZONE };
/** Thursday 3 December 2026, 10:00 WIB: when the letters are issued. */
export const ISSUED_AT = Date.parse('2026-12-03T10:00:00+07:00');
const at = (iso: string) => Date.parse(`${iso}+07:00`);

export const kasi: OfficerRef = { id: 'o-kasi', name: 'Drs. H. Ahmad Fauzi, M.Si.' };
export const admin: OfficerRef = { id: 'o-admin', name: 'Rina Wulandari' };
const sekretariat: OfficerRef = { id: 'o-sek', name: 'Siti Rahmawati' };
const kadis: OfficerRef = { id: 'o-kadis', name: 'Dr. Bambang Hartono, S.Kom., M.T.' };
const kabid: OfficerRef = { id: 'o-kabid', name: 'Ir. Hendra Saputra, M.M.' };

export const pontianakContext: RequestDocumentContext = {
  identity: pontianakIdentity,
  settings: { ...pontianakSettings, preparerTitle: 'Admin Pontive Center' },
  requestSettings: defaultRequestSettings,
  lang: 'id',
  timeZone: ZONE,
};

export const singkawangContext: RequestDocumentContext = {
  identity: singkawangIdentity,
  settings: singkawangSettings,
  requestSettings: singkawangRequestSettings,
  lang: 'id',
  timeZone: ZONE,
};

function record(id: string, intake: RequestIntakeInput, extra: Partial<RequestRecord> = {}): RequestRecord {
  const parsed = requestIntakeSchema.parse(intake);
  const kind = parsed.typeId === 'application' ? 'application' : 'room';
  return {
    id,
    reference: `PMH-2026-${id.toUpperCase().padEnd(6, 'X').slice(0, 6)}`,
    intake: parsed,
    kind,
    source: 'desk',
    enteredAt: at('2026-12-01T08:05:00'),
    enteredBy: admin,
    attendanceToken: `ATT${id.toUpperCase()}`
      .padEnd(16, '7')
      .slice(0, 16)
      .replace(/[^0-9A-Z]/g, 'Q'),
    statusTokenHash: null,
    steps: [],
    schedule: null,
    decision: null,
    tasks: [],
    report: null,
    ...extra,
  };
}

/** The Pontive chain done, 15-odd minutes a step, with the dispositions' usual words. */
export const pontiveSteps = (day: string) => [
  {
    stepId: 'registry',
    officer: sekretariat,
    note: 'Dicatat sebagai surat masuk',
    at: at(`${day}T08:20:00`),
  },
  { stepId: 'head', officer: kadis, note: 'Kabid TKPBET: untuk ditindaklanjuti', at: at(`${day}T08:41:00`) },
  {
    stepId: 'division',
    officer: kabid,
    note: 'Kasi PK&AI: fasilitasi sesuai ketentuan',
    at: at(`${day}T09:02:00`),
  },
  { stepId: 'section', officer: kasi, note: 'Admin: jadwalkan dan koordinasikan', at: at(`${day}T09:30:00`) },
  { stepId: 'admin', officer: admin, note: 'Dijadwalkan, pemohon dihubungi', at: at(`${day}T09:48:00`) },
];

const roomLoanIntake: RequestIntakeInput = {
  typeId: 'room_loan',
  office: 'Dinas Pendidikan dan Kebudayaan Kota Pontianak',
  contactName: 'Ibu Sari Handayani',
  contactPhone: '081256699036',
  subject: 'Permohonan peminjaman ruangan untuk rapat koordinasi guru TIK',
  letter: {
    number: '005/1234/Disdikbud-A/2026',
    date: '2026-11-30',
    receivedOn: '2026-12-01',
    via: 'srikandi',
    agendaNumber: '1187',
    file: {
      sha256: 'a'.repeat(64),
      mime: 'application/pdf',
      size: 120_000,
      name: 'surat-permohonan.pdf',
    },
  },
  event: {
    roomId: 'pontive',
    day: '2026-12-09',
    start: '09:00',
    end: '11:00',
    participants: 25,
    layout: 'Bentuk U',
    equipment: ['Layar videotron', 'Mikrofon'],
  },
  noBuffet: true,
};

/** Confirmed as asked: Rabu, 9 Desember 2026, 09.00–11.00 in the Pontive Center room. */
export const roomLoan = record('room1', roomLoanIntake, {
  steps: pontiveSteps('2026-12-01'),
  schedule: {
    slot: { roomId: 'pontive', day: '2026-12-09', start: '09:00', end: '11:00' },
    moved: false,
    note: '',
    officer: admin,
    at: at('2026-12-01T09:48:00'),
  },
});

/** Asked for 9 December 13.00–15.00, which clashed; agreed for Kamis, 10 Desember 2026, 13.00–15.00. */
export const movedVisit = record(
  'visit2',
  {
    ...roomLoanIntake,
    typeId: 'visit',
    office: 'SMA Negeri 1 Pontianak',
    contactName: 'Bapak Yusuf Lim',
    subject: 'Kunjungan siswa kelas XI ke Pontive Center',
    letter: {
      ...roomLoanIntake.letter,
      number: '421.3/88/SMAN1/2026',
      date: '2026-11-28',
      agendaNumber: '1190',
    },
    event: { roomId: 'pontive', day: '2026-12-09', start: '13:00', end: '15:00', participants: 36 },
  },
  {
    steps: pontiveSteps('2026-12-01'),
    schedule: {
      slot: { roomId: 'pontive', day: '2026-12-10', start: '13:00', end: '15:00' },
      moved: true,
      note: 'Disepakati lewat telepon dengan Bapak Yusuf, 10.15',
      officer: admin,
      at: at('2026-12-02T10:15:00'),
    },
  },
);

/** SOP 100: refused, with the reason; the hostile words of a careless paste kept as text. */
export const rejectedApplication = record(
  'app3',
  {
    typeId: 'application',
    office: 'Kecamatan Pontianak Kota',
    contactName: 'Andi Pratama',
    subject: 'Permohonan pembangunan aplikasi antrean kecamatan',
    letter: {
      number: '027/415/Kec-PK/2026',
      date: '2026-10-12',
      receivedOn: '2026-10-13',
      agendaNumber: '1021',
    },
  },
  {
    steps: [],
    decision: {
      outcome: 'rejected',
      reason:
        'Kebutuhan antrean kecamatan telah dapat dipenuhi oleh aplikasi Loket yang sudah digunakan bersama, sehingga pembangunan aplikasi baru tidak diperlukan. <b>Catatan</b> 🚀',
      analysis: 'Fungsi yang diminta sama dengan aplikasi yang ada.',
      discussion: '',
      rkaYear: null,
      officer: kasi,
      at: at('2026-11-20T14:00:00'),
    },
  },
);

/** SOP 100: accepted, planned in the 2027 RKA, with the analysis and the technical discussion. */
export const acceptedApplication = record(
  'app4',
  {
    typeId: 'application',
    office: 'Badan Perencanaan Pembangunan Daerah Kota Pontianak',
    contactName: 'Dewi Kusuma',
    subject: 'Permohonan pengembangan aplikasi e-Musrenbang',
    letter: { number: '050/902/Bappeda/2026', date: '2026-09-02', receivedOn: '2026-09-03' },
  },
  {
    decision: {
      outcome: 'accepted',
      reason: '',
      analysis:
        'Pengembangan modul usulan kelurahan dan dasbor rekapitulasi layak dilaksanakan dan belum tersedia pada aplikasi yang ada.',
      discussion:
        'Pembahasan teknis bersama Bappeda pada 15 Oktober 2026: kebutuhan data dan alur persetujuan disepakati.',
      rkaYear: 2027,
      officer: kasi,
      at: at('2026-10-20T10:00:00'),
    },
  },
);

/** Singkawang's internet meeting, with its connection test the day before. */
export const internetMeeting = record(
  'tcm5',
  {
    typeId: 'internet_meeting',
    office: 'Badan Pusat Statistik Kota Singkawang',
    contactName: 'Lestari Tan',
    contactPhone: '081234567890',
    subject: 'Rapat daring persiapan sensus ekonomi',
    letter: { number: 'B-112/61720/2026', date: '2026-12-01', receivedOn: '2026-12-02', via: 'srikandi' },
    event: {
      roomId: 'tcm',
      day: '2026-12-09',
      start: '09:00',
      end: '11:00',
      participants: 20,
      layout: 'Kelas',
      equipment: ['Kamera konferensi', 'Pengeras suara'],
      application: 'Zoom',
      connectionTest: { day: '2026-12-08', time: '14:00' },
    },
  },
  {
    schedule: {
      slot: { roomId: 'tcm', day: '2026-12-09', start: '09:00', end: '11:00' },
      moved: false,
      note: '',
      officer: admin,
      at: at('2026-12-02T11:00:00'),
    },
  },
);

export function issued(
  r: RequestRecord,
  kind: IssuedLetter['kind'],
  sequence: number,
  number: string,
): IssuedLetter {
  return {
    id: `letter-${r.id}-${kind}`,
    requestId: r.id,
    kind,
    year: 2026,
    sequence,
    number,
    officer: {
      id: kasi.id,
      name: kasi.name,
      nip: '196103291989031004',
      title: 'Kepala Seksi Pengembangan dan Kemitraan Aplikasi Informatika',
    },
    issuedAt: ISSUED_AT,
  };
}
