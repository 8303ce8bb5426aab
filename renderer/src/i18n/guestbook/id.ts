// Indonesian strings of the guestbook domain (the catalogue's key `guestbook`).
export const guestbookId = {
  tab: 'Buku tamu',
  homeTitle: 'Buku tamu',
  homeHint: 'Isi buku tamu untuk bertemu petugas atau pejabat',
};
