// Indonesian messages of the standards domain's errors: the core's 'errors.standards.<key>' codes.
export const standardsErrorsId = {
  textRequired: 'Tulis teksnya dulu. Untuk kembali ke teks keputusan, pilih “Kembalikan ke teks keputusan”.',
  tooLong: 'Teks terlalu panjang. Persingkat, atau bagi menjadi beberapa baris.',
  lineTooLong: 'Satu baris terlalu panjang (paling banyak 1.500 huruf). Pecah menjadi beberapa baris.',
  tooManyLines: 'Terlalu banyak baris (paling banyak 60).',
  stepsRequired: 'Tulis paling sedikit satu langkah di bawah judul (baris yang diawali “# ”).',
  textInvalid: 'Teks ini tidak dapat disimpan.',
  unknownService: 'Layanan ini tidak ada dalam daftar 15 layanan.',
  printWait: 'Ringkasan baru saja dicetak. Tunggu sebentar sebelum mencetak lagi.',
  unknownField: 'Bagian ini tidak ada pada standar pelayanan.',
};
