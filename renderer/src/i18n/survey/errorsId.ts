// Indonesian messages of the survey domain's errors: the core's 'errors.survey.<key>' codes.
export const surveyErrorsId = {
  answerMissing: 'Pilih satu jawaban.',
  answerInvalid: 'Pilih salah satu dari empat jawaban.',
  answersRequired: 'Jawab kesembilan pertanyaan.',
  profileInvalid: 'Pilih dari daftar.',
  occupationOtherTooLong: 'Terlalu panjang: paling banyak 60 karakter.',
  suggestionTooLong: 'Terlalu panjang: paling banyak 500 karakter. Teks Anda tetap ada.',
  textInvalid: 'Teks tidak terbaca.',
  serviceInvalid: 'Pilih layanan dari daftar.',
  tokenInvalid: 'Kode survei tidak dikenal.',
  tokenUnknown: 'Survei untuk layanan ini tidak ditemukan. Silakan isi dari beranda.',
  alreadyAnswered: 'Survei untuk layanan ini sudah diisi. Terima kasih!',
  coolDown: 'Mohon tunggu {{seconds}} detik sebelum mengisi survei berikutnya.',
  periodInvalid: 'Periode tidak dikenal.',
};
