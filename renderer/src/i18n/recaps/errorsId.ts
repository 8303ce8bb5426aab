// Indonesian messages of the monthly, quarterly and yearly reports with their review trail (rekap)'s errors: the core's 'errors.recaps.<key>' codes.
export const recapsErrorsId = {
  periodInvalid: 'Pilih bulan, triwulan atau tahun laporan.',
  inReview:
    'Revisi {{revision}} periode ini masih menunggu pemeriksaan Kasi. Tunggu dikembalikan atau diteruskan.',
  tooLarge: 'Rekap terlalu besar untuk dikirim. Hubungi admin sistem.',
  notFound: 'Rekap tidak ditemukan.',
  frozen: 'Rekap ini sudah dikembalikan atau diteruskan, jadi tidak bisa diubah lagi. Buat revisi baru.',
  setAside: 'Revisi ini dikesampingkan karena revisi lain untuk periode yang sama diterima lebih dulu.',
  notForwarded: 'Rekap ini belum diteruskan kepada Kabid.',
  alreadyAcknowledged: 'Rekap ini sudah diterima.',
  receiverUnknown: 'Pilih Kabid penerima dari daftar.',
  commentRequired: 'Tulis catatannya.',
  commentTooShort: 'Catatan terlalu pendek (paling sedikit 3 huruf).',
  commentTooLong: 'Catatan paling panjang 1.000 huruf.',
  reasonRequired: 'Tulis alasan pengembalian.',
  reasonTooShort: 'Alasan terlalu pendek (paling sedikit 5 huruf).',
  reasonTooLong: 'Alasan paling panjang 1.000 huruf.',
  figureInvalid: 'Pilih angka yang dikoreksi dari daftar.',
  valueInvalid: 'Isi angka bulat 0 atau lebih.',
};
