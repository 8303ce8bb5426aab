// Authoring helpers for the catalogue's content modules: texts that recur across the decree's
// lampiran word for word. Where two services word a component differently (capitals, "Ruang" or
// "Ruangan"), each module writes its own text instead, so the catalogue keeps what the decree says.
import type { Bilingual } from '../catalogue';

/** One text: what the decree says, then the English. */
export const t = (id: string, en: string): Bilingual => ({ id, en });

export const freeOfCharge = t('Rp. 0', 'Rp 0 (free of charge)');

/**
 * The decree names a Maklumat Pelayanan under each service's guarantee but does not print it; this
 * is the form of PermenPANRB 15/2014 (Pedoman Standar Pelayanan, which the decree's "Mengingat"
 * cites), until an officer replaces it with the office's own signed notice.
 */
export const standardServiceNotice = t(
  'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
  'We hereby declare that we are able to provide this service in line with the service standard that has been set, and that if we do not keep this promise we are ready to accept sanctions in accordance with the laws and regulations in force.',
);

// Service guarantee (component 12), as services 1–9 and 12–15 word it.
export const serviceGuaranteeItems = [
  t('Maklumat Pelayanan', 'Service notice (Maklumat Pelayanan)'),
  t('Pakta Integritas', 'Integrity pact'),
  t('Motto Kerja.', 'Work motto.'),
];

// The complaint channels most services share.
export const officeWebsite = (id = 'Website : diskominfo.pontianak.go.id') => ({
  kind: 'website' as const,
  label: t(id, 'Website: diskominfo.pontianak.go.id'),
  value: 'diskominfo.pontianak.go.id',
});
export const officeEmail = (id = 'E-mail : diskominfo@pontianak.go.id') => ({
  kind: 'email' as const,
  label: t(id, 'E-mail: diskominfo@pontianak.go.id'),
  value: 'diskominfo@pontianak.go.id',
});
export const cityAndOfficeSocialMedia = {
  kind: 'social' as const,
  label: t(
    'Media sosial (Facebook, Instagram) Pemerintah Kota Pontianak dan Diskominfo Kota Pontianak',
    'The social media accounts (Facebook, Instagram) of the Pontianak City Government and of Diskominfo Kota Pontianak',
  ),
};
export const officeComplaintBox = {
  kind: 'complaintBox' as const,
  label: t(
    'Tersedianya kotak pengaduan di Diskominfo Kota Pontianak',
    'A complaint box at Diskominfo Kota Pontianak',
  ),
};
export const complaintBox = {
  kind: 'complaintBox' as const,
  label: t('Tersedia Kotak Pengaduan', 'A complaint box is available'),
};
export const laporGoId = (id = 'Layanan Pengaduan : lapor.go.id') => ({
  kind: 'lapor' as const,
  label: t(id, 'Complaint service: lapor.go.id (SP4N-LAPOR!)'),
  value: 'lapor.go.id',
});
export const pontiveSocialMedia = {
  kind: 'social' as const,
  label: t(
    'Media sosial (Facebook, Instagram) Pontianak Interactive Center @pontivecenter',
    'Social media (Facebook, Instagram) of the Pontianak Interactive Center: @pontivecenter',
  ),
  value: '@pontivecenter',
};

// Legal basis of the two complaint services (1 SP4N-LAPOR! and 2 call centre), word for word the same.
export const complaintHandlingLaws = [
  t(
    'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    'Law No. 14 of 2008 on Public Information Disclosure',
  ),
  t('Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman', 'Law No. 37 of 2008 on the Ombudsman'),
  t('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'Law No. 25 of 2009 on Public Services'),
  t(
    'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Keterbukaan Informasi',
    'Government Regulation No. 61 of 2010 on the Implementation of the Information Disclosure Law',
  ),
  t(
    'Peraturan Pemerintah Nomor 76 Tahun 2012 tentang Pelaksanaan Undang-Undang Pelayanan Publik',
    'Government Regulation No. 76 of 2012 on the Implementation of the Public Services Law',
  ),
  t(
    'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik Nasional',
    'Presidential Regulation No. 76 of 2013 on National Public Service Complaint Management',
  ),
  t(
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan RB Nomor 24 Tahun 2014 tentang Pedoman Penyelenggaraan Pengelolaan Pengaduan Pelayanan Publik Secara Nasional',
    'Regulation of the Minister for Administrative and Bureaucratic Reform No. 24 of 2014 on Guidelines for Managing Public Service Complaints Nationally',
  ),
  t(
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan RB Nomor 46 Tahun 2020 tentang Roadmap Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional Tahun 2020-2024',
    'Regulation of the Minister for Administrative and Bureaucratic Reform No. 46 of 2020 on the Roadmap of the National Public Service Complaint Management System 2020–2024',
  ),
  t(
    'Peraturan Wali Kota Nomor 93 Tahun 2020 tentang Pedoman Pengelolaan Pelayanan Pengaduan Publik Di Lingkungan Pemerintah Kota Pontianak.',
    'Mayor Regulation No. 93 of 2020 on Guidelines for Handling Public Complaints within the Pontianak City Government.',
  ),
];

// Components 10, 11 and 13 as the services of the information division (1–3, 15) word them.
export const fiveS = t(
  'Berpenampilan rapi dan menerapkan 5S (Senyum, Salam, Sapa, Sopan dan Santun)',
  'Neat appearance and the "5S" manners: smile, greet, address people, be polite and courteous',
);
export const masterSop = t('Menguasai SOP', 'Knows the standard operating procedures (SOP)');
export const supervisionByLine = [
  t(
    'Pengawasan yang dilakukan oleh atasan langsung pada setiap jenjang sesuai dengan tugas pokok dan fungsi',
    'Supervision by the direct superior at every level, according to their main duties and functions',
  ),
  t(
    'Adanya control melalui CCTV di ruangan Kepala Dinas.',
    "Monitoring through CCTV in the Head of Agency's office.",
  ),
];
export const safetyWithCctv = [
  t('Pengawasan dengan CCTV', 'CCTV surveillance'),
  t(
    'Penyediaan alat pengaman kerja seperti tabung pemadam kebakaran',
    'Safety equipment such as fire extinguishers',
  ),
  t('Petugas yang kompeten.', 'Competent staff.'),
];

// Components 10–14 as the e-government services (5–11) word them, capitals and all.
export const supervisionByLineCapitalised = (room: 'Ruang' | 'Ruangan') => [
  t(
    'Pengawasan Yang Dilakukan Oleh Atasan Langsung Pada Setiap Jenjang/Lini Sesuai Dengan Tugas Pokok Dan Fungsinya',
    'Supervision by the direct superior at every level or line, according to their main duties and functions',
  ),
  t(
    `Adanya Kontrol Melalui CCTV Di ${room} Kepala Dinas.`,
    "Monitoring through CCTV in the Head of Agency's office.",
  ),
];
export const safetyWithClosedCircuitTelevision = [
  t('Pengawasan Dengan Closed-Circuit Television', 'Closed-circuit television (CCTV) surveillance'),
  t(
    'Penyediaan Alat Pengaman Kerja Seperti Tabung Pemadam Kebakaran',
    'Safety equipment such as fire extinguishers',
  ),
  t('Petugas Yang Kompeten.', 'Competent staff.'),
];
export const evaluationBySurveyComplaintsAndReview = [
  t('Survey Kepuasan Masyarakat', 'Public satisfaction survey (SKM)'),
  t('Prevalensi Jumlah Aduan', 'Number of complaints received'),
  t('Rapat Tinjauan Manajemen', 'Management review meeting'),
];
