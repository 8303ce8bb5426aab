// 6. Personal official e-mail for civil servants (decree 18/2024, lampiran no. 6).
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

export const officialEmail: StandardEntry = {
  serviceId: 'official-email',
  name: t(
    'Layanan Permohonan Email Dinas Pribadi ASN',
    'Personal official e-mail accounts for civil servants (ASN)',
  ),
  shortName: t('Email dinas ASN', 'Official e-mail for civil servants'),
  summary: t(
    'Kantor (OPD) meminta akun email dinas pribadi untuk ASN-nya.',
    'A government office (OPD) requests personal official e-mail accounts for its civil servants.',
  ),
  requirements: [
    t('Surat permohonan dari OPD', 'A letter of request from the office (OPD)'),
    t('Data ASN yang akan dibuatkan email', 'The details of the civil servants who need an account'),
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
        t('Proses pembuatan email dinas pribadi ASN', 'The official e-mail accounts are created'),
        t(
          'Pendataan daftar akun email dinas pribadi ASN',
          'The new accounts are recorded in the account list',
        ),
        t(
          'Memberikan akun email dinas pribadi ASN kepada masing-masing ASN.',
          'Each civil servant receives their official e-mail account.',
        ),
      ],
    },
  ],
  serviceTime: [
    t('1 (satu) hari kerja untuk disposisi surat', '1 (one) working day to route the letter'),
    t(
      '1 (satu) hari kerja untuk proses pembuatan email dinas pribadi ASN.',
      '1 (one) working day to create the official e-mail accounts.',
    ),
  ],
  cost: freeOfCharge,
  product: t(
    'Layanan permohonan email dinas pribadi ASN.',
    'Personal official e-mail accounts for civil servants.',
  ),
  complaintChannels: [
    {
      kind: 'website',
      label: t(
        'Website : temandisko.pontianak.go.id/permohonan-email',
        'Website: temandisko.pontianak.go.id/permohonan-email',
      ),
      value: 'temandisko.pontianak.go.id/permohonan-email',
    },
    officeEmail('Email : diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government',
    ),
    t(
      'Peraturan Wali Kota Nomor 116 Tahun 2022 tentang Pengelolaan Nama Domain dan Sub Domain Pemerintah Daerah, Situs Web (Website), dan Surat Elektronik (Email) Kedinasan di Lingkungan Pemerintah Kota Pontianak.',
      'Mayor Regulation No. 116 of 2022 on Managing Regional Government Domain and Subdomain Names, Websites and Official E-mail within the Pontianak City Government.',
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
    t('Mampu Berkomunikasi Dengan Baik', 'Communicates well'),
    t('Mampu Mengopersikan Komputer', 'Can operate a computer'),
  ],
  supervision: supervisionByLineCapitalised('Ruang'),
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithClosedCircuitTelevision,
  evaluation: [
    ...evaluationBySurveyComplaintsAndReview,
    t(
      'Laporan Pelayanan Permohonan Email Dinas Pribadi ASN.',
      'Report on the official e-mail account service.',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
