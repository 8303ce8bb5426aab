// 14. Co-working space reservation (decree 18/2024, lampiran no. 14).
import type { StandardEntry } from '../catalogue';
import {
  pontiveChannels,
  pontiveCompetence,
  pontiveEvaluationBase,
  pontiveGuarantee,
  pontiveHours,
  pontiveSafety,
  smartCityLaws,
} from './pontive';
import { freeOfCharge, standardServiceNotice, supervisionByLineCapitalised, t } from './text';

export const coworking: StandardEntry = {
  serviceId: 'coworking',
  name: t('Pelayanan Reservasi Co-Working Space', 'Co-working space reservation'),
  shortName: t('Reservasi co-working space', 'Co-working space'),
  summary: t(
    'Pesan meja di co-working space, lalu pindai kode QR Anda di kios saat datang.',
    'Book a desk in the co-working space, then scan your QR code at the kiosk when you arrive.',
  ),
  requirements: [
    t(
      'Surat Peminjaman Ruang/Sarana Video Conference/Kunjungan',
      'A letter requesting the room, the video conference equipment or a visit',
    ),
    t(
      'Input Jadwal Ke website temandisko.pontianak.go.id minimal H-1 Acara',
      'Enter the schedule at temandisko.pontianak.go.id at least one day before',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Melakukan Pendaftaran dan Registrasi (reservasi) melalui link https://startuphub.pontianak.go.id',
          'Register and reserve through https://startuphub.pontianak.go.id',
        ),
        t(
          'Menerima dan melihat daftar user/pengguna yang telah melakukan reservasi, selanjutnya dilaporkan kepada Kasi PK & AI.',
          'The admin receives and reviews the list of users who have reserved and reports it to the head of the PK & AI section.',
        ),
        t(
          'User/pengguna datang ke Co-working Space Dinas Komunikasi dan Informatika Kota Pontianak, sebelum masuk scan barcode pada alat Barcode Scanner.',
          "The user comes to Diskominfo Kota Pontianak's co-working space and scans their code at the barcode scanner before going in.",
        ),
        t(
          'Jika berhasil scan bisa langsung menggunakan Co-working Space , jika gagal maka admin melakukan konfirmasi ulang dengan calon pengguna atau reservasi ulang.',
          'If the scan succeeds the user can use the co-working space right away; if it fails, the admin confirms with the user again or the user reserves again.',
        ),
        t(
          'User/pengguna masuk dan menggunakan fasilitas Co-working Space sesuai dengan nomor saat reservasi.',
          'The user goes in and uses the co-working space at the desk number of their reservation.',
        ),
        t(
          'Setelah selesai menggunakan fasilitas Co-working Space , kemudian mengemaskan kembali meja kerja yang digunakan. Selanjutnya lapor kepada Admin.',
          'When finished, the user tidies the desk they used and then reports to the admin.',
        ),
      ],
    },
  ],
  serviceTime: [pontiveHours],
  cost: freeOfCharge,
  product: t(
    'Ruang Pontive Center Meeting Room Pontive Center Co-working Space',
    'The Pontive Center room; the Pontive Center meeting room; the co-working space',
  ),
  complaintChannels: pontiveChannels,
  legalBasis: smartCityLaws,
  facilities: [
    t('Kursi', 'Chairs'),
    t('Meja', 'Desks'),
    t('Komputer', 'Computers'),
    t('Jaringan Internet', 'Internet connection'),
    t('Colokan Listrik', 'Power sockets'),
  ],
  staffCount: t('Admin Pontive Center : 4 Orang', 'Pontive Center admins: 4 people'),
  staffCompetence: pontiveCompetence,
  supervision: supervisionByLineCapitalised('Ruangan'),
  serviceGuarantee: pontiveGuarantee,
  safetyGuarantee: pontiveSafety,
  evaluation: [
    ...pontiveEvaluationBase,
    t('Laporan triwulan Pelayanan Co-working Space', 'Quarterly report on the co-working space service'),
  ],
  serviceNotice: standardServiceNotice,
};
