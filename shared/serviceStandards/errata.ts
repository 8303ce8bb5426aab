// The decree's known copy errors (DOMAIN.md §6). The catalogue keeps the decree's text; these notes
// let the officer's panel point at each one and suggest what was probably meant, so a correction
// is one look away rather than a search through 15 services.
import type { Bilingual, EntryField } from './catalogue';
import type { ServiceId } from './serviceIds';

export interface Erratum {
  serviceId: ServiceId;
  field: EntryField;
  /** What is wrong, in both languages. */
  note: Bilingual;
}

const e = (serviceId: ServiceId, field: EntryField, id: string, en: string): Erratum => ({
  serviceId,
  field,
  note: { id, en },
});

export const decreeErrata: readonly Erratum[] = [
  e(
    'ppid',
    'name',
    'Keputusan menulis "Pejabat Pelayanan Informasi"; Undang-Undang 14/2008 menyebut PPID "Pejabat Pengelola Informasi dan Dokumentasi".',
    'The decree writes "Pejabat Pelayanan Informasi"; Law 14/2008 calls the PPID the "Pejabat Pengelola Informasi dan Dokumentasi".',
  ),
  e(
    'ppid',
    'requirements',
    'Persyaratan b menyalin kalimat tentang penelpon dari layanan call center.',
    'Requirement b repeats a sentence about callers copied from the call centre service.',
  ),
  e(
    'ppid',
    'procedure',
    'Langkah luring 1 mengulang "dengan mengisi formulir yang dibutuhkan".',
    'Offline step 1 repeats "by filling in the form needed".',
  ),
  e(
    'data',
    'evaluation',
    'Evaluasi kinerja berisi daftar sarana (Komputer, Akses Internet, Data), bukan evaluasi.',
    'The performance evaluation lists facilities (computers, internet access, data) instead of evaluations.',
  ),
  e(
    'security-assessment',
    'staffCompetence',
    '"Mengopersikan" mungkin maksudnya "Mengoperasikan".',
    '"Mengopersikan" probably means "Mengoperasikan" (operate).',
  ),
  e(
    'official-email',
    'staffCompetence',
    '"Mengopersikan" mungkin maksudnya "Mengoperasikan".',
    '"Mengopersikan" probably means "Mengoperasikan" (operate).',
  ),
  e(
    'e-signature',
    'staffCompetence',
    '"Mengopersikan" mungkin maksudnya "Mengoperasikan".',
    '"Mengopersikan" probably means "Mengoperasikan" (operate).',
  ),
  e(
    'cyber-incident',
    'staffCompetence',
    '"Tanggap Insider Siber" mungkin maksudnya "Tanggap Insiden Siber".',
    '"Tanggap Insider Siber" probably means "Tanggap Insiden Siber" (cyber incident response).',
  ),
  e(
    'udid',
    'staffCompetence',
    '"Mengopersikan" mungkin maksudnya "Mengoperasikan".',
    '"Mengopersikan" probably means "Mengoperasikan" (operate).',
  ),
  e(
    'hosting-domain',
    'product',
    'Produk tertulis "Pelayanan Tamu", disalin dari layanan no. 15; mungkin maksudnya hosting dan domain.',
    'The product reads "Pelayanan Tamu" (guest service), copied from service no. 15; it probably means hosting and domains.',
  ),
  e(
    'colocation',
    'procedure',
    '"Eletronik" mungkin maksudnya "Elektronik".',
    '"Eletronik" probably means "Elektronik".',
  ),
  e(
    'room-loan',
    'procedure',
    '"surat mauk" mungkin maksudnya "surat masuk".',
    '"surat mauk" probably means "surat masuk" (incoming mail).',
  ),
  e(
    'pontive-visit',
    'procedure',
    '"surat mauk" mungkin maksudnya "surat masuk".',
    '"surat mauk" probably means "surat masuk" (incoming mail).',
  ),
  e(
    'guest',
    'procedure',
    '"sebagai dengan maksud dan tujuan" mungkin maksudnya "sesuai dengan maksud dan tujuan".',
    '"sebagai dengan maksud dan tujuan" probably means "sesuai dengan maksud dan tujuan" (according to the purpose).',
  ),
  e(
    'guest',
    'evaluation',
    'Evaluasi kinerja berisi daftar sarana (Ruangan, Meja, Kursi, …), bukan evaluasi.',
    'The performance evaluation lists facilities (room, desks, chairs, …) instead of evaluations.',
  ),
];
