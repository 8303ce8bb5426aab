// Runs every bench in bench/ one after another, each in its own Node process (so one bench's heap,
// database or open handles cannot skew the next), and passes their output through.
// Run: npm run bench   (tsx bench/run.ts)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const BENCHES = ['scanToAnswer.ts', 'scanLatency.ts', 'slipBytes.ts'] as const;
/** A bench that hangs is stopped rather than holding up the rest. */
const TIMEOUT_MS = 4 * 60_000;

function runBench(file: string): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => {
      console.error(`[bench] ${file} still running after ${TIMEOUT_MS / 1000} s: stopping it`);
      child.kill('SIGTERM');
    }, TIMEOUT_MS);
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
  for (const file of BENCHES) {
    console.log(`\n=== ${file} ===`);
    const { code, signal, ms } = await runBench(file);
    const status = code === 0 ? 'ok' : signal ? `killed by ${signal}` : `exit ${code}`;
    console.log(`=== ${file}: ${status} in ${(ms / 1000).toFixed(1)} s ===`);
    if (code !== 0) failed.push(file);
  }
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
