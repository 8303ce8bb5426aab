// Keyboard-wedge capture through before-input-event, blocked shortcuts on a packaged kiosk, and
// reloading a crashed renderer without looping forever.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyboardWedgeScanner } from '../../electron/devices/scanners/keyboardWedgeScanner';
import type { KeyInput } from '../../shared/scanning/keyInput';
import { createKeySource } from '../../shared/scanning/keyInput';
import type { ScanEvent } from '../../shared/scanEvent';
import { fakeElectron } from '../fakes/electron';
import { makeHarness, type Harness } from './harness';

let h: Harness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(() => h.cleanup());

describe('keyboard input', () => {
  it('hands every key to the wedge port and swallows the ones it claims', async () => {
    const seen: KeyInput[] = [];
    await h.start({ onKeyInput: (k) => (seen.push(k), k.code === 'KeyX') });
    const contents = h.window('kiosk').webContents;
    expect(contents.driveKey({ code: 'KeyA', key: 'a' })).toBe(true);
    expect(contents.driveKey({ code: 'KeyX', key: 'x', shift: true })).toBe(false);
    expect(contents.driveKey({ type: 'keyUp', code: 'KeyA', key: 'a' })).toBe(true);
    expect(seen.map((k) => [k.type, k.code, k.shift])).toEqual([
      ['keyDown', 'KeyA', false],
      ['keyDown', 'KeyX', true],
      ['keyUp', 'KeyA', false],
    ]);
    expect(seen.every((k) => typeof k.t === 'number')).toBe(true);
  });

  it('turns a fast burst into a scan through the real KeyboardWedgeScanner, keeping it off the page', async () => {
    const keys = createKeySource();
    const scanner = new KeyboardWedgeScanner(keys, { config: { suffix: '\r', minLength: 4 } });
    const scans: ScanEvent[] = [];
    scanner.onScan((s) => scans.push(s));
    await scanner.start();
    await h.start({ onKeyInput: keys.push });
    const contents = h.window('kiosk').webContents;

    const reachedPage = ['KeyL', 'KeyK', 'Digit1', 'KeyA', 'KeyB', 'Digit7', 'Enter'].map((code) =>
      contents.driveKey({ code, key: code, shift: code.startsWith('Key') }),
    );
    await scanner.stop();
    expect(scans.map((s) => [s.text, s.source])).toEqual([['LK1AB7', 'keyboard']]);
    // The detector needs a few fast keys before it is sure; from then on nothing reaches the page.
    expect(reachedPage.slice(3)).toEqual([false, false, false, false]);
  });

  it('blocks reload and DevTools shortcuts on a packaged kiosk, but lets typing through', async () => {
    fakeElectron.app.isPackaged = true;
    await h.start();
    const contents = h.window('kiosk').webContents;
    expect(contents.driveKey({ code: 'KeyR', key: 'r', control: true })).toBe(false);
    expect(contents.driveKey({ code: 'F5', key: 'F5' })).toBe(false);
    expect(contents.driveKey({ code: 'F12', key: 'F12' })).toBe(false);
    expect(contents.driveKey({ code: 'KeyI', key: 'I', control: true, shift: true })).toBe(false);
    expect(contents.driveKey({ code: 'KeyR', key: 'r' })).toBe(true);
    expect(contents.driveKey({ code: 'KeyC', key: 'c', control: true })).toBe(true);
  });

  it('leaves the shortcuts alone in development', async () => {
    await h.start();
    expect(h.window('kiosk').webContents.driveKey({ code: 'F12', key: 'F12' })).toBe(true);
  });
});

describe('a crashed renderer', () => {
  it('is loaded again at the kiosk entry', async () => {
    await h.start();
    const contents = h.window('kiosk').webContents;
    contents.driveRenderProcessGone('crashed', 139);
    expect(contents.loadedUrls).toEqual(['app://loket/index.html#/kiosk', 'app://loket/index.html#/kiosk']);
    expect(h.logs).toContain('kiosk renderer gone (crashed, exit 139); reloading');
  });

  it('is not reloaded after a clean exit', async () => {
    await h.start();
    const contents = h.window('kiosk').webContents;
    contents.driveRenderProcessGone('clean-exit', 0);
    expect(contents.loadedUrls).toHaveLength(1);
  });

  it('stops reloading when it keeps crashing', async () => {
    h.expectErrors(/keeps crashing/);
    await h.start();
    const contents = h.window('kiosk').webContents;
    for (let i = 0; i < 10; i++) contents.driveRenderProcessGone(i % 2 ? 'oom' : 'crashed');
    expect(contents.loadedUrls).toHaveLength(1 + 3);
    expect(h.logs.filter((l) => l.includes('keeps crashing'))).toHaveLength(7);
  });
});
