// The preload (electron/preload/preload.ts) run in a fake page, as the page sees it: window.kiosk
// and nothing else (Electron security checklist #20).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventNames, methodNames, type KioskApi } from '../../shared/contract';
import { EVENT_NAMES, METHOD_NAMES } from '../../electron/preload/channels';
import {
  BrowserWindow,
  fakeElectron,
  FakeIpcRenderer,
  resetFakeElectron,
  type FakePage,
} from '../fakes/electron';
import { runPreload } from '../contract/ipcTransport';

let win: InstanceType<typeof BrowserWindow>;
let page: FakePage;
let kiosk: KioskApi;
/** What main receives: answers every contract channel with the arguments it got. */
const received: unknown[][] = [];

beforeEach(async () => {
  resetFakeElectron();
  received.length = 0;
  await fakeElectron.app.whenReady();
  win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true } });
  for (const m of methodNames) {
    fakeElectron.ipcMain.handle(`kiosk:${m}`, (_event, ...args) => {
      received.push(args);
      return { ok: true, value: { method: m } };
    });
  }
  await win.loadURL('app://loket/index.html#/kiosk');
  page = win.webContents.driveOpenPage();
  kiosk = await runPreload(page);
});
afterEach(() => resetFakeElectron());

/** The fake delivers sent messages on setImmediate; one queued after them runs after them, in order. */
const delivered = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Everything reachable from a value: to look for anything that is not plain data or our two functions. */
function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value))
    return [];
  seen.add(value);
  const out: unknown[] = [value];
  for (const key of Reflect.ownKeys(value)) {
    out.push(...reachable((value as Record<PropertyKey, unknown>)[key], seen));
  }
  return out;
}

describe('what the page gets', () => {
  it('window.kiosk with exactly invoke and on, and nothing else on window', () => {
    expect(Object.keys(page.mainWorld)).toEqual(['kiosk']);
    expect(Object.keys(kiosk).sort()).toEqual(['invoke', 'on']);
    expect(typeof kiosk.invoke).toBe('function');
    expect(typeof kiosk.on).toBe('function');
  });

  it('no ipcRenderer anywhere in what the page can reach', () => {
    const everything = reachable(page.mainWorld);
    expect(everything.some((v) => v instanceof FakeIpcRenderer)).toBe(false);
    expect(everything.filter((v) => typeof v === 'function')).toHaveLength(2);
  });

  it('cannot be exposed twice over the same name', async () => {
    await expect(runPreload(page)).rejects.toThrow(/existing property/);
  });
});

describe('invoke', () => {
  it('sends each method on its own channel with the input and only the session', async () => {
    const result = await kiosk.invoke('reservations.list', { day: '2026-11-23' }, {
      session: 's-1',
      evil: 'x',
    } as unknown as { session: string });
    expect(result).toEqual({ ok: true, value: { method: 'reservations.list' } });
    expect(fakeElectron.ipcMain.invocations.map((i) => i.channel)).toEqual(['kiosk:reservations.list']);
    expect(received).toEqual([[{ day: '2026-11-23' }, { session: 's-1' }]]);
  });

  it('refuses a method outside the contract without sending anything', async () => {
    const raw = kiosk.invoke as unknown as (m: string, i: unknown) => Promise<unknown>;
    for (const name of ['reservations.dropAll', '__proto__', 'constructor', 'toString', 'event', '']) {
      expect(await raw(name, {}), name).toEqual({
        ok: false,
        error: { code: 'unknown_method', messageKey: 'errors.rpc.unknownMethod' },
      });
    }
    expect(fakeElectron.ipcMain.invocations).toEqual([]);
  });

  it('turns input that cannot cross the process boundary into a typed error', async () => {
    const result = await kiosk.invoke('app.info', { f: () => 1 } as unknown as Record<string, never>);
    expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.rpc.transport' } });
  });
});

describe('on', () => {
  it('delivers only the payload of the named event, never the IPC event object', async () => {
    const heard: unknown[][] = [];
    kiosk.on('data.changed', (...args: unknown[]) => heard.push(args));
    win.webContents.send('kiosk:event', 'devices.status', { deviceId: 'kbd:main' });
    win.webContents.send('kiosk:event', 'data.changed', { topics: ['places'] });
    win.webContents.send('kiosk:event', 'evil.event', { topics: ['x'] });
    await delivered();
    expect(heard).toEqual([[{ topics: ['places'] }]]);
  });

  it('stops delivering after unsubscribe', async () => {
    const heard: unknown[] = [];
    const off = kiosk.on('data.changed', (p) => heard.push(p));
    win.webContents.send('kiosk:event', 'data.changed', { topics: ['places'] });
    await delivered();
    off();
    win.webContents.send('kiosk:event', 'data.changed', { topics: ['visits'] });
    await delivered();
    expect(heard).toEqual([{ topics: ['places'] }]);
  });

  it('refuses to listen for an event outside the contract', () => {
    const raw = kiosk.on as unknown as (e: string, l: () => void) => void;
    expect(() => raw('ipc-message', () => {})).toThrow(/Unknown event/);
  });
});

describe('the preload bundle', () => {
  it('lists exactly the contract’s methods and events', () => {
    expect([...METHOD_NAMES].sort()).toEqual([...methodNames].sort());
    expect([...EVENT_NAMES].sort()).toEqual([...eventNames].sort());
  });

  it('bundles to one small CommonJS file that requires nothing but electron (no zod)', async () => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../../electron/preload/preload.ts', import.meta.url))],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/zod|ZodError/);
    expect(code.length).toBeLessThan(8_000);
  });
});
