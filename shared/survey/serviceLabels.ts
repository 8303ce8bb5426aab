// Short names of the 15 services of decree 18/2024, as the survey's screens, portal page and report
// name them (the standards catalogue holds the full entries). Pure.
import type { ServiceId } from '../serviceStandards/serviceIds';
import type { Bilingual } from './questionnaire';

export const surveyServiceLabels: Readonly<Record<ServiceId, Bilingual>> = {
  lapor: { id: 'Pengaduan masyarakat (SP4N-LAPOR!)', en: 'Public complaints (SP4N-LAPOR!)' },
  'call-centre': { id: 'Layanan call centre', en: 'Call centre' },
  ppid: { id: 'Informasi publik (PPID)', en: 'Public information (PPID)' },
  data: { id: 'Pelayanan data', en: 'Data service' },
  'security-assessment': {
    id: 'Assessment keamanan sistem informasi',
    en: 'Information security assessment',
  },
  'official-email': { id: 'E-mail dinas ASN', en: 'Official e-mail for civil servants' },
  'e-signature': {
    id: 'Sertifikat elektronik (tanda tangan elektronik)',
    en: 'Electronic certificate (e-signature)',
  },
  'cyber-incident': { id: 'Pengaduan insiden siber', en: 'Cyber incident reports' },
  udid: { id: 'Pergantian UDID', en: 'UDID change' },
  'hosting-domain': { id: 'Hosting dan domain', en: 'Hosting and domain' },
  colocation: { id: 'Colocation server', en: 'Server colocation' },
  'room-loan': { id: 'Peminjaman ruangan', en: 'Room loan' },
  'pontive-visit': { id: 'Kunjungan ke Pontive Center', en: 'Visit to Pontive Center' },
  coworking: { id: 'Co-working space', en: 'Coworking space' },
  guest: { id: 'Pelayanan tamu', en: 'Guest service' },
};

/** "Semua layanan" when the index covers every service together. */
export const allServicesLabel: Bilingual = { id: 'Semua layanan', en: 'All services' };
