// What the visitor sees (issue 9): the built loopback host (dist/host/server.mjs) started on a seeded
// kiosk file, the real kiosk page in Debian's Chromium, and codes typed into it as a keyboard-wedge
// scanner types them. Timed inside the page, from the Enter key's event to the frame that painted the
// answer (Element Timing's renderTime of the element marked elementtiming="scan-answer"), with the
// host's timers running (stay monitor, retention), beside Chromium's own floor for any page. Also:
// cold start (process spawned → kiosk home painted and listening for the scanner), the first one
// after installing and the restarts after it, and the host's memory after the scans. Run at 10k rows
// (the baseline) and at 1M, so growth with the data shows in one run.
// Run: npm run build && npx tsx bench/scanPainted.ts [scans at 1M, default 1000]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { HOST_ENTRY, hostArgs } from '../build/scripts/hostProcess.mjs';
import { formatTicketToken } from '../shared/rules/ticketToken';
import { BENCH_OFFICER, LARGE, SMALL, START, seededCopy, type Scale } from './support/seed';
import { goalLine, round, summarize, type Summary } from './support/stats';

const SCANS_LARGE = Number(process.argv[2] ?? 1000);
const SCANS_SMALL = Math.min(400, SCANS_LARGE);
const WARMUP = 30;
const COLD_STARTS = 5;
const FRAME_MS = 1000 / 60;
const CHROMIUM = process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium';
const HOST = new URL(`../${HOST_ENTRY}`, import.meta.url).pathname;
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
/** How the benched scans mix, as at a busy desk: mostly arrivals, some repeats, some bad codes. */
const REPEAT_EVERY = 6;
const UNKNOWN_EVERY = 7;

/** A well-formed code no booking has: the core looks it up and answers "unknown". */
const unknownCode = () => formatTicketToken(randomBytes(16));

const log = (msg: string): void => void process.stderr.write(`[scanPainted] ${msg}\n`);

interface Host {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts the built host on `dataDir` with the bench's site clock; resolves with its keyed address. */
function startHost(dataDir: string, port = 0): Promise<Host> {
  const child = spawn(process.execPath, hostArgs(HOST), {
    env: {
      ...process.env,
      LOKET_DATA_DIR: dataDir,
      LOKET_PORT: String(port),
      LOKET_FAKE_NOW: new Date(START).toISOString(),
      LOKET_PRINT_URL: '1',
      LOKET_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving the kiosk at (\S+)/.exec(output);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

const stopHost = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function rpc<T>(url: string, method: string, input: unknown, session?: string): Promise<T> {
  const { origin, hash } = new URL(url);
  const secret = /secret=([^&]+)/.exec(hash)?.[1];
  if (!secret) throw new Error(`no secret in ${url}`);
  const res = await fetch(`${origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
    body: JSON.stringify({ input, ...(session ? { session } : {}) }),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} refused: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

/**
 * In the page, from its first script: `window.__ready` resolves, as a wall-clock time (ms since the
 * epoch), when the kiosk is usable: the home's scan card painted (Element Timing on
 * elementtiming="kiosk-ready") and the wedge decoder listening (html[data-wedge]), whichever is later.
 * Nothing polls the page meanwhile: Playwright's waitFor would run a query and a layout every frame
 * of the very start being timed.
 */
const READY_PROBE = `
  window.__ready = new Promise((resolve) => {
    let painted = 0, listening = 0;
    const check = () => { if (painted && listening) resolve(performance.timeOrigin + Math.max(painted, listening)); };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === 'kiosk-ready' && !painted) { painted = entry.renderTime || entry.loadTime; check(); }
    }).observe({ type: 'element', buffered: true });
    // The document has no <html> yet when this runs; the filter keeps every other change out.
    new MutationObserver(() => {
      if (!listening && document.documentElement.dataset.wedge === 'listening') { listening = performance.now(); check(); }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-wedge'] });
  });
`;

/** Opens the kiosk at `url` and resolves with the wall-clock time it became usable (READY_PROBE). */
async function openKiosk(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return withTimeout(page.evaluate('window.__ready') as Promise<number>, 30_000, 'the kiosk was not usable');
}

/**
 * A queue in the page that the bench awaits without polling: Playwright's own waiting (waitFor,
 * waitForFunction) runs a query and a layout in the page every frame, which a kiosk never does, and
 * that work sat in the very frames this bench times (p99 and the share over two frames were worse
 * with it). `window.__next()` resolves with the next entry pushed, at once if one is waiting.
 */
const AWAITABLE_QUEUE = `
  window.__queue = []; window.__waiter = null;
  window.__push = (entry) => {
    const waiter = window.__waiter;
    if (waiter) { window.__waiter = null; waiter(entry); } else window.__queue.push(entry);
  };
  window.__next = () => new Promise((resolve) => {
    if (window.__queue.length) resolve(window.__queue.shift()); else window.__waiter = resolve;
  });
`;

/** Awaits the next entry the page's probe pushes (AWAITABLE_QUEUE). */
const nextEntry = <T>(page: Page): Promise<T> => page.evaluate('window.__next()') as Promise<T>;

/**
 * In the page: remembers the timestamp of each Enter keydown and pushes the time from it to the
 * paint of the next element marked elementtiming="scan-answer", with the steps in between.
 */
const PAINT_PROBE = `${AWAITABLE_QUEUE}
  window.__enterAt = 0;
  window.__marks = {};
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { window.__enterAt = e.timeStamp; window.__marks = {}; }
  }, true);
  // Where the time goes: the page sends the scan, the host answers, React puts the answer in the DOM.
  // Calls travel on the page's WebSocket (electron/host/callSocket.ts), or by fetch until it is open.
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => {
        if (window.__marks.sent && !window.__marks.replied) window.__marks.replied = performance.now();
      });
    }
    send(data) {
      if (String(data).includes('"method":"scans.submit"')) window.__marks.sent = performance.now();
      return super.send(data);
    }
  };
  const fetch0 = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/rpc/scans.submit')) return fetch0(input, init);
    window.__marks.sent = performance.now();
    return fetch0(input, init).then((res) => { window.__marks.replied = performance.now(); return res; });
  };
  new MutationObserver(() => {
    if (window.__enterAt && !window.__marks.inDom && document.querySelector('[elementtiming="scan-answer"]'))
      window.__marks.inDom = performance.now();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'scan-answer' && window.__enterAt) {
        const m = window.__marks, t0 = window.__enterAt;
        window.__push({
          total: entry.renderTime - t0,
          decode: (m.sent ?? NaN) - t0,
          host: (m.replied ?? NaN) - (m.sent ?? NaN),
          render: (m.inDom ?? NaN) - (m.replied ?? NaN),
          toPaint: entry.renderTime - (m.inDom ?? NaN),
        });
        window.__enterAt = 0;
      }
    }
  }).observe({ type: 'element', buffered: false });
`;

/**
 * The browser's own floor, measured beside the kiosk in the same Chromium at the same size: Enter →
 * the paint of an element the keydown handler itself inserts (no host, no React). No page can
 * answer faster than this, so the kiosk's numbers read against it.
 */
const FLOOR_PAGE = `<!doctype html><body style="margin:0;font:48px sans-serif">
<main style="height:1900px;background:linear-gradient(#eef,#fee)">Loket</main>
<script>${AWAITABLE_QUEUE}
  let at = 0;
  addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    at = e.timeStamp;
    document.querySelector('[elementtiming]')?.remove();
    const answer = document.createElement('p');
    answer.setAttribute('elementtiming', 'floor');
    answer.style.cssText = 'position:absolute;top:300px;left:100px;font-size:96px;background:#fff';
    answer.textContent = 'Meja ' + (1 + Math.floor(Math.random() * 20));
    document.body.append(answer);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (at) { window.__push(entry.renderTime - at); at = 0; }
  }).observe({ type: 'element' });
</script>`;

async function paintFloor(browser: Browser, presses: number): Promise<Summary> {
  const page = await browser.newPage({ viewport: KIOSK_VIEWPORT });
  try {
    await page.setContent(FLOOR_PAGE);
    const times: number[] = [];
    for (let i = 0; i < presses + WARMUP; i++) {
      await page.keyboard.press('Enter');
      const took = await nextEntry<number>(page);
      if (i >= WARMUP) times.push(took);
    }
    return summarize(times);
  } finally {
    await page.close();
  }
}

/** Fails loudly instead of waiting for ever when the page never paints an answer. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** A port free now, so that every start of one kiosk has the same origin (and so the same cache). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });

interface ColdStarts {
  /** The first start after installing: nothing cached yet, every script compiled. */
  readonly firstMs: number;
  /** Each later start, as the kiosk is restarted (a power cut, an update, the PC switched on). */
  readonly restartsMs: number[];
}

/**
 * Process spawned → kiosk home painted and listening for the scanner, 1 + COLD_STARTS times on the
 * same file and origin. The page opens in a Chromium that keeps its cache in a profile folder, as
 * Electron keeps it in the user-data folder (scripts and their compiled code, issue 9), so the
 * first start and the restarts are both measured. Chromium itself is already running, as the bench
 * cannot start Electron; its launch is not counted.
 */
async function coldStarts(dataDir: string): Promise<ColdStarts> {
  const profile = mkdtempSync(join(tmpdir(), 'loket-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: KIOSK_VIEWPORT,
  });
  try {
    const port = await freePort();
    const times: number[] = [];
    for (let i = 0; i <= COLD_STARTS; i++) {
      const page = await context.newPage();
      await page.addInitScript(READY_PROBE);
      const t0 = performance.timeOrigin + performance.now();
      const host = await startHost(dataDir, port);
      try {
        times.push((await openKiosk(page, host.url)) - t0);
      } finally {
        await page.close();
        await stopHost(host.child);
      }
    }
    return { firstMs: round(times[0]!, 1), restartsMs: times.slice(1) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

interface ScaleResult {
  readonly scale: string;
  readonly firstStartMs: number;
  readonly coldStartMs: Summary;
  readonly paintedMs: Summary;
  /** p50 and p99 of each step: Enter → the page sends, the host's reply, React's DOM, that DOM's paint. */
  readonly stepsMs: Record<'p50' | 'p99', Record<Exclude<keyof Steps, 'total'>, number>>;
  /** The scans painted later than two frames: how many, and the median of each of their steps. */
  readonly overTwoFrames: { n: number } & Partial<Record<keyof Steps, number>>;
  readonly withinOneFrame: number;
  readonly withinTwoFrames: number;
  readonly answers: Record<string, number>;
  readonly hostRssMb: number;
  readonly hostPeakRssMb: number;
}

interface Steps {
  readonly total: number;
  readonly decode: number;
  readonly host: number;
  readonly render: number;
  readonly toPaint: number;
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function benchScale(browser: Browser, scale: Scale, scans: number): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), `loket-bench-paint-${scale.name}-`));
  try {
    const { todayTokens } = seededCopy(scale, dir);
    if (todayTokens.length < scans + WARMUP) throw new Error(`only ${todayTokens.length} bookings today`);
    const cold = await coldStarts(dir);

    const host = await startHost(dir);
    try {
      const { session } = await rpc<{ session: string }>(host.url, 'officer.unlock', {
        officerId: BENCH_OFFICER.id,
        pin: BENCH_OFFICER.pin,
      });
      // Playwright's keys arrive one DevTools round trip apart, slower than a scanner's 1–20 ms.
      await rpc(
        host.url,
        'scanners.configure',
        { items: [{ kind: 'keyboard', suffix: '\r', maxGapMs: 200, endIdleMs: 400 }] },
        session,
      );
      const page = await browser.newPage({ viewport: KIOSK_VIEWPORT });
      await page.addInitScript(PAINT_PROBE + READY_PROBE);
      await openKiosk(page, host.url);

      const painted: Steps[] = [];
      const answers: Record<string, number> = {};
      let arrivals = 0;
      for (let i = 0; i < scans + WARMUP; i++) {
        const code =
          i % UNKNOWN_EVERY === UNKNOWN_EVERY - 1
            ? unknownCode()
            : i % REPEAT_EVERY === REPEAT_EVERY - 1 && arrivals > 0
              ? todayTokens[arrivals - 1]!
              : todayTokens[arrivals++]!;
        await page.keyboard.type(code);
        await page.keyboard.press('Enter');
        const steps = await withTimeout(nextEntry<Steps>(page), 10_000, `no answer painted for scan ${i}`);
        const result = page.getByTestId('scan-result');
        const kind =
          (await result.getAttribute('data-reason')) ?? (await result.getAttribute('data-kind')) ?? '?';
        answers[kind] = (answers[kind] ?? 0) + 1;
        if (i >= WARMUP) painted.push(steps);
        await page.getByTestId('scan-result-done').click();
        await page.getByTestId('scan-card').waitFor({ state: 'visible' });
      }
      const memory = rssOf(host.child.pid!);
      await page.close();
      const totals = painted.map((p) => p.total);
      const at = (q: 'p50' | 'p99') => {
        const of = (step: keyof Steps) => summarize(painted.map((p) => p[step]))[q];
        return { decode: of('decode'), host: of('host'), render: of('render'), toPaint: of('toPaint') };
      };
      const late = painted.filter((p) => p.total > 2 * FRAME_MS);
      const lateMedian = (step: keyof Steps) => summarize(late.map((p) => p[step])).p50;
      return {
        scale: scale.name,
        firstStartMs: cold.firstMs,
        coldStartMs: summarize(cold.restartsMs),
        paintedMs: summarize(totals),
        stepsMs: { p50: at('p50'), p99: at('p99') },
        overTwoFrames: late.length
          ? {
              n: late.length,
              total: lateMedian('total'),
              decode: lateMedian('decode'),
              host: lateMedian('host'),
              render: lateMedian('render'),
              toPaint: lateMedian('toPaint'),
            }
          : { n: 0 },
        withinOneFrame: round(totals.filter((x) => x <= FRAME_MS).length / totals.length, 4),
        withinTwoFrames: round(totals.filter((x) => x <= 2 * FRAME_MS).length / totals.length, 4),
        answers,
        hostRssMb: round(memory.rss, 1),
        hostPeakRssMb: round(memory.peak, 1),
      };
    } finally {
      await stopHost(host.child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The steps of the scans over two frames, without their count (which is in the row's name). */
const stepsOnly = ({ n: _n, ...steps }: ScaleResult['overTwoFrames']) => steps;

async function main(): Promise<void> {
  if (!existsSync(HOST)) throw new Error(`${HOST} is missing: run npm run build first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing (apt install chromium, or set LOKET_CHROMIUM)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const floor = await paintFloor(browser, SCANS_SMALL);
    log(`Chromium's floor: ${JSON.stringify(floor)}`);
    const small = await benchScale(browser, SMALL, SCANS_SMALL);
    log(`10k done: ${JSON.stringify(small)}`);
    if (process.env.BENCH_SMALL_ONLY === '1') return;
    const large = await benchScale(browser, LARGE, SCANS_LARGE);
    const table = [small, large].map((r) => ({
      rows: r.scale,
      'first start ms': r.firstStartMs,
      'cold start p50 ms': r.coldStartMs.p50,
      'cold start max ms': r.coldStartMs.max,
      'painted p50 ms': r.paintedMs.p50,
      'painted p99 ms': r.paintedMs.p99,
      'painted max ms': r.paintedMs.max,
      '≤1 frame': r.withinOneFrame,
      '≤2 frames': r.withinTwoFrames,
      'host RSS MB': r.hostRssMb,
    }));
    const steps = [small, large].flatMap((r) => [
      ...(['p50', 'p99'] as const).map((q) => ({ rows: r.scale, at: q, ...r.stepsMs[q] })),
      {
        rows: r.scale,
        at: `p50 of the ${r.overTwoFrames.n} over two frames`,
        ...stepsOnly(r.overTwoFrames),
      },
    ]);
    console.table(table);
    console.log(
      'where the time goes (ms; each step on its own): Enter → sent, host reply, into the DOM, DOM → painted',
    );
    console.table(steps);
    console.log(
      `Chromium's floor here (Enter → paint of an element the keydown handler inserts): ` +
        `p50 ${floor.p50} ms, p99 ${floor.p99} ms; the kiosk at 1M adds p50 ${round(large.paintedMs.p50 - floor.p50, 1)} ms, ` +
        `p99 ${round(large.paintedMs.p99 - floor.p99, 1)} ms`,
    );
    console.log(goalLine('1M: scan → answer painted, p99', large.paintedMs.p99, 33, 'ms'));
    console.log(goalLine('1M: scan → answer painted, p50', large.paintedMs.p50, round(FRAME_MS, 1), 'ms'));
    console.log(goalLine('10k: scan → answer painted, p99', small.paintedMs.p99, 33, 'ms'));
    console.log(
      goalLine('1M: cold start to a usable kiosk (a restart), p50', large.coldStartMs.p50, 1500, 'ms'),
    );
    console.log(`1M: the first start after installing (nothing cached yet): ${large.firstStartMs} ms`);
    console.log(goalLine(`1M: host RSS after ${SCANS_LARGE + WARMUP} scans`, large.hostRssMb, 150, 'MB'));
    console.log(
      `growth 10k → 1M: painted p50 ×${round(large.paintedMs.p50 / small.paintedMs.p50, 2)}, ` +
        `p99 ×${round(large.paintedMs.p99 / small.paintedMs.p99, 2)}, cold start ×${round(large.coldStartMs.p50 / small.coldStartMs.p50, 2)}`,
    );
    console.log(JSON.stringify({ bench: 'scanPainted', floor, small, large }));
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
