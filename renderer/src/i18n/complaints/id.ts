// Indonesian strings of the complaints domain (the catalogue's key `complaints`).
export const complaintsId = {
  tab: 'Pengaduan',
  homeTitle: 'Pengaduan',
  homeHint: 'Sampaikan keluhan atau saran, boleh tanpa nama',
};
