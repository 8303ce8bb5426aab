// Indonesian strings of the monthly, quarterly and yearly reports with their review trail (rekap) (the catalogue's key `recaps`).
export const recapsId = {
  tab: 'Rekap & laporan',
};
