import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../shared/scanEvent';
import { KeyboardWedgeScanner } from '../../../electron/devices/scanners/keyboardWedgeScanner';
import type { KeyInput } from '../../../shared/scanning/keyInput';
import { createKeySource, keyInputFromKeyboardEvent } from '../../../shared/scanning/keyInput';
import { toKeyInput } from '../../../electron/main/keyboardInput';
import type { ElectronInput } from '../../../electron/main/electronTypes';
import { WedgeDetector } from '../../../shared/scanning/wedgeDetector';
import { typeString } from './keyStreams';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 2, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Plays keys at their `t` on the fake clock, as before-input-event would deliver them. */
async function play(push: (k: KeyInput) => boolean, keys: readonly KeyInput[]): Promise<boolean[]> {
  const swallowed: boolean[] = [];
  for (const k of keys) {
    const wait = k.t - performance.now();
    if (wait > 0) await vi.advanceTimersByTimeAsync(wait);
    swallowed.push(push({ ...k, t: performance.now() }));
  }
  return swallowed;
}

describe('KeyboardWedgeScanner', () => {
  it('emits a ScanEvent after the idle timeout for a suffix-less scan and tells the source what to swallow', async () => {
    const keys = createKeySource();
    const scanner = new KeyboardWedgeScanner(keys);
    const scans: ScanEvent[] = [];
    scanner.onScan((e) => scans.push(e));
    await scanner.start();
    expect(scanner.state).toBe('ready');

    const start = performance.now() + 5;
    const swallowed = await play(keys.push, typeString('K1ABCDEFGH23', { start, gap: () => 10 }));
    expect(scans).toEqual([]); // no suffix: the end is only known after the idle time
    await vi.advanceTimersByTimeAsync(140); // endIdleMs is 150 after the last key
    expect(scans).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({ text: 'K1ABCDEFGH23', source: 'keyboard', deviceId: 'kbd:main' });
    expect(scans[0]!.at).toBeGreaterThan(Date.UTC(2026, 0, 5, 2, 0, 0));
    // K and 1 (and their key-ups) reach the page; the rest is swallowed.
    expect(swallowed.slice(0, 4)).toEqual([false, false, false, false]);
    expect(swallowed.slice(-4)).toEqual([true, true, true, true]);
    await scanner.stop();
  });

  it('after stop() keys are no longer looked at', async () => {
    const keys = createKeySource();
    const scanner = new KeyboardWedgeScanner(keys, { config: { suffix: '\r' } });
    const scans: ScanEvent[] = [];
    scanner.onScan((e) => scans.push(e));
    await scanner.start();
    await scanner.stop();
    const swallowed = await play(
      keys.push,
      typeString('K1ABCDEFGH23\r', { start: performance.now() + 1, gap: () => 5 }),
    );
    expect(swallowed.every((s) => !s)).toBe(true);
    expect(scans).toEqual([]);
  });
});

describe('key event adapters', () => {
  const keys = typeString('K1ABCDEFGH23\r', { start: 100, gap: () => 8 });

  it('a page keydown/keyup stream (loopback host) decodes like before-input-event does', () => {
    const d = new WedgeDetector({ suffix: '\r' });
    const scans = keys
      .map((k) =>
        keyInputFromKeyboardEvent({
          type: k.type === 'keyDown' ? 'keydown' : 'keyup',
          key: k.key,
          code: k.code,
          shiftKey: k.shift,
          ctrlKey: k.control,
          altKey: k.alt,
          metaKey: k.meta,
          timeStamp: k.t,
        }),
      )
      .flatMap((k) => (k ? [d.feed(k).scan?.text] : []))
      .filter(Boolean);
    expect(scans).toEqual(['K1ABCDEFGH23']);
  });

  it('Electron input events other than keyDown/keyUp are ignored', () => {
    const base = { key: 'a', code: 'KeyA', shift: false, control: false, alt: false, meta: false };
    expect(toKeyInput({ ...base, type: 'char' } as ElectronInput, 1)).toBeNull();
    expect(toKeyInput({ ...base, type: 'keyDown' } as ElectronInput, 1)).toEqual({
      ...base,
      type: 'keyDown',
      t: 1,
    });
    expect(
      keyInputFromKeyboardEvent({
        type: 'keypress',
        key: 'a',
        code: 'KeyA',
        shiftKey: false,
        ctrlKey: false,
        altKey: false,
        metaKey: false,
        timeStamp: 1,
      }),
    ).toBeNull();
  });
});
