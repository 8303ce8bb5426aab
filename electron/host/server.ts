// The loopback host as a program: `npm run start:web`, and what `npm start` falls back to when the
// Electron binary is missing. Opens the kiosk's database in the user-data folder (demo data on the
// first run) and serves the built renderer on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKioskCore } from '../services/core/kioskCore';
import { createLogger, logLevel } from '../services/core/logger';
import { openBrowser } from './openBrowser';
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

  const log = createLogger({ level: logLevel(process.env.LOKET_LOG_LEVEL) });
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
  core.sync.start(); // a kiosk that joined a site pushes and pulls; one that did not, does nothing

  await core.scanners.start();
  // What the person who started it needs to read, not a log line. The address carries the launch's
  // key, so it is printed only when asked (development, tests); otherwise the browser is opened.
  const open =
    process.env.LOKET_OPEN === 'kiosk' || process.env.LOKET_OPEN === 'browser'
      ? process.env.LOKET_OPEN
      : null;
  if (process.env.LOKET_PRINT_URL === '1')
    process.stdout.write(`Loket is serving the kiosk at ${host.url}\n`);
  else if (open && openBrowser(host.url, open))
    process.stdout.write(`Loket opened the kiosk in the browser (${host.origin}).\n`);
  else
    process.stdout.write(
      `Loket is serving the kiosk on ${host.origin}. Its address includes a key that is not printed: ` +
        'start with LOKET_OPEN=browser to open it, or LOKET_PRINT_URL=1 to print it.\n',
    );
  process.stdout.write(`Data folder: ${dataDir}\n`);

  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
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
