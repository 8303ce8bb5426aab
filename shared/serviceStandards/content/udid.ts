// 9. Replacing the UDID of the attendance app (decree 18/2024, lampiran no. 9).
import type { StandardEntry } from '../catalogue';
import {
  complaintBox,
  evaluationBySurveyComplaintsAndReview,
  freeOfCharge,
  laporGoId,
  officeEmail,
  officeWebsite,
  safetyWithClosedCircuitTelevision,
  serviceGuaranteeItems,
  standardServiceNotice,
  supervisionByLineCapitalised,
  t,
} from './text';

export const udid: StandardEntry = {
  serviceId: 'udid',
  name: t('Pelayanan Pergantian UDID', 'Replacing a device ID (UDID)'),
  shortName: t('Pergantian UDID', 'Change of device ID (UDID)'),
  summary: t(
    'Ganti HP untuk aplikasi absensi Hadir V2: datang dengan HP baru, selesai dalam satu hari kerja.',
    'Move the Hadir V2 attendance app to a new phone: come with the phone, done within one working day.',
  ),
  requirements: [
    t('Surat Permohonan Pergantian UDID', 'A letter requesting the UDID change'),
    t(
      'Surat ditandatangani minimal oleh atasan langsung ASN yang bersangkutan.',
      "The letter signed at least by the civil servant's direct superior.",
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon melampirkan / upload hasil scan Surat Permohonan Pergantian UDID pada https://temandisko.pontianak.go.id/ menu Permohonan Pergantian UDID',
          'The applicant uploads a scan of the request letter at https://temandisko.pontianak.go.id/, menu "Permohonan Pergantian UDID"',
        ),
        t(
          'Pemohon hadir secara langsung ke Dinas Komunikasi dan Informatika Kota Pontianak membawa Hp yang akan digunakan',
          'The applicant comes in person to Diskominfo Kota Pontianak with the phone they will use',
        ),
        t(
          'Admin menerima Permohonan Pergantian UDID dan melakukan verifikasi Surat Permohonan Pergantian UDID',
          'The admin receives the request and checks the letter',
        ),
        t(
          'Admin melakukan perubahan nomor UDID dan memastikan aplikasi Hadir V2 pada Hp pemohon sudah dapat login.',
          "The admin changes the UDID and makes sure the Hadir V2 app on the applicant's phone can log in.",
        ),
      ],
    },
  ],
  serviceTime: [t('1 hari kerja', '1 working day')],
  cost: freeOfCharge,
  product: t(
    'Akun pemohon login pada aplikasi Hadir V2',
    "The applicant's account logs in to the Hadir V2 app",
  ),
  complaintChannels: [
    laporGoId(),
    complaintBox,
    officeWebsite('Website: diskominfo.pontianak.go.id'),
    officeEmail('Email: diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government',
    ),
  ],
  facilities: [
    t('Ruang Pelayanan', 'A service room'),
    t('Meja dan Kursi', 'Desks and chairs'),
    t('Jaringan Internet', 'Internet connection'),
    t('Komputer.', 'Computers.'),
  ],
  staffCount: t('Pengelola sistem aplikasi: 3', 'Application system administrators: 3'),
  staffCompetence: [
    t(
      'Berpenampilan Rapi Dan Menerapkan 5S (Senyum, Salam, Sapa, Sopan Dan Santun)',
      'Neat appearance and the "5S" manners: smile, greet, address people, be polite and courteous',
    ),
    t('Menguasai SOP', 'Knows the standard operating procedures (SOP)'),
    t('Mampu Berkomunikasi Dengan Baik', 'Communicates well'),
    t('Mampu Mengopersikan Komputer.', 'Can operate a computer.'),
  ],
  supervision: supervisionByLineCapitalised('Ruang'),
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithClosedCircuitTelevision,
  evaluation: [
    ...evaluationBySurveyComplaintsAndReview,
    t(
      'Laporan triwulan Pelaksanaan Pelayanan Pergantian UDID',
      'Quarterly report on the UDID replacement service',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
