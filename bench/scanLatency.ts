// Time from scanner bytes written on a pty to the ScanEvent, through the real serialport and the
// SerialScanner (devices.md §5.3 setup). Run: npx tsx bench/scanLatency.ts [N]
// Prints one JSON line; cleans up socat and exits by itself.
import { performance } from 'node:perf_hooks';
import { openSerialPort } from '../electron/devices/scanners/serialPort';
import { SerialScanner } from '../electron/devices/scanners/serialScanner';
import type { ScanEvent } from '../shared/scanEvent';
import { createSocatPair, hasSocat, waitFor } from '../test/devices/scanners/socatPty';

const n = Number(process.argv[2] ?? 200);

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  // A bench that cannot run must say so by failing, not by printing "skipped" and exiting 0.
  if (!hasSocat) throw new Error('scanLatency needs socat (apt-get install -y socat)');
  const pair = await createSocatPair();
  const scanner = new SerialScanner(openSerialPort, pair.hostPath);
  try {
    let resolveScan: ((e: ScanEvent) => void) | undefined;
    scanner.onScan((e) => resolveScan?.(e));
    await scanner.start();
    await waitFor(() => scanner.state === 'ready', 5_000, 'serial port open');

    const latencies: number[] = [];
    for (let i = 0; i < n; i++) {
      // A v2-sized token (138 chars) with the AIM id and CR suffix, as a serial QR scanner sends it.
      const code = `K2${String(i).padStart(6, '0')}${'ABCDEFGHJKMNPQRSTVWXYZ0123456789'.repeat(5)}`.slice(
        0,
        138,
      );
      const got = new Promise<ScanEvent>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`scan ${i} not received within 2 s`)), 2_000);
        resolveScan = (e) => {
          clearTimeout(timer);
          resolve(e);
        };
      });
      const t0 = performance.now();
      await pair.write(`]Q1${code}\r`);
      const e = await got;
      latencies.push(performance.now() - t0);
      if (e.text !== code) throw new Error(`scan ${i}: got ${e.text}`);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'scanLatency',
        transport: 'socat pty + serialport',
        n,
        p50Ms: round(percentile(sorted, 50)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(sorted[sorted.length - 1] ?? NaN),
        meanMs: round(latencies.reduce((a, b) => a + b, 0) / latencies.length),
      }),
    );
  } finally {
    await scanner.stop();
    await pair.dispose();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
