// Indonesian strings of the standards domain (the catalogue's key `standards`).
export const standardsId = {
  tab: 'Standar layanan',
  homeTitle: 'Standar layanan',
  homeHint: 'Persyaratan, alur, waktu dan biaya 15 layanan kami',
};
