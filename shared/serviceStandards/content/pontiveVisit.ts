// 13. Visiting the Pontive Center (decree 18/2024, lampiran no. 13).
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

export const pontiveVisit: StandardEntry = {
  serviceId: 'pontive-visit',
  name: t('Pelayanan Kunjungan ke Pontive Center', 'Visiting the Pontive Center'),
  shortName: t('Kunjungan Pontive Center', 'Visit the Pontive Center'),
  summary: t(
    'Ajukan kunjungan rombongan ke Pontive Center (Pontianak Interactive Center).',
    'Arrange a group visit to the Pontive Center (Pontianak Interactive Center).',
  ),
  requirements: [
    t(
      'Input Jadwal Ke website temandisko.pontianak.go.id minimal H-1 Acara',
      'Enter the schedule at temandisko.pontianak.go.id at least one day before the visit',
    ),
    t(
      'Surat Peminjaman Ruangan/Sarana Video Conference/Kunjungan',
      'A letter requesting the room, the video conference equipment or a visit',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon mengajukan permohonan Kunjungan ke Ruangan Pontive Center melalui website Teman Diskominfo',
          'The applicant requests a visit to the Pontive Center through the Teman Diskominfo website',
        ),
        ...pontiveLetterSteps,
        t(
          'Pemohon menerima informasi terkait Kunjungan ke Pontive Center',
          'The applicant is told about the visit to the Pontive Center',
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
    t('LCD TV', 'LCD TV'),
    t('Komputer', 'Computers'),
    t('Jaringan Internet', 'Internet connection'),
    t('Alat Video Conference', 'Video conference equipment'),
  ],
  staffCount: pontiveStaff,
  staffCompetence: pontiveCompetence,
  supervision: supervisionByLineCapitalised('Ruang'),
  serviceGuarantee: pontiveGuarantee,
  safetyGuarantee: pontiveSafety,
  evaluation: [
    ...pontiveEvaluationBase,
    t(
      'Laporan triwulan Pelayanan Kunjungan Ke Pontive Center',
      'Quarterly report on visits to the Pontive Center',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
