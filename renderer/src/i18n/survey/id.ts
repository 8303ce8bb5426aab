// Indonesian strings of the survey domain (the catalogue's key `survey`).
export const surveyId = {
  tab: 'Survei (IKM)',
  homeTitle: 'Survei kepuasan',
  homeHint: 'Beri nilai layanan kami, tanpa nama',
};
