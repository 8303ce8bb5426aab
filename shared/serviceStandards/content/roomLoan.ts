// 12. Pontive Center / meeting room loan (decree 18/2024, lampiran no. 12).
import type { StandardEntry } from '../catalogue';
import {
  pontiveChannels,
  pontiveCompetence,
  pontiveEvaluationBase,
  pontiveGuarantee,
  pontiveHours,
  pontiveLetterSteps,
  pontiveSafety,
  pontiveStaff,
  smartCityLaws,
} from './pontive';
import { freeOfCharge, standardServiceNotice, supervisionByLineCapitalised, t } from './text';

export const roomLoan: StandardEntry = {
  serviceId: 'room-loan',
  name: t(
    'Pelayanan Peminjaman Ruangan Pontive Center / Meeting Room',
    'Borrowing the Pontive Center room / meeting room',
  ),
  shortName: t('Pinjam ruang Pontive Center', 'Borrow a Pontive Center room'),
  summary: t(
    'Pinjam Ruang Pontive Center atau meeting room untuk acara atau video conference, tanpa biaya.',
    'Borrow the Pontive Center room or the meeting room for an event or a video conference, free of charge.',
  ),
  requirements: [
    t(
      'Surat Peminjaman Ruangan/Sarana Video Conference/Kunjungan',
      'A letter requesting the room, the video conference equipment or a visit',
    ),
    t(
      'Input Jadwal Ke website temandisko.pontianak.go.id minimal H-1 Acara',
      'Enter the schedule at temandisko.pontianak.go.id at least one day before the event',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon mengajukan permohonan peminjaman Ruangan Pontive Center melalui website Teman Diskominfo',
          'The applicant requests the Pontive Center room through the Teman Diskominfo website',
        ),
        ...pontiveLetterSteps,
        t(
          'Pemohon menerima informasi terkait peminjaman ruangan',
          'The applicant is told about the room booking',
        ),
      ],
    },
  ],
  serviceTime: [pontiveHours],
  cost: freeOfCharge,
  product: t(
    'Ruang Pontive Center Meeting Room Pontive Center',
    'The Pontive Center room; the Pontive Center meeting room',
  ),
  complaintChannels: pontiveChannels,
  legalBasis: smartCityLaws,
  facilities: [
    t('Kursi', 'Chairs'),
    t('Meja', 'Desks'),
    t('Screen Wall', 'Screen wall'),
    t('Komputer', 'Computers'),
    t('Jaringan Wifi', 'Wi-Fi network'),
    t('Alat Video Conference', 'Video conference equipment'),
  ],
  staffCount: pontiveStaff,
  staffCompetence: [t('Berpenampilan Rapi', 'Neat appearance'), ...pontiveCompetence.slice(1)],
  supervision: supervisionByLineCapitalised('Ruangan'),
  serviceGuarantee: pontiveGuarantee,
  safetyGuarantee: pontiveSafety,
  evaluation: [
    ...pontiveEvaluationBase,
    t(
      'Laporan bulanan pelaksanaan pelayanan Peminjaman Ruang Pontive Center / Meeting Room',
      'Monthly report on lending the Pontive Center room / meeting room',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
