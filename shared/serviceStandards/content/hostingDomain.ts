// 10. Hosting and domain (decree 18/2024, lampiran no. 10). Its product reads "Pelayanan Tamu",
// copied from service 15: a copy error the catalogue keeps (errata.ts). This service and 11 write
// components 12–14 in lower case; the catalogue keeps that too.
import type { StandardEntry } from '../catalogue';
import {
  complaintBox,
  freeOfCharge,
  laporGoId,
  officeEmail,
  officeWebsite,
  standardServiceNotice,
  supervisionByLineCapitalised,
  t,
} from './text';

/** Components 12–13 as services 10 and 11 write them. */
export const lowerCaseGuarantees = {
  serviceGuarantee: [
    t('maklumat pelayanan', 'Service notice (Maklumat Pelayanan)'),
    t('pakta integritas', 'Integrity pact'),
    t('motto kerja.', 'Work motto.'),
  ],
  safetyGuarantee: [
    t('pengawasan Dengan Closed-Circuit Television', 'Closed-circuit television (CCTV) surveillance'),
    t(
      'penyediaan Alat Pengaman Kerja Seperti Tabung Pemadam Kebakaran',
      'Safety equipment such as fire extinguishers',
    ),
    t('petugas Yang Kompeten.', 'Competent staff.'),
  ],
};

export const hostingDomain: StandardEntry = {
  serviceId: 'hosting-domain',
  name: t('Pelayanan Hosting dan Domain', 'Hosting and domain service'),
  shortName: t('Hosting dan domain', 'Hosting and domains'),
  summary: t(
    'Kantor pemerintah meminta subdomain pontianak.go.id dan penempatan aplikasinya di Data Center.',
    "A government office requests a pontianak.go.id subdomain and hosting for its application in the city's data centre.",
  ),
  requirements: [
    t('Membawa Surat', 'Bring a letter'),
    t('File Aplikasi beserta Database', 'The application files and its database'),
    t('Tatap muka/lisan', 'In person (a spoken request)'),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon Menyampaikan Permohonan Sub domain/tanpa hosting aplikasi/sistem layanan temandisko.pontianak.go.id dan melampirkan Persetujuan dari Wali Kota Pontianak jika melakukan hosting di luar dari Data Center Dinas Komunikasi dan Informatika Kota Pontianak.',
          "The applicant requests a subdomain, with or without hosting of the application or system, through temandisko.pontianak.go.id, attaching the Mayor of Pontianak's approval when hosting outside Diskominfo's data centre.",
        ),
        t(
          'Menerima dan menyampaikan permohonan kepada Kepala Dinas Komunikasi dan Informatika Kota Pontianak.',
          'The request is received and passed to the Head of Diskominfo Kota Pontianak.',
        ),
        t(
          'Mendisposisikan dan menyampaikan permohonan Kepada Bidang Tata Kelola Pemerintahan Berbasis Elektronik dan Telematika.',
          'The request is routed (disposition) to the E-Government Governance and Telematics Division.',
        ),
        t(
          'Mendisposisikan dan mengarahkan seksi Persandian dan Keamanan Sistem Informasi untuk memverifikasi dan mengevaluasi keamanan aplikasi/sistem yang diajukan.',
          "The request is routed to the Encryption and Information System Security Section, which checks and evaluates the submitted application's security.",
        ),
        t(
          'Memverifikasi dan mengevaluasi file aplikasi/sistem Pemohon, kemudian meneruskan hasil evaluasi permohonan untuk dilakukan pemrosesan pada Data Center, jika terdapat kendala akan diinformasikan kembali ke Pemohon.',
          "The applicant's application files are checked and evaluated and the result is passed to the data centre for processing; any problem is reported back to the applicant.",
        ),
        t(
          'Menerima dan menelaah permohonan, kemudian melakukan proses propagasi permohonan file aplikasi/sistem, jika terdapat kendala, maka akan diinformasikan kembali kepada Seksi PKS.',
          'The data centre reviews the request and deploys and propagates the application; any problem is reported back to the Encryption and Security Section (PKS).',
        ),
        t(
          'Melaporkan hasil pekerjaan kepada Kepala Bidang TKPBET dan Pemohon.',
          'The result is reported to the Head of the TKPBET Division and to the applicant.',
        ),
      ],
    },
  ],
  serviceTime: [t('2 Hari Kerja', '2 working days')],
  cost: freeOfCharge,
  product: t('Pelayanan Tamu', 'Guest service'),
  complaintChannels: [
    laporGoId(),
    complaintBox,
    {
      kind: 'inPerson',
      label: t(
        'Tatap muka langsung dengan Kepala Bidang TKPBET',
        'In person with the Head of the TKPBET Division',
      ),
    },
    officeWebsite('Website: diskominfo.pontianak.go.id'),
    officeEmail('Email: diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Pontianak Nomor 47 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 47 of 2021 on Electronic-Based Government Systems within the Pontianak City Government',
    ),
    t(
      'Peraturan Wali Kota Pontianak Nomor 116 Tahun 2022 tentang Pengelolaan Nama Domain dan Sub Domain Pemerintah Daerah, Situs Web (Website), dan Surat Elektronik (Email) Kedinasan di Lingkungan Pemerintah Kota Pontianak',
      'Pontianak Mayor Regulation No. 116 of 2022 on Managing Regional Government Domain and Subdomain Names, Websites and Official E-mail within the Pontianak City Government',
    ),
  ],
  facilities: [
    t('pengelola Domain dan Sub Domain', 'Domain and subdomain administrators'),
    t('jaringan internet', 'Internet connection'),
    t('komputer server.', 'Server computers.'),
  ],
  staffCount: t('pengelola Domain dan Sub Domain: 2 orang', 'Domain and subdomain administrators: 2 people'),
  staffCompetence: [
    t(
      'memahami syarat pengajuan permohonan layanan Hosting dan Domain',
      'Understands the requirements for hosting and domain requests',
    ),
    t('memahami penggunaan komputer & server.', 'Understands how to use computers and servers.'),
  ],
  supervision: supervisionByLineCapitalised('Ruang'),
  ...lowerCaseGuarantees,
  evaluation: [
    t('survey kepuasan masyarakat', 'Public satisfaction survey (SKM)'),
    t('prevalensi jumlah aduan', 'Number of complaints received'),
    t('rapat Tinjauan Manajemen', 'Management review meeting'),
    t(
      'laporan triwulan pelaksanaan pelayanan Hosting dan Domain',
      'Quarterly report on the hosting and domain service',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
