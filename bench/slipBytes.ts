// Bytes per check-in slip with the printer's native QR (GS ( k) vs the raster fallback (GS v 0),
// and how long rendering takes (profile lookup + encode). At 9600 baud a serial printer takes about
// 1 ms per byte, so the raster path's size is what a visitor waits for on such a link.
// Run: npx tsx bench/slipBytes.ts [N]   Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { renderEscPos } from '../electron/devices/printers/escPosRenderer';
import type { EscPosRenderOptions } from '../electron/devices/printers/escPosRenderer';
import type { PaperWidth } from '../shared/receipt';
import { checkInSlip } from '../shared/slips/checkInSlip';

const n = Number(process.argv[2] ?? 2000);

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const round = (x: number): number => Math.round(x * 1000) / 1000;

const slip = (width: PaperWidth, visitorName = 'Budi Santoso') =>
  checkInSlip(
    {
      siteName: 'Ruang Kerja Bersama Diskominfo Kota Pontianak',
      visitorName,
      deskLabel: 'A-12',
      lockerLabel: '7',
      checkedInAt: Date.parse('2026-11-23T08:30:00+07:00'),
      endsAt: Date.parse('2026-11-23T16:00:00+07:00'),
      // A v1 ticket token (LK1 + 26 Crockford base32 chars).
      checkoutToken: 'LK1' + '0123456789ABCDEFGHJKMNPQRS',
    },
    width,
  );

function measure(width: PaperWidth, options: EscPosRenderOptions, visitorName?: string) {
  const doc = slip(width, visitorName);
  const bytes = renderEscPos(doc, options).length;
  for (let i = 0; i < 50; i++) renderEscPos(doc, options); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    renderEscPos(doc, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    bytes,
    encodeMsMean: round(mean),
    encodeMsP99: round(percentile(times, 99)),
    // 8N1 serial: 10 bits on the wire per byte.
    sendMsAt9600Baud: Math.round((bytes * 10 * 1000) / 9600),
  };
}

console.log(
  JSON.stringify({
    bench: 'slipBytes',
    encodes: n,
    node: process.version,
    nativeQr80: measure(80, { model: 'epson-tm-t20iii' }),
    rasterQr80: measure(80, { model: 'epson-tm-t20iii', qr: 'raster' }),
    nativeQr58: measure(58, { model: 'pos-5890' }),
    rasterQr58: measure(58, { model: 'pos-5890', qr: 'raster' }),
    // An accented name takes the encoder's per-fragment code-page search (codepage('auto')).
    nativeQr80AccentedName: measure(80, { model: 'epson-tm-t20iii' }, 'José Ramos'),
  }),
);
