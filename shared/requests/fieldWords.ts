// The fields of a request in words, as the desk's form and the portal's form label them and as the
// rules' "still empty" lists name them: one wording for both, in Bahasa Indonesia and English.
import { requestFieldIds, type RequestFieldId } from './requestSettings';

export type RequestFieldWordKey = RequestFieldId | 'noBuffet' | 'notes';

/** The fields a request form shows: the type's fields, the no-buffet confirmation, the notes. */
export const requestFormFields = [...requestFieldIds, 'noBuffet', 'notes'] as const;

const id: Record<RequestFieldWordKey, string> = {
  office: 'Instansi atau kelompok pemohon',
  contactName: 'Nama narahubung',
  contactPhone: 'Nomor HP narahubung',
  contactEmail: 'E-mail narahubung',
  subject: 'Perihal',
  letterNumber: 'Nomor surat',
  letterDate: 'Tanggal surat',
  letterReceivedOn: 'Tanggal surat diterima',
  letterFile: 'Berkas surat permohonan',
  room: 'Ruangan',
  day: 'Tanggal kegiatan',
  time: 'Jam mulai dan selesai',
  participants: 'Jumlah peserta',
  layout: 'Tata letak ruangan',
  equipment: 'Peralatan yang dibutuhkan',
  application: 'Aplikasi rapat',
  connectionTest: 'Jadwal uji koneksi',
  noBuffet: 'Pernyataan tanpa prasmanan',
  notes: 'Catatan tambahan',
};

const en: Record<RequestFieldWordKey, string> = {
  office: 'Requesting office or group',
  contactName: 'Contact name',
  contactPhone: 'Contact mobile number',
  contactEmail: 'Contact e-mail',
  subject: 'Subject',
  letterNumber: 'Letter number',
  letterDate: 'Letter date',
  letterReceivedOn: 'Letter received on',
  letterFile: 'Request letter file',
  room: 'Room',
  day: 'Event date',
  time: 'Start and end time',
  participants: 'Number of participants',
  layout: 'Room layout',
  equipment: 'Equipment needed',
  application: 'Meeting application',
  connectionTest: 'Connection test time',
  noBuffet: 'No-buffet statement',
  notes: 'Further notes',
};

export const requestFieldWords = { id, en } as const;
