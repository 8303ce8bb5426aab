// What the three Pontive Center services (12 room loan, 13 visit, 14 co-working) share word for word
// in decree 18/2024: complaint channels, legal basis, guarantees.
import type { Channel } from '../catalogue';
import { pontiveSocialMedia, t } from './text';

export const pontiveChannels: Channel[] = [
  pontiveSocialMedia,
  {
    kind: 'website',
    label: t('Website : temandisko.pontianak.go.id', 'Website: temandisko.pontianak.go.id'),
    value: 'temandisko.pontianak.go.id',
  },
  {
    kind: 'email',
    label: t('E-mail : pontivecenter@pontianak.go.id', 'E-mail: pontivecenter@pontianak.go.id'),
    value: 'pontivecenter@pontianak.go.id',
  },
];

export const smartCityLaws = [
  t(
    'Peraturan Daerah Kota Pontianak Nomor 9 Tahun 2022 tentang Penyelenggaraan Pontianak Smart City',
    'Pontianak City Regional Regulation No. 9 of 2022 on Running Pontianak Smart City',
  ),
  t(
    'Peraturan Wali Kota Pontianak Nomor 25 Tahun 2019 tentang Masterplan Pontianak Smart City',
    'Pontianak Mayor Regulation No. 25 of 2019 on the Pontianak Smart City Masterplan',
  ),
];

export const pontiveSafety = [
  t(
    'Penyediaan alat pengaman kerja seperti tabung pemadam kebakaran',
    'Safety equipment such as fire extinguishers',
  ),
  t('Petugas Yang kompeten.', 'Competent staff.'),
];

export const pontiveHours = t('Senin – Jumat, Pukul 07.00 – 15.45 WIB', 'Monday to Friday, 07.00–15.45 WIB');

export const pontiveStaff = t('Admin Pontive Center : 4', 'Pontive Center admins: 4');

export const pontiveCompetence = [
  t('Berpenampilan rapi', 'Neat appearance'),
  t('Menguasai SOP', 'Knows the standard operating procedures (SOP)'),
  t('Mampu berkomunikasi dengan Baik', 'Communicates well'),
  t('Mampu mengoperasikan Komputer', 'Can operate a computer'),
];

export const pontiveGuarantee = [
  t('Maklumat Pelayanan', 'Service notice (Maklumat Pelayanan)'),
  t('Pakta Integritas', 'Integrity pact'),
  t('Motto Kerja.', 'Work motto.'),
];

export const pontiveEvaluationBase = [
  t('Survey Kepuasan Masyarakat', 'Public satisfaction survey (SKM)'),
  t('Prevalensi jumlah aduan', 'Number of complaints received'),
  t('Rapat Tinjauan Manajemen', 'Management review meeting'),
];

/** Steps b–d of the room-loan and visit procedures (12 and 13), the same in both. */
export const pontiveLetterSteps = [
  t(
    'Admin menerima formulir permohonan dan meneruskan ke sekretariat',
    'The admin receives the request form and passes it to the secretariat',
  ),
  t(
    'Sekretariat mencatat surat permohonan sebagai surat mauk dan meneruskan kepada Kepala Dinas untuk dilanjutkan ke Bidang terkait dengan disposisi',
    'The secretariat registers the request as incoming mail and passes it to the Head of Agency, who routes it (disposition) to the division concerned',
  ),
  t(
    'Bidang TKPBET menerima dan mempelajari surat permohonan yang didisposisikan dan meneruskan kepada kepala Sub Koordinator PKAI',
    'The TKPBET Division receives and studies the routed request and passes it to the PKAI sub-coordinator',
  ),
  t(
    'Admin Pontive Center menjadwalkan peminjaman Ruangan sesuai isian form pengajuan, kemudian berkoordinasi dengan pemohon',
    'The Pontive Center admin schedules the room as the request form says, then coordinates with the applicant',
  ),
];
