// The pure helpers behind the shell: URL trust, window plan, crash guard, display settings, shortcuts.
import { describe, expect, it } from 'vitest';
import { createCrashGuard } from '../../electron/main/crashGuard';
import { readDisplaySettings } from '../../electron/main/displaySettings';
import { isBlockedShortcut, toKeyInput } from '../../electron/main/keyboardInput';
import { isAppUrl, isTrustedSenderFrame } from '../../electron/main/trustedUrl';
import { planWindows } from '../../electron/main/windowPlan';
import { writeSetting } from '../../electron/services/core/settingsStore';
import { laptopDisplay } from '../fakes/electron';
import { makeTestCore } from '../support/testCore';

describe('isAppUrl', () => {
  it('accepts app://loket pages only', () => {
    expect(isAppUrl('app://loket/index.html#/kiosk')).toBe(true);
    expect(isAppUrl('app://loket/')).toBe(true);
    for (const url of [
      'app://loket',
      'app://loket.evil/',
      'app://loket@evil/',
      'app://user@loket/',
      'app://loket:99/',
      'APP://evil/',
      'https://loket/',
      'app:loket/',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl(undefined)).toBe(false);
    expect(isTrustedSenderFrame(null)).toBe(false);
  });
});

describe('planWindows', () => {
  const touch = laptopDisplay({
    id: 2,
    touchSupport: 'available',
    bounds: { x: 1920, y: 0, width: 1080, height: 1920 },
  });
  const desk = laptopDisplay({ id: 1 });

  it('one display: one kiosk window there', () => {
    expect(planWindows([desk], desk, { kiosk: true })).toEqual([
      { role: 'kiosk', bounds: desk.bounds, kiosk: true },
    ]);
  });

  it('two displays: the visitor on the touchscreen, whichever is primary', () => {
    for (const primary of [desk, touch]) {
      const plan = planWindows([desk, touch], primary, { kiosk: true });
      expect(plan).toEqual([
        { role: 'kiosk', bounds: touch.bounds, kiosk: true },
        { role: 'desk', bounds: desk.bounds, kiosk: false },
      ]);
    }
  });

  it('two displays without touch: the setting, else the non-primary one, faces the visitor', () => {
    const a = laptopDisplay({ id: 1 });
    const b = laptopDisplay({ id: 2, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } });
    expect(planWindows([a, b], a, { kiosk: false })[0]).toMatchObject({ role: 'kiosk', bounds: b.bounds });
    expect(planWindows([a, b], b, { kiosk: false })[0]).toMatchObject({ role: 'kiosk', bounds: a.bounds });
    expect(planWindows([a, b, touch], b, { kiosk: false, visitorDisplayId: 1 })[0]).toMatchObject({
      bounds: a.bounds,
    });
  });
});

describe('createCrashGuard', () => {
  it('allows three reloads a minute, and recovers once crashes age out', () => {
    const guard = createCrashGuard({ maxReloads: 3, windowMs: 60_000 });
    expect([0, 1000, 2000, 3000].map((t) => guard.shouldReload(t))).toEqual([true, true, true, false]);
    expect(guard.shouldReload(30_000)).toBe(false);
    expect(guard.shouldReload(200_000)).toBe(true);
  });
});

describe('readDisplaySettings', () => {
  it('defaults kiosk mode to packaged, reads the settings, ignores malformed values', async () => {
    const { core } = await makeTestCore();
    try {
      expect(readDisplaySettings(core.db, true)).toEqual({ kiosk: true });
      expect(readDisplaySettings(core.db, false)).toEqual({ kiosk: false });
      writeSetting(core.db, 'display.kiosk', 'no', 0);
      writeSetting(core.db, 'display.visitorDisplayId', 2.5, 0);
      expect(readDisplaySettings(core.db, true)).toEqual({ kiosk: true });
      writeSetting(core.db, 'display.kiosk', false, 0);
      writeSetting(core.db, 'display.visitorDisplayId', 7, 0);
      expect(readDisplaySettings(core.db, true)).toEqual({ kiosk: false, visitorDisplayId: 7 });
    } finally {
      core.close();
    }
  });
});

describe('keyboard helpers', () => {
  const key = (over: Partial<Parameters<typeof isBlockedShortcut>[0]>) => ({
    type: 'keyDown',
    key: 'a',
    code: 'KeyA',
    isAutoRepeat: false,
    shift: false,
    control: false,
    alt: false,
    meta: false,
    ...over,
  });

  it('maps keyDown and keyUp, and skips other input types', () => {
    expect(toKeyInput(key({}), 12)).toEqual({
      type: 'keyDown',
      key: 'a',
      code: 'KeyA',
      shift: false,
      control: false,
      alt: false,
      meta: false,
      t: 12,
    });
    expect(toKeyInput(key({ type: 'char' }), 12)).toBeNull();
  });

  it('blocks reload, DevTools, view-source and zoom, not copy or a scanner prefix', () => {
    expect(isBlockedShortcut(key({ key: 'r', control: true }))).toBe(true);
    expect(isBlockedShortcut(key({ key: 'R', meta: true, shift: true }))).toBe(true);
    expect(isBlockedShortcut(key({ key: 'J', control: true, shift: true }))).toBe(true);
    expect(isBlockedShortcut(key({ key: 'u', control: true }))).toBe(true);
    expect(isBlockedShortcut(key({ key: '=', control: true }))).toBe(true);
    expect(isBlockedShortcut(key({ key: 'c', control: true }))).toBe(false);
    expect(isBlockedShortcut(key({ key: 'b', control: true }))).toBe(false);
    expect(isBlockedShortcut(key({ key: 'F5', type: 'keyUp' }))).toBe(false);
  });
});
