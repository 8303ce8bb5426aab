// 11. Server colocation (decree 18/2024, lampiran no. 11).
import type { StandardEntry } from '../catalogue';
import { lowerCaseGuarantees } from './hostingDomain';
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

export const colocation: StandardEntry = {
  serviceId: 'colocation',
  name: t('Layanan Colocation Server', 'Server colocation'),
  shortName: t('Colocation server', 'Server colocation'),
  summary: t(
    'Kantor pemerintah menitipkan server miliknya di Data Center Diskominfo.',
    "A government office places its own server in Diskominfo's data centre.",
  ),
  requirements: [
    t('surat Permohonan Layanan Colocation Server', 'A letter requesting server colocation'),
    t(
      'surat ditandatangani Kepala Perangkat Daerah.',
      'The letter signed by the head of the regional office.',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'pemohon melampirkan / upload Surat Permohonan Layanan Colocation Server pada https://temandisko.pontianak.go.id/ menu permohonan layanan colocation server',
          'The applicant uploads the request letter at https://temandisko.pontianak.go.id/, menu "permohonan layanan colocation server"',
        ),
        t(
          'menerima dan menyampaikan permohonan kepada Kepala Dinas Komunikasi dan Informatika Kota Pontianak',
          'The request is received and passed to the Head of Diskominfo Kota Pontianak',
        ),
        t(
          'mendisposisi dan menyampaikan permohonan kepada Bidang Tata Kelola Pemerintahan Berbasis Eletronik dan Telematika',
          'The request is routed (disposition) to the E-Government Governance and Telematics Division',
        ),
        t(
          'mendisposisi dan mengarahkan seksi Persandian dan Keamanan Sistem Informasi untuk memverifikasi dan mengevaluasi keamanan server yang akan ditempatkan',
          'The request is routed to the Encryption and Information System Security Section, which checks and evaluates the security of the server to be placed',
        ),
        t(
          'menyampaikan server yang telah diverifikasi dan dievaluasi keamanannya untuk ditempatkan di Data Center dan pemberkasan Berita Acara Serah Terima',
          'The checked server is handed over for placement in the data centre, and the handover record (Berita Acara Serah Terima) is prepared',
        ),
        t(
          'pemohon menandatangani berita acara serah terima server',
          'The applicant signs the server handover record',
        ),
        t(
          'kepala dinas menandatangani berita acara serah terima server',
          'The Head of Agency signs the server handover record',
        ),
        t(
          'menerima dan menelaah permohonan, kemudian melakukan instalasi server di Data Center',
          'The data centre reviews the request and installs the server',
        ),
        t(
          'jika media penyimpanan mencukupi, maka dilakukan instalasi server pada Data Center, jika tidak maka akan dilakukan pengecekan server kembali oleh seksi Persandian dan Keamanan Sistem Informasi',
          'If there is enough storage the server is installed in the data centre; if not, the Encryption and Information System Security Section checks the server again',
        ),
        t(
          'melaporkan server yang telah berhasil diinstall kepada Kepala Bidang TKPBET dan pemohon.',
          'The installed server is reported to the Head of the TKPBET Division and to the applicant.',
        ),
      ],
    },
  ],
  serviceTime: [
    t(
      '1 hari kerja untuk proses administrasi & penyesuaian kebutuhan server',
      '1 working day for the paperwork and matching the server requirements',
    ),
    t('1 hari kerja untuk proses instalasi unit komputer server', '1 working day to install the server'),
  ],
  cost: freeOfCharge,
  product: t('Layanan colocation server', 'Server colocation'),
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
  ],
  facilities: [
    t('pengelola sistem aplikasi', 'Application system administrators'),
    t('jaringan internet', 'Internet connection'),
    t('komputer server.', 'Server computers.'),
  ],
  staffCount: t('pengelola sistem aplikasi: 3', 'Application system administrators: 3'),
  staffCompetence: [
    t(
      'memahami syarat pengajuan permohonan layanan colocation server',
      'Understands the requirements for server colocation requests',
    ),
    t('memahami penggunaan komputer & server.', 'Understands how to use computers and servers.'),
  ],
  supervision: supervisionByLineCapitalised('Ruangan'),
  ...lowerCaseGuarantees,
  evaluation: [
    t('survey kepuasan masyarakat', 'Public satisfaction survey (SKM)'),
    t('prevalensi jumlah aduan', 'Number of complaints received'),
    t('rapat Tinjauan Manajemen', 'Management review meeting'),
    t(
      'laporan triwulan pelaksanaan pelayanan colocation server.',
      'Quarterly report on the server colocation service.',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
