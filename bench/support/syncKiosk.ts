// A kiosk for the sync benches: a real core on a file in `dir`, set up as a 100-desk site and
// joined to the central server at `serverUrl` with `code` (or, with `firstKiosk: false`, joined at
// its first start as a second kiosk of the site).
import { join } from 'node:path';
import { createKioskCore, type KioskCore } from '../../electron/services/core/kioskCore';
import type { Logger } from '../../electron/services/core/logger';
import { createPinHasher } from '../../electron/services/officers/pin';
import { ManualClock } from '../../shared/clock';

export const BENCH_START = Date.parse('2026-11-23T08:00:00+07:00');

/** scrypt at 1/16 of its cost: the benches time sync, not PIN hashing. */
const pins = createPinHasher({ N: 1024, r: 8, p: 1 });

export async function syncKiosk(options: {
  dir: string;
  name: string;
  log: Logger;
  serverUrl: string;
  code: string;
  firstKiosk: boolean;
}): Promise<{ core: KioskCore; session: string | null }> {
  const core = createKioskCore({
    dbFile: join(options.dir, `${options.name}.sqlite`),
    version: 'bench',
    clock: new ManualClock(BENCH_START),
    log: options.log,
    pinHasher: pins,
  });
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T => {
    if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  if (!options.firstKiosk) {
    must(await core.call('setup.join', { serverUrl: options.serverUrl, code: options.code }), 'join');
    return { core, session: null };
  }
  const setup = must(
    await core.call('setup.complete', {
      site: { siteName: 'Bench', officeName: 'Diskominfo', letterhead: [], logo: null },
      admin: { fullName: 'Rina Petugas', pin: '135790' },
      desks: Array.from({ length: 100 }, (_, i) => ({ number: i + 1, label: `Meja ${i + 1}`, zone: null })),
      lockers: [],
      calendar: {
        timeZone: 'Asia/Pontianak',
        openDays: [1, 2, 3, 4, 5],
        opensAt: '07:00',
        closesAt: '15:45',
        holidays: [],
      },
      maxStayMinutes: 420,
    }),
    'setup',
  ) as { session: string };
  must(
    await core.call(
      'sync.join',
      { serverUrl: options.serverUrl, code: options.code },
      { session: setup.session },
    ),
    'join',
  );
  return { core, session: setup.session };
}
