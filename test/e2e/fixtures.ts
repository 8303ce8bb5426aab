import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { watchCalls } from './calls';
import { hostArgs } from '../../build/scripts/hostProcess.mjs';

export const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
export const ADMIN_VIEWPORT = { width: 1920, height: 1080 };
export const SCREENSHOT_DIR = join(process.cwd(), 'test', 'e2e', 'screenshots');

/** An officer the suite signs in with: by name on the sign-in screen, their id over RPC. */
export interface TestOfficer {
  readonly id: string;
  readonly fullName: string;
  readonly pin: string;
}

/** The office every test starts with (unless it asks for the first start or sample data). */
export const SITE = {
  siteName: 'Startup Hub & Pontive Center',
  officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
  letterhead: ['Jl. Rahadi Usman No. 3, Pontianak', 'Telp. (0561) 733041'],
  admin: { fullName: 'Rina Wulandari', pin: '482915' },
  desks: 12,
  lockers: 8,
} as const;

/** setup.complete's input for SITE: 12 desks in one zone, 8 lockers, SOP 97's hours. */
export const setupInput = () => ({
  site: {
    siteName: SITE.siteName,
    officeName: SITE.officeName,
    letterhead: [...SITE.letterhead],
    logo: null,
  },
  admin: { ...SITE.admin },
  desks: Array.from({ length: SITE.desks }, (_, i) => ({
    number: i + 1,
    label: `Meja ${i + 1}`,
    zone: 'Ruang utama',
  })),
  lockers: Array.from({ length: SITE.lockers }, (_, i) => ({
    number: i + 1,
    label: `Loker ${i + 1}`,
    zone: null,
  })),
  calendar: {
    timeZone: 'Asia/Pontianak',
    openDays: [1, 2, 3, 4, 5],
    opensAt: '07:00',
    closesAt: '15:45',
    holidays: [],
  },
  maxStayMinutes: 420,
});

interface AppError {
  readonly code: string;
  readonly messageKey: string;
  readonly params?: Record<string, string | number>;
}
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface KioskHost {
  /** The page address with its secret; a restart gives a new one. */
  readonly url: string;
  readonly dataDir: string;
  /** The first admin (SITE.admin) once the fixture set the site up; their `session` from the last sign-in. */
  readonly admin: TestOfficer & { readonly session: string };
  /** Calls the host's API as another screen would; throws on a refusal. */
  rpc<T = unknown>(method: string, input: unknown, session?: string): Promise<T>;
  /** The same, returning the typed result, for a test that expects a refusal. */
  call<T = unknown>(method: string, input: unknown, session?: string): Promise<CallResult<T>>;
  /** Adds an officer through the admin's session (default role petugas), with `pin` as their own. */
  addOfficer(fullName: string, pin: string, roles?: readonly string[]): Promise<TestOfficer>;
  /** Moves the host's test clock forward and runs the stay monitor, as its timer would. */
  advanceClock(ms: number): Promise<void>;
  /** Reads the kiosk's own SQLite file, read-only, to check what the UI claims. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Stops the host and starts it again on the same data folder (sessions end; the admin signs in again). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  /** The instant the host's clock starts at (default: Monday 23 Nov 2026, 09:00 WIB). */
  fakeNow: string;
  /**
   * The keyboard-wedge timings the officer set, which every page decodes scans with. A real scanner
   * types a key every 1–20 ms; Playwright's keys go one DevTools round trip at a time on a machine
   * the suite shares, so the default is the settings screen's generous end of the range, not 50 ms.
   */
  wedgeTiming: { maxGapMs: number; endIdleMs: number };
  /**
   * How the host's first run went: 'setup' (the office set up over RPC as SITE, the default),
   * 'sample' (setup.useSampleData) or 'empty' (never set up: every screen shows the setup).
   */
  firstRun: 'setup' | 'sample' | 'empty';
}

interface Process {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts the built loopback host (dist/host/server.mjs) as its own process on `dataDir`. */
async function spawnHost(dataDir: string, fakeNow: string): Promise<Process> {
  const child: ChildProcess = spawn(process.execPath, hostArgs(), {
    env: {
      ...process.env,
      LOKET_DATA_DIR: dataDir,
      LOKET_PORT: '0',
      LOKET_FAKE_NOW: fakeNow,
      // The address carries the launch's secret: printed only when asked (issue 8).
      LOKET_PRINT_URL: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving the kiosk at (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export async function startHost(
  fakeNow: string,
  firstRun: Options['firstRun'],
  wedgeTiming: Options['wedgeTiming'],
): Promise<KioskHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  let proc = await spawnHost(dataDir, fakeNow);
  let admin = { id: '', fullName: SITE.admin.fullName, pin: SITE.admin.pin, session: '' };

  const call = async <T>(method: string, input: unknown, session?: string): Promise<CallResult<T>> => {
    const url = new URL(proc.url);
    const secret = /secret=([^&]+)/.exec(url.hash)![1]!;
    const res = await fetch(`${url.origin}/rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
      body: JSON.stringify({ input, ...(session ? { session } : {}) }),
    });
    return (await res.json()) as CallResult<T>;
  };
  const rpc = async <T>(method: string, input: unknown, session?: string): Promise<T> => {
    const result = await call<T>(method, input, session);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const signInAdmin = async () => {
    if (!admin.id) return;
    const { session } = await rpc<{ session: string }>('officer.unlock', {
      officerId: admin.id,
      pin: admin.pin,
    });
    admin = { ...admin, session };
  };

  try {
    if (firstRun === 'setup') {
      const done = await rpc<{ session: string; officer: { id: string } }>('setup.complete', setupInput());
      admin = { ...admin, id: done.officer.id, session: done.session };
      await rpc(
        'scanners.configure',
        { items: [{ kind: 'keyboard', suffix: '\r', ...wedgeTiming }] },
        admin.session,
      );
    } else if (firstRun === 'sample') {
      await rpc('setup.useSampleData', {});
    }
  } catch (err) {
    await stopProcess(proc.child);
    throw err;
  }

  return {
    get url() {
      return proc.url;
    },
    dataDir,
    get admin() {
      return admin;
    },
    rpc,
    call,
    async addOfficer(fullName, pin, roles = ['petugas']) {
      // An officer the admin adds chooses their own PIN at the first sign-in; done here over RPC.
      const first = `9${pin}`;
      const officer = await rpc<{ id: string }>(
        'officers.create',
        { fullName, nip: null, position: null, roles, pin: first },
        admin.session,
      );
      const { session } = await rpc<{ session: string }>('officer.unlock', {
        officerId: officer.id,
        pin: first,
      });
      await rpc('officer.changePin', { currentPin: first, newPin: pin }, session);
      await rpc('officer.lock', {}, session);
      return { id: officer.id, fullName, pin };
    },
    async advanceClock(ms: number) {
      const url = new URL(proc.url);
      const secret = /secret=([^&]+)/.exec(url.hash)![1]!;
      const res = await fetch(`${url.origin}/test/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (!res.ok) throw new Error(`/test/clock answered ${res.status}`);
    },
    query<T>(sql: string, ...params: unknown[]) {
      const db = new Database(join(dataDir, 'loket.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async restart() {
      await stopProcess(proc.child);
      proc = await spawnHost(dataDir, fakeNow);
      await signInAdmin();
    },
    stop: () => stopProcess(proc.child),
  };
}

export const test = base.extend<Options & { host: KioskHost }>({
  fakeNow: ['2026-11-23T09:00:00+07:00', { option: true }],
  wedgeTiming: [{ maxGapMs: 250, endIdleMs: 600 }, { option: true }],
  firstRun: ['setup', { option: true }],
  host: async ({ fakeNow, wedgeTiming, firstRun }, use) => {
    const host = await startHost(fakeNow, firstRun, wedgeTiming);
    await use(host);
    await host.stop();
  },
  page: async ({ page }, use) => {
    watchCalls(page);
    // A page that breaks its own CSP, or throws, fails the test: nothing is allowed to be ignored.
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      // A host that is restarting refuses connections for a moment; the page retries (not a page error).
      if (
        msg.type() === 'error' &&
        !/Failed to load resource|WebSocket connection to .* failed/.test(msg.text())
      )
        problems.push(`console: ${msg.text()}`);
    });
    await use(page);
    expect(problems, 'browser errors').toEqual([]);
  },
});
export { expect };

/** Waits until the page has taken a new viewport size and painted twice with it (a condition, not a sleep). */
async function settledAt(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.waitForFunction(
    ({ width, height }) => window.innerWidth === width && window.innerHeight === height,
    size,
  );
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Saves the current screen at the visitor kiosk size and the officer's desk size. */
export async function snapBothSizes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of [
    ['kiosk', KIOSK_VIEWPORT],
    ['admin', ADMIN_VIEWPORT],
  ] as const) {
    await page.setViewportSize(size);
    await settledAt(page, size);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${label}.png`), fullPage: false });
  }
  if (original) {
    await page.setViewportSize(original);
    await settledAt(page, original);
  }
}

/**
 * Visitor screens are touched at arm's length: every visible button, input, checkbox and link must be
 * at least `min` CSS px in both directions (kiosk-ui.md §1.2). Returns the ones that are not, one line each.
 */
export async function smallTouchTargets(page: Page, min = 48): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"]',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown
      if (box.width < min || box.height < min) {
        const name =
          el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('data-testid');
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, min);
}

/**
 * The elements (by test id) that end below the viewport's bottom edge at `size`: a visitor would
 * have to scroll to find them (issue 9: on the officer's landscape monitor the main buttons did).
 */
export async function belowTheFold(
  page: Page,
  testIds: readonly string[],
  size: { width: number; height: number } = ADMIN_VIEWPORT,
): Promise<string[]> {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  await settledAt(page, size);
  const below: string[] = [];
  for (const id of testIds) {
    const box = await page.getByTestId(id).boundingBox();
    if (!box || box.y + box.height > size.height) below.push(id);
  }
  if (original) {
    await page.setViewportSize(original);
    await settledAt(page, original);
  }
  return below;
}

const axeSource = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core on the page (WCAG 2.1 A/AA) and returns the violations, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) still holds.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}
