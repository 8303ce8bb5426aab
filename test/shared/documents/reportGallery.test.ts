// The report PDF as a reader sees it: every page of a Pontianak recap and a Singkawang quarterly
// report rendered to PNG (test/e2e/screenshots/documents/, looked at by a person) and read back with
// pdftotext for what a reader would notice: the kop lines, the title, "Pontianak, 2 Desember 2026",
// the NIP in its groups, no NIP line for a non-ASN officer, "Halaman 1 dari 3", Indonesian numbers,
// the table header on every page, and hostile text printed as text.
import { describe, expect, it, vi } from 'vitest';
import { renderReportPdf } from '../../../shared/documents';
import { pdfText, pdfToPngs } from '../../support/pdfPages';
import { pontianakRecap, singkawangQuarterly, users } from './reportFixtures';

const OUT = 'test/e2e/screenshots/documents';
const pages = (text: string) => text.split('\f').filter((p) => p.trim().length > 0);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the report PDF', () => {
  it('files a Pontianak recap as the office does, over three pages', async () => {
    const pdf = await renderReportPdf(pontianakRecap());
    const png = await pdfToPngs(pdf, OUT, 'pontianak-recap');
    const text = await pdfText(pdf);
    const each = pages(text);
    expect(each).toHaveLength(3);
    expect(png).toHaveLength(3);

    const first = squash(each[0]!);
    // The kop, in its order, then the title and period.
    const order = [
      'PEMERINTAH KOTA PONTIANAK',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Jalan Rahadi Osman No. 3 Telp. (0561) 8181771',
      'E-mail: diskominfo@pontianak.go.id',
      'REKAP PENGGUNA COWORKING SPACE',
      'Periode: November 2026',
    ].map((line) => first.indexOf(line));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    each.forEach((page, i) => expect(squash(page)).toContain(`Halaman ${i + 1} dari 3`));
    expect(first).toContain('Dicetak: 2 Desember 2026 14.30 WIB');
    // The users' table carries its header onto the next page.
    expect(squash(each[1]!)).toMatch(/No Nama Instansi Kunjungan Jam/);

    const last = squash(each[2]!);
    expect(last).toContain('Pontianak, 2 Desember 2026');
    expect(last).toContain('Mengetahui,');
    expect(last).toContain('Kepala Seksi PK&AI');
    expect(last).toContain('Drs. H. Ahmad Fauzi, M.Si.');
    expect(last).toContain('NIP. 19610329 198903 1 004');
    expect(last).toContain('Diterima oleh,');
    expect(last).toContain('NIP. 19700512 199503 1 002');
    // The officer is non-ASN: their name and no NIP line under it; three signers, two NIPs.
    expect(last).toContain('Rina Wulandari');
    expect(text.match(/NIP\./g)).toHaveLength(2);

    // Numbers as Indonesian print them; hostile text as plain text, the bell gone.
    expect(squash(text)).toContain('Jumlah kunjungan : 1.234');
    expect(text).toMatch(/Jumlah\s+\d{1,3}(\.\d{3})*\s+\d{1,3}(\.\d{3})*,\d{2}/);
    expect(text).toContain('<script>alert("x")</script> Ani Lestari');
    // A column of hours shares its decimals.
    expect(squash(text)).toMatch(/20 Yusuf Lim Politeknik Negeri Pontianak 1 5,00 /);
    expect(text).not.toContain('\u0007');
  });

  it('files a Singkawang quarterly report with its own kop and signers', async () => {
    const pdf = await renderReportPdf(singkawangQuarterly());
    const png = await pdfToPngs(pdf, OUT, 'singkawang-quarterly');
    const raw = await pdfText(pdf);
    // Each page's footer counts the pages there are.
    pages(raw).forEach((page, i) => expect(squash(page)).toContain(`Halaman ${i + 1} dari ${png.length}`));
    const text = squash(raw);
    for (const line of [
      'PEMERINTAH KOTA SINGKAWANG',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'BIDANG APLIKASI INFORMATIKA',
      'SEKSI LAYANAN E-GOVERNMENT',
      'LAPORAN TRIWULAN PENGGUNAAN COWORKING SPACE',
      'Triwulan IV 2026',
      'Singkawang, 5 Januari 2027',
      'Kepala Seksi Layanan E-Government',
      'Lim Mei Ling',
      '88,33',
      '3.321',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('Pontianak');
    // A table of mixed figures keeps its counts whole.
    expect(text).toMatch(/Kunjungan 1\.100 1\.234 987 3\.321 /);
    expect(text).toContain('Rata-rata lama tinggal (jam) 3,75 3,92 3,60 3,76');
    // Non-ASN preparer, an unnamed reviewer: no NIP line at all, a line to write the name on.
    expect(text).not.toContain('NIP.');
    expect(text).toContain('(....');
  });

  it('gives the same bytes for the same input, and other bytes for another moment', async () => {
    // Made on two different days: nothing of the moment it is written may show in the bytes.
    vi.useFakeTimers({ toFake: ['Date'] });
    let a: Buffer;
    let b: Buffer;
    try {
      vi.setSystemTime(new Date('2027-03-01T08:00:00Z'));
      a = await renderReportPdf(pontianakRecap(12));
      vi.setSystemTime(new Date('2028-06-15T13:21:07Z'));
      b = await renderReportPdf(pontianakRecap(12));
    } finally {
      vi.useRealTimers();
    }
    expect(a.equals(b)).toBe(true);
    const later = await renderReportPdf({ ...pontianakRecap(12), madeAt: pontianakRecap().madeAt + 60_000 });
    expect(later.equals(a)).toBe(false);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes the last rows of a long last table over with the signatures, never leaving them alone', async () => {
    // 58 users end the second page so that the signatures alone would need the third (checked by
    // hand when this test was written); 24 with a totals row do the same on the first.
    for (const [n, totals, prefix] of [
      [58, false, 'long-table-end'],
      [24, true, 'long-table-totals'],
    ] as const) {
      const rows = users(n);
      const input = {
        ...pontianakRecap(3),
        body: [
          { kind: 'heading' as const, text: 'Daftar pengguna' },
          {
            kind: 'table' as const,
            columns: [
              { title: 'No', width: 24 },
              { title: 'Nama' },
              { title: 'Instansi' },
              { title: 'Kunjungan' },
              { title: 'Jam' },
            ],
            rows,
            ...(totals ? { totals: [null, 'Jumlah', null, 99, 123.5] } : {}),
          },
        ],
      };
      const pdf = await renderReportPdf(input);
      const png = await pdfToPngs(pdf, OUT, prefix);
      const last = squash(pages(await pdfText(pdf)).at(-1)!).trim();
      // The header, the table's last rows and then the signatures, on the last page.
      expect(last).toMatch(/^No Nama Instansi Kunjungan Jam/);
      expect(last).toContain(`${n} ${rows.at(-1)![1]}`);
      expect(last).toContain(`${n - 1} ${rows.at(-2)![1]}`);
      if (totals) expect(last).toContain('Jumlah 99 123,50');
      expect(last.indexOf('Pontianak, 2 Desember 2026')).toBeGreaterThan(
        last.indexOf(`${n} ${rows.at(-1)![1]}`),
      );
      // No row printed twice, none lost.
      const all = squash(await pdfText(pdf));
      expect(all.split(` ${rows.at(-3)![1]} `).length - 1).toBe(1);
      expect(png.length).toBeGreaterThan(1);
    }
  });

  it('never drops a short last table of tall rows: pdfmake loses a kept-together block taller than a page', async () => {
    // Twelve rows of long multi-line cells in landscape: with the signatures they are taller than the
    // page, so the table is not kept with them; every row and the signatures are printed.
    const rows = Array.from({ length: 12 }, (_, i) => [
      i + 1,
      `Kegiatan panjang nomor ${i + 1}: ${'pelatihan aplikasi pelayanan publik terpadu '.repeat(4)}`,
      `Instansi ${i + 1} ${'dengan nama yang sangat panjang '.repeat(3)}`,
    ]);
    const pdf = await renderReportPdf({
      ...pontianakRecap(3),
      orientation: 'landscape',
      body: [
        { kind: 'heading' as const, text: 'Daftar kegiatan' },
        {
          kind: 'table' as const,
          columns: [{ title: 'No', width: 24 }, { title: 'Kegiatan' }, { title: 'Instansi' }],
          rows,
        },
      ],
    });
    await pdfToPngs(pdf, OUT, 'tall-rows-end');
    const all = squash(await pdfText(pdf));
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Kegiatan panjang nomor ${i}:`);
    expect(all).toContain('Pontianak, 2 Desember 2026');
  });

  it('keeps hostile and oversize text inside the page, in landscape too', async () => {
    const long = 'Laporan '.repeat(40);
    const input = {
      ...pontianakRecap(3),
      orientation: 'landscape' as const,
      title: `REKAP ${'SANGAT PANJANG '.repeat(12)}`,
      period: 'x'.repeat(300),
      settings: {
        ...pontianakRecap().settings,
        governmentLine: 'PEMERINTAH '.repeat(14).trim(),
        unitLines: ['B'.repeat(160), 'SEKSI <img src=x onerror=alert(1)>', '\u202eSEKSI'],
      },
      body: [
        { kind: 'paragraph' as const, text: long.repeat(30) },
        {
          kind: 'table' as const,
          columns: [{ title: 'Nama' }, { title: 'Catatan' }, { title: 'Angka' }],
          rows: [
            ['A'.repeat(500), 'https://example.invalid/'.repeat(20), Number.NaN],
            ['=1+1', '\u0000\u0007', Number.POSITIVE_INFINITY],
          ],
        },
      ],
      signatures: {
        preparer: { title: 'Admin '.repeat(20), name: 'N'.repeat(120), nip: '12' },
      },
    };
    const pdf = await renderReportPdf(input);
    const png = await pdfToPngs(pdf, OUT, 'hostile-landscape');
    expect(png.length).toBeGreaterThan(1);
    const text = squash(await pdfText(pdf));
    expect(text).toContain('SEKSI <IMG SRC=X ONERROR=ALERT(1)>');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('Pontianak, 2 Desember 2026');
    expect(text).toContain('NIP. 12');
    expect(text).toContain(`Halaman 1 dari ${png.length}`);
  });

  it('prints in English when asked, with the same layout', async () => {
    const pdf = await renderReportPdf({ ...singkawangQuarterly(), lang: 'en' });
    const text = squash(await pdfText(pdf));
    expect(text).toContain('Singkawang, 5 January 2027');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('88.33');
  });
});
