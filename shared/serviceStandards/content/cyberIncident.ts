// 8. Cyber incident reports (decree 18/2024, lampiran no. 8).
import type { StandardEntry } from '../catalogue';
import {
  evaluationBySurveyComplaintsAndReview,
  freeOfCharge,
  laporGoId,
  officeEmail,
  safetyWithClosedCircuitTelevision,
  serviceGuaranteeItems,
  standardServiceNotice,
  supervisionByLineCapitalised,
  t,
} from './text';

export const cyberIncident: StandardEntry = {
  serviceId: 'cyber-incident',
  name: t('Layanan Pengaduan Insiden Siber', 'Cyber incident reports'),
  shortName: t('Pengaduan insiden siber', 'Report a cyber incident'),
  summary: t(
    'Laporkan insiden siber pada sistem Pemerintah Kota Pontianak ke tim Pontianak-CSIRT.',
    "Report a cyber incident affecting the Pontianak City Government's systems to the Pontianak-CSIRT team.",
  ),
  requirements: [
    t('Data pelapor insiden siber', "The reporter's details"),
    t('Bukti beserta keterangan insiden siber', 'Evidence and a description of the incident'),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pelapor dapat menyampaikan laporan insiden siber online melalui website Pontianak-CSIRT.',
          'The reporter sends the cyber incident report online through the Pontianak-CSIRT website.',
        ),
        t(
          'Melakukan verifikasi bukti dan keterangan laporan insiden siber.',
          'The evidence and description in the report are verified.',
        ),
        t(
          'Memberikan sertifikat apresiasi kepada pelapor jika laporan insiden siber terverifikasi benar.',
          'If the report is verified as true, the reporter receives a certificate of appreciation.',
        ),
      ],
    },
  ],
  serviceTime: [t('1 hari kerja', '1 working day')],
  cost: freeOfCharge,
  product: t('Layanan pengaduan insiden siber', 'Cyber incident report handling'),
  complaintChannels: [
    laporGoId('Layanan Pengaduan: lapor.go.id'),
    {
      kind: 'website',
      label: t('Website : csirt.pontianak.go.id', 'Website: csirt.pontianak.go.id'),
      value: 'csirt.pontianak.go.id',
    },
    officeEmail('Email : diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2020 tentang Tim Tanggap Insiden Siber',
      'National Cyber and Crypto Agency Regulation No. 10 of 2020 on Cyber Incident Response Teams',
    ),
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak.',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government.',
    ),
  ],
  facilities: [
    t('Ruang Pelayanan', 'A service room'),
    t('Meja Kursi', 'Desks and chairs'),
    t('Komputer', 'Computers'),
    t('Jaringan Wifi.', 'Wi-Fi network.'),
  ],
  staffCount: t('5 orang', '5 people'),
  staffCompetence: [
    t(
      'Berpenampilan Rapi Dan Menerapkan 5S (Senyum, Salam, Sapa, Sopan Dan Santun)',
      'Neat appearance and the "5S" manners: smile, greet, address people, be polite and courteous',
    ),
    t('Menguasai SOP', 'Knows the standard operating procedures (SOP)'),
    t('Menguasai Tanggap Insider Siber', 'Knows cyber incident response'),
    t('Mampu Berkomunikasi Dengan Baik', 'Communicates well'),
    t('Mampu Mengoperasikan Komputer.', 'Can operate a computer.'),
  ],
  supervision: supervisionByLineCapitalised('Ruangan'),
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithClosedCircuitTelevision,
  evaluation: [
    ...evaluationBySurveyComplaintsAndReview,
    t(
      'Laporan triwulan Pelaksanaan Pelayanan Pengaduan Siber',
      'Quarterly report on the cyber incident report service',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
