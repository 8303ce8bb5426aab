import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

export const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
export const ADMIN_VIEWPORT = { width: 1920, height: 1080 };
export const SCREENSHOT_DIR = join(process.cwd(), 'test', 'e2e', 'screenshots');

export interface KioskHost {
  readonly url: string;
  /** Calls the host's API as another screen would (the central portal's reservations, say). */
  rpc<T = unknown>(method: string, input: unknown, session?: string): Promise<T>;
  /** Moves the host's test clock forward and runs the stay monitor, as its timer would. */
  advanceClock(ms: number): Promise<void>;
  readonly dataDir: string;
  /** Reads the kiosk's own SQLite file, read-only, to check what the UI claims. */
  query<T>(sql: string, ...params: unknown[]): T[];
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
}

/** Starts the built loopback host (dist/host/server.mjs) as its own process with its own data folder. */
async function startHost(fakeNow: string): Promise<KioskHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/host/server.mjs'], {
    env: { ...process.env, LOKET_DATA_DIR: dataDir, LOKET_PORT: '0', LOKET_FAKE_NOW: fakeNow },
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
  const origin = new URL(url).origin;
  const secret = /secret=([^&]+)/.exec(url)![1]!;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
      body: JSON.stringify(body),
    });
    const result = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!result.ok) throw new Error(`${path} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return {
    url,
    dataDir,
    rpc: async <T>(method: string, input: unknown, session?: string) =>
      (await post(`/rpc/${method}`, { input, ...(session ? { session } : {}) })) as T,
    advanceClock: async (ms: number) => {
      await post('/test/clock', { advanceMs: ms });
    },
    query<T>(sql: string, ...params: unknown[]) {
      const db = new Database(join(dataDir, 'loket.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const test = base.extend<Options & { host: KioskHost }>({
  fakeNow: ['2026-11-23T09:00:00+07:00', { option: true }],
  wedgeTiming: [{ maxGapMs: 250, endIdleMs: 600 }, { option: true }],
  host: async ({ fakeNow, wedgeTiming }, use) => {
    const host = await startHost(fakeNow);
    const { session } = await host.rpc<{ session: string }>('officer.unlock', { pin: '1234' });
    await host.rpc(
      'scanners.configure',
      { items: [{ kind: 'keyboard', suffix: '\r', ...wedgeTiming }] },
      session,
    );
    await use(host);
    await host.stop();
  },
  page: async ({ page }, use) => {
    // A page that breaks its own CSP, or throws, fails the test: nothing is allowed to be ignored.
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text()))
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
