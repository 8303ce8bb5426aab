// The loopback host as a program: `npm run start:web`, and what `npm start` falls back to when the
// Electron binary is missing. Opens the kiosk's database in the user-data folder (demo data on the
// first run) and serves the built renderer on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKioskCore } from '../services/core/kioskCore';
import { createLogger } from '../services/core/logger';
import { DatabaseTooNewError } from '../../db/migrate';
import { startLoopbackHost } from './loopbackHost';
import { TestClock } from './testClock';
import { userDataDir } from './userDataDir';

const VERSION = process.env.npm_package_version ?? '0.1.0';

async function main(): Promise<void> {
  const dataDir = userDataDir();
  mkdirSync(dataDir, { recursive: true });
  const fakeNow = process.env.LOKET_FAKE_NOW ? Date.parse(process.env.LOKET_FAKE_NOW) : undefined;
  const clock = fakeNow !== undefined && !Number.isNaN(fakeNow) ? new TestClock(fakeNow) : undefined;

  const log = createLogger({ level: process.env.LOKET_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
  const core = createKioskCore({
    log,
    dbFile: join(dataDir, 'loket.sqlite'),
    version: VERSION,
    ...(clock ? { clock } : {}),
    // HID POS and serial scanners are read here; keyboard-wedge scans are decoded by the page.
    scanners: { pageDecodesKeyboard: true },
  });
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const host = await startLoopbackHost({
    core,
    staticDir,
    port: Number(process.env.LOKET_PORT ?? 5178),
    ...(process.env.LOKET_SECRET ? { secret: process.env.LOKET_SECRET } : {}),
    ...(clock ? { testClock: clock } : {}),
  });
  core.startTimers(Number(process.env.LOKET_MONITOR_MS ?? 15_000));
  core.printing.start(); // jobs caught mid-send by a crash wait for the officer instead of printing twice

  await core.scanners.start();
  // What the person who started it needs to read, not a log line.
  process.stdout.write(`Loket is serving the kiosk at ${host.url}\nData folder: ${dataDir}\n`);

  const stop = () => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof DatabaseTooNewError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `Loket could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
