// Runs every bench in bench/ one after another, each in its own Node process (so one bench's heap,
// database or open handles cannot skew the next), passes their output through, and ends with every
// goal line (MET/MISS) of the run together.
// Run: npm run bench   (builds first: scanPainted drives the built host and renderer)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { HOST_NODE_OPTIONS } from '../build/scripts/hostProcess.mjs';

/**
 * Each bench and how long it may run before it is taken for hung and stopped. The two that run the
 * kiosk's core in their own process stand in for the host, so they get the host's Node options.
 */
const BENCHES: readonly { file: string; timeoutMin: number; asHost?: boolean }[] = [
  { file: 'scanPainted.ts', timeoutMin: 20 },
  { file: 'checkInCost.ts', timeoutMin: 6, asHost: true },
  { file: 'daySimulation.ts', timeoutMin: 15, asHost: true },
  { file: 'scanLatency.ts', timeoutMin: 3 },
  { file: 'slipBytes.ts', timeoutMin: 3 },
  { file: 'syncDrain.ts', timeoutMin: 5 },
  { file: 'syncPropagation.ts', timeoutMin: 3 },
  { file: 'recapReports.ts', timeoutMin: 5 },
  // 60 minutes of fault schedules unless LOKET_BENCH_FAULT_MINUTES says otherwise.
  { file: 'syncFaults.ts', timeoutMin: Number(process.env.LOKET_BENCH_FAULT_MINUTES ?? 60) + 5 },
];

const goals: string[] = [];

function runBench(
  file: string,
  timeoutMin: number,
  asHost: boolean,
): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const options = asHost ? HOST_NODE_OPTIONS : [];
    const child = spawn(process.execPath, [...options, '--import', 'tsx', path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      goals.push(...lines.filter((l) => /^(MET |MISS)/.test(l)).map((l) => `${l}   [${file}]`));
    });
    const timer = setTimeout(() => {
      console.error(`[bench] ${file} still running after ${timeoutMin} min: stopping it`);
      child.kill('SIGTERM');
    }, timeoutMin * 60_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - t0 });
    });
  });
}

async function main(): Promise<number> {
  const failed: string[] = [];
  for (const { file, timeoutMin, asHost = false } of BENCHES) {
    console.log(`\n=== ${file} ===`);
    const { code, signal, ms } = await runBench(file, timeoutMin, asHost);
    const status = code === 0 ? 'ok' : signal ? `killed by ${signal}` : `exit ${code}`;
    console.log(`=== ${file}: ${status} in ${(ms / 1000).toFixed(1)} s ===`);
    if (code !== 0) failed.push(file);
  }
  console.log(`\n=== goals ===\n${goals.join('\n')}`);
  if (failed.length) console.error(`\n[bench] failed: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
