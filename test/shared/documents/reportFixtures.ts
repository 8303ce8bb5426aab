// Realistic reports for the documents tests: the month's coworking recap of Pontianak (Diskominfo,
// SOP 97's officer → Kasi PK&AI → Kabid TKPBET) and a quarterly report of Singkawang, with a drawn
// logo, long and hostile names among the users, a heat map, bars and a line. Fixed dates, so the
// PDF's bytes are the same on every run.
import { PNG } from 'pngjs';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import type { DocumentSettings, SiteIdentity } from '../../../shared/contract';
import type { DocNode, ReportDocumentInput } from '../../../shared/documents';
import type { WorkbookInput } from '../../../shared/documents';

/** 2 December 2026, 14:30 WIB: when the November recap is made. */
export const MADE_AT = Date.parse('2026-12-02T14:30:00+07:00');
export const ZONE = 'Asia/Pontianak';

/** A small emblem (a shield in the brand's blue with a gold band), drawn, as a PNG data URL. */
export function drawnLogo(): string {
  const size = 96;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const half = size / 2;
      // A shield: straight sides, the lower half narrowing to a point.
      const reach = y < half ? 40 : 40 * Math.max(0, 1 - (y - half) / (half - 4));
      const inside = y >= 6 && y <= size - 6 && Math.abs(x - half) <= reach;
      const band = inside && y >= 36 && y <= 46;
      const [r, g, b, a] = !inside ? [0, 0, 0, 0] : band ? [230, 171, 0, 255] : [31, 78, 133, 255];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

export const pontianakIdentity: SiteIdentity = {
  siteName: 'Startup Hub & Pontive Center',
  officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
  letterhead: [
    'Jalan Rahadi Osman No. 3 Telp. (0561) 8181771 Fax. (0561) 733041 Pontianak 78111',
    'Website: www.diskominfo.pontianak.go.id. E-mail: diskominfo@pontianak.go.id',
  ],
  logo: drawnLogo(),
};

export const pontianakSettings: DocumentSettings = {
  governmentLine: 'PEMERINTAH KOTA PONTIANAK',
  officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  unitLines: [],
  city: 'Pontianak',
  preparerTitle: 'Admin Coworking Space',
  reviewerTitle: 'Kepala Seksi PK&AI',
  receiverTitle: 'Kepala Bidang TKPBET',
};

export const singkawangIdentity: SiteIdentity = {
  siteName: 'Singkawang Creative Hub',
  officeName: 'Dinas Komunikasi dan Informatika Kota Singkawang',
  letterhead: [
    'Jalan Firdaus H. Rais No. 1 Telp. (0562) 631234 Singkawang 79123',
    'Laman: diskominfo.singkawangkota.go.id · Pos-el: diskominfo@singkawangkota.go.id',
  ],
  logo: null,
};

export const singkawangSettings: DocumentSettings = {
  governmentLine: 'PEMERINTAH KOTA SINGKAWANG',
  officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  unitLines: ['BIDANG APLIKASI INFORMATIKA', 'SEKSI LAYANAN E-GOVERNMENT'],
  city: 'Singkawang',
  preparerTitle: 'Petugas Layanan Creative Hub',
  reviewerTitle: 'Kepala Seksi Layanan E-Government',
  receiverTitle: 'Kepala Bidang Aplikasi Informatika',
};

const FIRST = [
  'Rina',
  'Budi',
  'Siti',
  'Andi',
  'Dewi',
  'Hendra',
  'Lestari',
  'Yusuf',
  'Maya',
  'Agus',
  'Nur',
  'Fajar',
];
const LAST = [
  'Wulandari',
  'Santoso',
  'Rahmawati',
  'Pratama',
  'Kusuma',
  'Saputra',
  'Hidayat',
  'Lim',
  'Tan',
  'Syahputra',
];
const INSTITUTIONS = [
  'Universitas Tanjungpura',
  'Politeknik Negeri Pontianak',
  'IAIN Pontianak',
  'CV Borneo Kreatif Digital',
  'Komunitas Startup Pontianak',
  'Umum',
];

/** The month's users: name, institution, visits, hours; one hostile name and one endless institution. */
export function users(count: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < count; i++) {
    const visits = 1 + ((i * 7) % 19);
    rows.push([
      i + 1,
      `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
      INSTITUTIONS[i % INSTITUTIONS.length]!,
      visits,
      Math.round(visits * (3.2 + (i % 5) * 0.45) * 100) / 100,
    ]);
  }
  rows[4] = [5, '<script>alert("x")</script> Ani 🚀 Lestari\u0007', 'Umum', 3, 9.5];
  rows[9] = [10, 'Muhammad Rizky Ramadhan Syahputra Wijaya Kusumanegara', 'PT'.padEnd(120, 'X'), 12, 40.25];
  return rows;
}

const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];
const HOURS = ['07', '08', '09', '10', '11', '12', '13', '14', '15'];

export const occupancyHeatmap: ChartSpec = {
  kind: 'heatmap',
  title: 'Rata-rata meja terpakai per jam dan hari',
  xLabels: HOURS.map((h) => `${h}.00`),
  yLabels: WEEKDAYS,
  values: WEEKDAYS.map((_, d) =>
    HOURS.map((_, h) => Math.round((2 + 9 * Math.sin(((h + 1) / 10) * Math.PI) + d) * 10) / 10),
  ),
  valueLabel: 'Meja terpakai',
};

/** November 2026's service days with their visits. */
export const novemberDays = Array.from({ length: 30 }, (_, i) => i + 1).filter((d) => {
  const weekday = new Date(Date.UTC(2026, 10, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
});

export const visitsPerDay: ChartSpec = {
  kind: 'bars',
  title: 'Kunjungan per hari',
  labels: novemberDays.map((d) => `${d} Nov`),
  series: [{ name: 'Kunjungan', values: novemberDays.map((d) => 20 + ((d * 13) % 27)) }],
};

export const deskUse: ChartSpec = {
  kind: 'bars',
  title: 'Pemakaian meja',
  labels: Array.from({ length: 8 }, (_, i) => `Meja ${i + 1}`),
  series: [{ name: 'Pemakaian', values: [88.33, 76.5, 91.2, 64.75, 55, 70.4, 82.1, 47.9] }],
  format: 'percent',
  horizontal: true,
};

export const visitsPerMonth: ChartSpec = {
  kind: 'line',
  title: 'Kunjungan per bulan',
  labels: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov'],
  series: [
    { name: '2026', values: [412, 455, 498, 520, 610, 702, 688, 745, 801, 1100, 1234] },
    { name: '2025', values: [300, 322, 351, 340, 402, 433, 460, 471, 502, 530, 611] },
  ],
};

export const averageStay: ChartSpec = {
  kind: 'bars',
  title: 'Rata-rata lama tinggal',
  labels: WEEKDAYS,
  series: [{ name: 'Lama tinggal', values: [215, 238, 251, 199, 176] }],
  format: 'minutes',
};

function recapBody(userRows: number): DocNode[] {
  const rows = users(userRows);
  const sum = (i: number) => Math.round(rows.reduce((a, r) => a + (r[i] as number), 0) * 100) / 100;
  return [
    { kind: 'heading', text: 'A. Ringkasan' },
    {
      kind: 'facts',
      rows: [
        ['Jumlah kunjungan', '1.234'],
        ['Pengguna berbeda', '312'],
        ['Rata-rata lama tinggal', '3 j 55 mnt'],
        ['Tidak datang (no-show)', '12,5%'],
        ['Melewati batas 7 jam', '4'],
        ['Laporan peralatan', '3 (2 diperbaiki)'],
      ],
    },
    {
      kind: 'paragraph',
      text: 'Rekap ini disusun dari data check-in dan check-out Loket selama bulan November 2026 sesuai SOP penggunaan coworking space. Angka-angka di bawah merupakan potret pada saat rekap dibuat.',
    },
    { kind: 'heading', text: 'B. Daftar pengguna' },
    {
      kind: 'table',
      columns: [
        { title: 'No', width: 24 },
        { title: 'Nama' },
        { title: 'Instansi' },
        { title: 'Kunjungan', width: 56 },
        { title: 'Jam', width: 48 },
      ],
      rows,
      totals: [null, 'Jumlah', null, sum(3), sum(4)],
    },
    { kind: 'heading', text: 'C. Grafik' },
    {
      kind: 'chart',
      chart: occupancyHeatmap,
      caption: 'Gambar 1. Meja terpakai per jam dan hari (rata-rata)',
    },
    { kind: 'chart', chart: visitsPerDay, caption: 'Gambar 2. Kunjungan per hari layanan', height: 220 },
    {
      kind: 'table',
      columns: [{ title: 'Meja' }, { title: 'Pemakaian (%)' }, { title: 'Kunjungan' }],
      rows:
        deskUse.kind === 'bars'
          ? deskUse.labels.map((l, i) => [l, deskUse.series[0]!.values[i]!, 100 + i * 17])
          : [],
    },
  ];
}

export function pontianakRecap(userRows = 32): ReportDocumentInput {
  return {
    lang: 'id',
    identity: pontianakIdentity,
    settings: pontianakSettings,
    title: 'REKAP PENGGUNA COWORKING SPACE',
    period: 'Periode: November 2026',
    madeAt: MADE_AT,
    timeZone: ZONE,
    body: recapBody(userRows),
    signatures: {
      preparer: { title: pontianakSettings.preparerTitle, name: 'Rina Wulandari', nip: null },
      reviewer: {
        lead: 'Mengetahui,',
        title: pontianakSettings.reviewerTitle,
        name: 'Drs. H. Ahmad Fauzi, M.Si.',
        nip: '196103291989031004',
      },
      receiver: {
        lead: 'Diterima oleh,',
        title: pontianakSettings.receiverTitle,
        name: 'Ir. Bambang Sutrisno, M.T.',
        nip: '197005121995031002',
      },
    },
  };
}

export function singkawangQuarterly(): ReportDocumentInput {
  return {
    lang: 'id',
    identity: singkawangIdentity,
    settings: singkawangSettings,
    title: 'LAPORAN TRIWULAN PENGGUNAAN COWORKING SPACE',
    period: 'Triwulan IV 2026',
    madeAt: Date.parse('2027-01-05T09:15:00+07:00'),
    timeZone: ZONE,
    orientation: 'portrait',
    body: [
      { kind: 'heading', text: 'A. Ringkasan triwulan' },
      {
        kind: 'table',
        columns: [
          { title: 'Uraian' },
          { title: 'Oktober' },
          { title: 'November' },
          { title: 'Desember' },
          { title: 'Jumlah' },
        ],
        rows: [
          ['Kunjungan', 1100, 1234, 987, 3321],
          ['Pengguna berbeda', 280, 312, 260, 601],
          ['Rata-rata lama tinggal (jam)', 3.75, 3.92, 3.6, 3.76],
          ['Tidak datang (%)', 10.2, 12.5, 9.75, 10.9],
          ['IKM', 88.33, 87.1, 89.02, 88.15],
          ['Pengaduan', 2, 1, 0, 3],
        ],
      },
      { kind: 'chart', chart: visitsPerMonth, caption: 'Gambar 1. Kunjungan per bulan, 2026 dan 2025' },
      {
        kind: 'chart',
        chart: averageStay,
        caption: 'Gambar 2. Rata-rata lama tinggal per hari',
        height: 200,
      },
      { kind: 'heading', text: 'B. Pemakaian meja' },
      {
        kind: 'chart',
        chart: deskUse,
        caption: 'Gambar 3. Persentase jam layanan meja terpakai',
        height: 260,
      },
      {
        kind: 'paragraph',
        text: 'Pemakaian meja tertinggi pada Meja 3 (91,2%). Meja 8 jarang dipakai karena dekat pintu; disarankan dipindah ke dekat jendela.',
      },
      { kind: 'heading', text: 'C. Label inventaris (contoh)' },
      { kind: 'qr', text: 'LKI1-SKW-000123', caption: 'SKW-000123 · Monitor 24"' },
    ],
    signatures: {
      // A non-ASN officer: no NIP line.
      preparer: { title: singkawangSettings.preparerTitle, name: 'Lim Mei Ling', nip: null },
      reviewer: { title: singkawangSettings.reviewerTitle, name: null, nip: null },
    },
  };
}

export function workbookInput(madeAt = MADE_AT): WorkbookInput {
  return {
    lang: 'id',
    identity: pontianakIdentity,
    settings: pontianakSettings,
    title: 'REKAP PENGGUNA COWORKING SPACE',
    period: 'Periode: November 2026',
    madeAt,
    timeZone: ZONE,
    sheets: [
      {
        name: 'Pengguna',
        columns: [
          { title: 'No', format: 'integer' },
          { title: 'Nama' },
          { title: 'Instansi', width: 40 },
          { title: 'Kunjungan', format: 'integer' },
          { title: 'Jam', format: 'decimal' },
        ],
        rows: users(12),
      },
      {
        name: 'Per hari: November/2026 [rekap]',
        columns: [
          { title: 'Tanggal', format: 'date' },
          { title: 'Kunjungan', format: 'integer' },
          { title: 'Tidak datang', format: 'percent' },
          { title: 'Catatan', format: 'text' },
        ],
        rows: [
          ['2026-11-02', 1234, 12.5, '=HYPERLINK("http://x")'],
          ['2026-11-03', 41, 8.25, null],
        ],
      },
    ],
  };
}
