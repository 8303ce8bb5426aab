// The 15 public services of decree 18/2024 (Diktum KEDUA), in the decree's order, under ids that
// stay the same whatever the catalogue's wording becomes: the guest book, the survey and the
// complaints all refer to a service by one of these.
export const serviceIds = [
  'lapor', // 1 Pengaduan masyarakat (SP4N-LAPOR!)
  'call-centre', // 2 Call centre
  'ppid', // 3 Informasi publik (PPID)
  'data', // 4 Pelayanan data
  'security-assessment', // 5 Assessment keamanan sistem informasi
  'official-email', // 6 E-mail dinas pribadi ASN
  'e-signature', // 7 Sertifikat elektronik (tanda tangan elektronik)
  'cyber-incident', // 8 Pengaduan insiden siber
  'udid', // 9 Pergantian UDID
  'hosting-domain', // 10 Hosting dan domain
  'colocation', // 11 Colocation server
  'room-loan', // 12 Peminjaman ruangan Pontive Center / meeting room
  'pontive-visit', // 13 Kunjungan ke Pontive Center
  'coworking', // 14 Reservasi co-working space
  'guest', // 15 Pelayanan tamu
] as const;

export type ServiceId = (typeof serviceIds)[number];

export const isServiceId = (v: unknown): v is ServiceId =>
  typeof v === 'string' && (serviceIds as readonly string[]).includes(v);

/** The service's number in the decree (1–15), as letters and reports cite it. */
export const serviceNumber = (id: ServiceId): number => serviceIds.indexOf(id) + 1;
