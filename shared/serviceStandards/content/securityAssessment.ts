// 5. Information system security assessment (decree 18/2024, lampiran no. 5).
import type { StandardEntry } from '../catalogue';
import {
  evaluationBySurveyComplaintsAndReview,
  freeOfCharge,
  officeEmail,
  safetyWithClosedCircuitTelevision,
  serviceGuaranteeItems,
  standardServiceNotice,
  supervisionByLineCapitalised,
  t,
} from './text';

export const securityAssessment: StandardEntry = {
  serviceId: 'security-assessment',
  name: t('Layanan Assessment Keamanan Sistem Informasi', 'Information system security assessment'),
  shortName: t('Assessment keamanan sistem', 'Security assessment'),
  summary: t(
    'Ajukan pemeriksaan keamanan sebuah sistem informasi dan terima laporan hasilnya.',
    'Have an information system checked for security and receive a report of the results.',
  ),
  requirements: [
    t('Surat permohonan', 'A letter of request'),
    t(
      'Informasi mengenai sistem informasi yang akan di assessment',
      'Information about the system to be assessed',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon layanan dapat menyampaikan permohonan layanan yang dibutuhkan baik secara langsung dan tidak langsung.',
          'The applicant submits the request, in person or otherwise.',
        ),
        t(
          'Melakukan disposisi surat permohonan kepada pelaksana assessment.',
          'The letter of request is passed (disposition) to the assessment staff.',
        ),
        t('Proses assessment pada sistem informasi.', 'The information system is assessed.'),
        t(
          'Pembuatan laporan hasil assessment keamanan sistem informasi.',
          'A report of the security assessment is written.',
        ),
        t(
          'Memberikan laporan hasil assessment kepada pemohon.',
          'The assessment report is given to the applicant.',
        ),
      ],
    },
  ],
  serviceTime: [
    t('1 hari kerja untuk disposisi surat', '1 working day to route the letter'),
    t('5 hari kerja untuk proses assessment.', '5 working days for the assessment.'),
  ],
  cost: freeOfCharge,
  product: t('Layanan assessment keamanan sistem informasi', 'Information system security assessment'),
  complaintChannels: [
    {
      kind: 'website',
      label: t(
        'Website : temandisko.pontianak.go.id/assessment',
        'Website: temandisko.pontianak.go.id/assessment',
      ),
      value: 'temandisko.pontianak.go.id/assessment',
    },
    officeEmail('Email : diskominfo@pontianak.go.id'),
    { kind: 'lapor', label: t('Lapor.go.id', 'lapor.go.id (SP4N-LAPOR!)'), value: 'lapor.go.id' },
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government',
    ),
    t(
      'Peraturan Badan Siber Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi Sistem Pemerintahan Berbasis Elektronik dan Standar Teknis dan Prosedur Keamanan Sistem Pemerintahan Berbasis Elektronik',
      'National Cyber and Crypto Agency Regulation No. 4 of 2021 on Guidelines for Information Security Management of Electronic-Based Government Systems and their Technical Security Standards and Procedures',
    ),
  ],
  facilities: [
    t('Meja', 'Desks'),
    t('Kursi', 'Chairs'),
    t('Komputer', 'Computers'),
    t('Jaringan WIFI', 'Wi-Fi network'),
  ],
  staffCount: t('2 orang', '2 people'),
  staffCompetence: [
    t(
      'Berpenampilan rapi Dan Menerapkan 5S (Senyum, Salam, Sapa, Sopan Dan Santun)',
      'Neat appearance and the "5S" manners: smile, greet, address people, be polite and courteous',
    ),
    t('Menguasai SOP', 'Knows the standard operating procedures (SOP)'),
    t('Mampu Berkomunikasi Dengan Baik', 'Communicates well'),
    t('Mampu Mengopersikan Komputer', 'Can operate a computer'),
  ],
  supervision: supervisionByLineCapitalised('Ruang'),
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithClosedCircuitTelevision,
  evaluation: [
    ...evaluationBySurveyComplaintsAndReview,
    t(
      'Laporan triwulan Pelaksanaan Pelayanan Assessment Keamanan Sistem Informasi.',
      'Quarterly report on the security assessment service.',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
