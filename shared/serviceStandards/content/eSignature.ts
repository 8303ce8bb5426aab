// 7. Electronic certificates for electronic signatures (decree 18/2024, lampiran no. 7).
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

export const eSignature: StandardEntry = {
  serviceId: 'e-signature',
  name: t(
    'Layanan Permohonan Penerbitan Sertifikat Elektronik Untuk Tanda Tangan Elektronik',
    'Issuing electronic certificates for electronic signatures',
  ),
  shortName: t('Sertifikat tanda tangan elektronik', 'E-signature certificate'),
  summary: t(
    'Kantor (OPD) mengusulkan sertifikat elektronik agar ASN-nya dapat menandatangani dokumen secara elektronik.',
    'A government office (OPD) applies for electronic certificates so its civil servants can sign documents electronically.',
  ),
  requirements: [
    t('Surat permohonan dari OPD', 'A letter of request from the office (OPD)'),
    t(
      'Data ASN beserta email dinas pribadi ASN.',
      "The civil servants' details with their personal official e-mail addresses.",
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon layanan dapat menyampaikan permohonan layanan yang dibutuhkan baik secara langsung dan tidak langsung',
          'The applicant submits the request, in person or otherwise',
        ),
        t(
          'Melakukan disposisi surat permohonan kepada pelaksana',
          'The letter of request is passed (disposition) to the staff who carry it out',
        ),
        t(
          'Proses pengusulan pembuatan akun AMS (Aplikasi Management Sertifikat Elektronik).',
          'An account in AMS (the electronic certificate management application) is proposed.',
        ),
        t(
          'Pemohon dapat membuka link yang dikirim ke email dinas pribadi asn untuk melakukan proses penerbitan sertifikat elektronik baru.',
          "The applicant opens the link sent to the civil servant's official e-mail to have the new electronic certificate issued.",
        ),
      ],
    },
  ],
  serviceTime: [
    t('1 hari kerja untuk disposisi surat', '1 working day to route the letter'),
    t(
      '1 hari kerja untuk proses pengusulan pembuatan akun AMS (Aplikasi Management Sertifikat Elektronik).',
      '1 working day to propose the AMS account (electronic certificate management application).',
    ),
  ],
  cost: freeOfCharge,
  product: t(
    'Layanan permohonan penerbitan sertifikat elektronik untuk tanda tangan elektronik',
    'Electronic certificates for electronic signatures',
  ),
  complaintChannels: [
    {
      kind: 'website',
      label: t(
        'Website : temandisko.pontianak.go.id/ps-ttd-elektronik',
        'Website: temandisko.pontianak.go.id/ps-ttd-elektronik',
      ),
      value: 'temandisko.pontianak.go.id/ps-ttd-elektronik',
    },
    officeEmail('Email : diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government',
    ),
    t(
      'Peraturan Wali Kota Nomor 116 Tahun 2022 tentang Pengelolaan Nama Domain dan Sub Domain Pemerintah Daerah, Situs Web (Website), dan Surat Elektronik (Email) Kedinasan di Lingkungan Pemerintah Kota Pontianak',
      'Mayor Regulation No. 116 of 2022 on Managing Regional Government Domain and Subdomain Names, Websites and Official E-mail within the Pontianak City Government',
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
      'Berpenampilan Rapi Dan Menerapkan 5S (Senyum, Salam, Sapa, Sopan Dan Santun)',
      'Neat appearance and the "5S" manners: smile, greet, address people, be polite and courteous',
    ),
    t('Menguasai SOP', 'Knows the standard operating procedures (SOP)'),
    t('Menguasai pelaksanaan pembuatan TTE', 'Knows how electronic signatures (TTE) are set up'),
    t('Mampu Berkomunikasi Dengan Baik', 'Communicates well'),
    t('Mampu Mengopersikan Komputer.', 'Can operate a computer.'),
  ],
  supervision: supervisionByLineCapitalised('Ruangan'),
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithClosedCircuitTelevision,
  evaluation: [
    ...evaluationBySurveyComplaintsAndReview,
    t(
      'Laporan Triwulan Pelayanan Penerbitan Sertifikat Elektronik Untuk Tanda Tangan Elektronik.',
      'Quarterly report on issuing electronic certificates for electronic signatures.',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
