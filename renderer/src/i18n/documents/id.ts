// Indonesian strings of the documents an office files: the settings of their kop and signature
// blocks (the catalogue's key `documents`).
export const documentsId = {
  settings: {
    tab: 'Kop & tanda tangan',
    title: 'Kop surat dan tanda tangan laporan',
    explain:
      'Baris-baris ini dicetak di kepala dan kaki setiap laporan (rekap bulanan, laporan triwulan dan tahunan, inventaris). Nama kantor, logo dan alamat diatur di bagian Kantor.',
    kop: 'Kop',
    governmentLine: 'Baris pemerintah daerah',
    governmentLineHint: 'Contoh: PEMERINTAH KOTA PONTIANAK. Kosongkan bila tidak dipakai.',
    officeLine: 'Baris nama dinas',
    officeLineHint: 'Contoh: DINAS KOMUNIKASI DAN INFORMATIKA. Kosong: nama kantor dari bagian Kantor.',
    unitLine: 'Baris bidang/seksi {{n}}',
    unitLineHint: 'Contoh: BIDANG TKPBET. Boleh kosong.',
    city: 'Kota pada baris tanggal',
    cityHint: 'Contoh: Pontianak → “Pontianak, 2 Desember 2026”. Kosong: tanggal saja.',
    signatures: 'Jabatan penanda tangan',
    preparerTitle: 'Pembuat laporan',
    preparerHint: 'Contoh: Admin Coworking Space',
    reviewerTitle: 'Pemeriksa (Mengetahui)',
    reviewerHint: 'Contoh: Kepala Seksi PK&AI',
    receiverTitle: 'Penerima',
    receiverHint: 'Contoh: Kepala Bidang TKPBET',
    preview: 'Contoh tampilan',
    previewDate: 'Baris tanggal',
  },
};
