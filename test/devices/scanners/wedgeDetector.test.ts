import { describe, expect, it } from 'vitest';
import type { KeyInput } from '../../../shared/scanning/keyInput';
import type { WedgeConfig, WedgeScan } from '../../../shared/scanning/wedgeDetector';
import { WedgeDetector, wedgeTimingPresets } from '../../../shared/scanning/wedgeDetector';
import { jitter, lastT, typeString } from './keyStreams';

/** Feeds keys, then lets time run out; returns the scans and the text of the keys that reached the page. */
function run(config: WedgeConfig, keys: readonly KeyInput[]) {
  const d = new WedgeDetector(config);
  const scans: WedgeScan[] = [];
  let reachedPage = '';
  for (const k of keys) {
    const step = d.feed(k);
    if (step.scan) scans.push(step.scan);
    if (!step.swallow && k.type === 'keyDown' && !/^(Shift|Control)/.test(k.code))
      reachedPage += k.key.length === 1 ? k.key : `<${k.key}>`;
  }
  const end = d.poll(lastT(keys) + 10_000);
  if (end) scans.push(end);
  return {
    scans: scans.map((s) => s.text),
    reachedPage,
    raw: scans.map((s) => new TextDecoder().decode(s.raw)),
  };
}

const token = 'K2ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCD';
const url = 'https://loket.example/v?id=K1Ab-cd_09';

describe('wedgeDetector timing profiles (gaps from KeyboardBarcodeScanner measurements)', () => {
  it.each([
    ['Datalogic BC2090', 1],
    ['Honeywell Voyager 1400g', 10],
    ['Netum NSC750', 19],
  ])('%s at %i ms per key: one scan, found by timing alone', (_name, gap) => {
    const r = run({}, typeString(token, { start: 1000, gap: () => gap }));
    expect(r.scans).toEqual([token]);
    // Keys are swallowed from the third fast one on; only the first two can reach the page.
    expect(r.reachedPage).toBe(token.slice(0, 2));
  });

  it('Zebra at ~80 ms with jitter (60-100 ms), slow preset and suffix Enter: one scan, Enter swallowed', () => {
    const keys = typeString(`${token}\r`, { start: 0, gap: jitter(7, 60, 100) });
    const r = run({ ...wedgeTimingPresets.slow, suffix: '\r' }, keys);
    expect(r.scans).toEqual([token]);
    expect(r.reachedPage).toBe('K2');
    expect(r.raw).toEqual([`${token}\r`]);
  });

  it('the same Zebra stream is not a scan with the fast defaults: timing alone cannot cover 80 ms scanners', () => {
    const keys = typeString(`${token}\r`, { start: 0, gap: jitter(7, 60, 100) });
    expect(run({ suffix: '\r' }, keys).scans).toEqual([]);
  });

  it.each([
    ['fast defaults', {}],
    ['fast defaults + suffix', { suffix: '\r' }],
    ['slow preset + suffix', { ...wedgeTimingPresets.slow, suffix: '\r' }],
  ])(
    'a person typing at 120-250 ms per key is never a scan and every key reaches the page (%s)',
    (_n, config) => {
      const typed = 'budi.santoso@example.id\r';
      const r = run(config, typeString(typed, { start: 0, gap: jitter(42, 120, 250) }));
      expect(r.scans).toEqual([]);
      expect(r.reachedPage).toBe('budi.santoso@example.id<Enter>');
    },
  );

  it('a person rolling two keys 50 ms apart between pauses is not a scan', () => {
    // Fast pairs ("th", "an", …) separated by ordinary pauses; three keys in a row under 50 ms would
    // already count as a burst (confirmKeys = 3).
    const gaps = [50, 300, 40, 280, 45, 320, 50, 260, 35, 240];
    const r = run(
      {},
      typeString('thanks you!', { start: 0, gap: (i) => gaps[(i - 1) % gaps.length] ?? 300 }),
    );
    expect(r.scans).toEqual([]);
    expect(r.reachedPage).toBe('thanks you!');
  });

  it('mixed: a person types two keys, then a scan starts; the scan holds only the scanner’s characters', () => {
    const human = typeString('ab', { start: 0, gap: () => 180 });
    const scan = typeString(`${token}\r`, { start: lastT(human) + 400, gap: () => 10 });
    const r = run({ suffix: '\r' }, [...human, ...scan]);
    expect(r.scans).toEqual([token]);
    expect(r.reachedPage).toBe('abK2');
  });

  it('two scans back to back without suffix are split by the pause between them', () => {
    const a = typeString('K1FIRSTCODE01', { start: 0, gap: () => 8 });
    const b = typeString('K1SECONDCODE2', { start: lastT(a) + 400, gap: () => 8 });
    expect(run({}, [...a, ...b]).scans).toEqual(['K1FIRSTCODE01', 'K1SECONDCODE2']);
  });
});

describe('wedgeDetector decoding', () => {
  it('Caps Lock on: `key` is inverted but codes + Shift decode the right case', () => {
    const keys = typeString(`${url}\r`, { start: 0, gap: () => 10, capsLock: true });
    expect(keys.find((k) => k.code === 'KeyH' && k.type === 'keyDown')?.key).toBe('H'); // what the OS reports
    expect(run({ suffix: '\r' }, keys).scans).toEqual([url]);
  });

  it('AZERTY OS layout: `key` values are garbage, US codes still decode the scanner’s text', () => {
    const keys = typeString(`${url}\r`, { start: 0, gap: () => 10, layout: 'azerty' });
    const osText = keys.filter((k) => k.type === 'keyDown' && !k.code.startsWith('Shift')).map((k) => k.key);
    expect(osText.join('')).toContain('M!!loket:exq,ple!v§id=K&Qb)cd°àç'); // what e.key-based decoding would produce
    expect(run({ suffix: '\r' }, keys).scans).toEqual([url]);
  });

  it('keeps Tab and the GS1 group separator (Ctrl+]) inside the data', () => {
    const gs1 = '0108991234567891\x1d10LOT42\t17261231';
    const r = run({ suffix: '\r' }, typeString(`${gs1}\r`, { start: 0, gap: () => 5 }));
    expect(r.scans).toEqual([gs1]);
  });

  it('strips an AIM id the scanner sends in-band', () => {
    const d = new WedgeDetector({ suffix: '\r' });
    const steps = typeString(`]Q1${token}\r`, { start: 0, gap: () => 5 }).map((k) => d.feed(k));
    const scan = steps.find((s) => s.scan)?.scan;
    expect(scan).toMatchObject({ text: token, aim: ']Q1', symbology: 'qr-code' });
  });

  it('an arrow key in the middle breaks the run: a person is at the keyboard', () => {
    const a = typeString('K1ABCD', { start: 0, gap: () => 5 });
    const arrow: KeyInput = {
      type: 'keyDown',
      key: 'ArrowLeft',
      code: 'ArrowLeft',
      shift: false,
      control: false,
      alt: false,
      meta: false,
      t: lastT(a) + 5,
    };
    const b = typeString('EFGH\r', { start: arrow.t + 5, gap: () => 5 });
    expect(run({ suffix: '\r' }, [...a, arrow, ...b]).scans).toEqual([]);
  });
});

describe('wedgeDetector with a configured prefix and suffix', () => {
  const config: WedgeConfig = { prefix: '\x02', suffix: '\r' }; // Ctrl+B … Enter (scanner "Control+ASCII")

  it('swallows every key of a prefixed scan, prefix and suffix included, even at Zebra speed', () => {
    const keys = typeString(`\x02${token}\r`, { start: 0, gap: jitter(3, 60, 100) });
    const r = run(config, keys);
    expect(r.scans).toEqual([token]);
    expect(r.reachedPage).toBe('');
    expect(r.raw).toEqual([`\x02${token}\r`]);
  });

  it('fast input without the prefix is not a scan and reaches the page untouched', () => {
    const r = run(config, typeString(`${token}\r`, { start: 0, gap: () => 5 }));
    expect(r.scans).toEqual([]);
    expect(r.reachedPage).toBe(`${token}<Enter>`);
  });

  it('a prefixed scan whose suffix never comes is dropped after the idle timeout', () => {
    const d = new WedgeDetector(config);
    const keys = typeString(`\x02${token.slice(0, 10)}`, { start: 0, gap: () => 5 });
    for (const k of keys) d.feed(k);
    const deadline = d.nextDeadline();
    expect(deadline).toBe(10 * 5 + 150); // last key at 50 ms + endIdleMs
    expect(d.poll(deadline! - 1)).toBeNull();
    expect(d.poll(deadline!)).toBeNull();
    expect(d.nextDeadline()).toBeNull();
  });

  it('with a prefix and no suffix, the idle timeout ends the scan', () => {
    const r = run({ prefix: '\x02' }, typeString(`\x02SHORT`, { start: 0, gap: () => 90 }));
    expect(r.scans).toEqual(['SHORT']); // prefixed: minLength does not apply
  });

  it('keyUp events of swallowed keys are swallowed too, others pass', () => {
    const d = new WedgeDetector(config);
    const keys = typeString(`\x02ab\r`, { start: 0, gap: () => 5 });
    const swallowed = keys.map((k) => [k.type, k.code, d.feed(k).swallow] as const);
    // The lone Control press of Ctrl+B is harmless to let through; every character key is swallowed.
    expect(swallowed.filter(([, code]) => !code.startsWith('Control'))).toEqual(
      ['KeyB', 'KeyA', 'KeyB', 'Enter'].flatMap((code) => [
        ['keyDown', code, true],
        ['keyUp', code, true],
      ]),
    );
    const up: KeyInput = {
      type: 'keyUp',
      key: 'x',
      code: 'KeyX',
      shift: false,
      control: false,
      alt: false,
      meta: false,
      t: 999,
    };
    expect(d.feed(up).swallow).toBe(false);
  });
});
