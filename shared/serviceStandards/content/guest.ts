// 15. Guest service (decree 18/2024, lampiran no. 15). Its evaluation (component 14) repeats the
// facilities of component 8: a copy error the catalogue keeps (errata.ts).
import type { StandardEntry } from '../catalogue';
import {
  complaintBox,
  fiveS,
  freeOfCharge,
  masterSop,
  officeEmail,
  officeWebsite,
  safetyWithCctv,
  serviceGuaranteeItems,
  standardServiceNotice,
  supervisionByLine,
  t,
} from './text';

const guestFacilities = [
  t('Ruangan', 'A room'),
  t('Meja', 'Desks'),
  t('Kursi', 'Chairs'),
  t('Komputer', 'Computers'),
  t('Jaringan Wifi.', 'Wi-Fi network.'),
];

export const guest: StandardEntry = {
  serviceId: 'guest',
  name: t('Pelayanan Tamu', 'Guest service'),
  shortName: t('Pelayanan tamu', 'Guests'),
  summary: t(
    'Isi buku tamu, sampaikan keperluan Anda, dan petugas akan melayani atau mengarahkan Anda.',
    'Sign the guest book, tell us why you came, and an officer will serve you or show you where to go.',
  ),
  requirements: [t('Membawa surat', 'Bring a letter'), t('Tatap muka/lisan', 'In person (a spoken request)')],
  procedure: [
    {
      steps: [
        t(
          'Tamu berkunjung ke Sekretariat Dinas Komunikasi dan Informatika',
          'The guest comes to the secretariat of Diskominfo',
        ),
        t('Tamu mengisi buku tamu', 'The guest signs the guest book'),
        t(
          'Petugas menanyakan maksud dan tujuan keperluan',
          'The officer asks about the purpose of the visit',
        ),
        t(
          'Petugas melayani dan mengarahkan tamu sebagai dengan maksud dan tujuan',
          'The officer serves the guest or directs them according to their purpose',
        ),
      ],
    },
  ],
  serviceTime: [t('35 Menit', '35 minutes')],
  cost: freeOfCharge,
  product: t('Pelayanan Tamu', 'Guest service'),
  complaintChannels: [
    {
      kind: 'phone',
      label: t('Nomor Pengaduan : 081256699036', 'Complaints number: 081256699036'),
      value: '081256699036',
    },
    complaintBox,
    {
      kind: 'inPerson',
      label: t(
        'Tatap muka langsung dengan pejabat pengelola pengaduan (Kasubbag. Umum dan Aparatur)',
        'In person with the complaints officer (Head of the General Affairs and Personnel Subdivision)',
      ),
    },
    officeWebsite('Website: diskominfo.pontianak.go.id'),
    officeEmail('Email: diskominfo@pontianak.go.id'),
  ],
  legalBasis: [
    t(
      'Peraturan Wali Kota Nomor 116 Tahun 2021 tentang Kedudukan, Struktur Organisasi, Tugas Pokok, Fungsi, Uraian Tugas dan Tata Kerja.',
      'Mayor Regulation No. 116 of 2021 on the Position, Organisational Structure, Main Duties, Functions, Job Descriptions and Working Procedures.',
    ),
  ],
  facilities: guestFacilities,
  staffCount: t('4 Orang', '4 people'),
  staffCompetence: [
    t('Berpenampilan Rapi dan menerapkan 5S (Senyum, Salam, Sapa, Sopan dan Santun)', fiveS.en),
    masterSop,
    t('Mampu berkomunikasi dengan baik.', 'Communicates well.'),
  ],
  supervision: supervisionByLine,
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithCctv,
  evaluation: guestFacilities,
  serviceNotice: standardServiceNotice,
};
