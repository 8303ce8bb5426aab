// A serial printer on a real pty pair (socat): real termios, real bytes both ways (devices.md §5.3).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../../electron/devices/printers/escPosPrinter';
import { printerErrorKeys } from '../../../electron/devices/printers/printer';
import { SerialTransport } from '../../../electron/devices/printers/transports/serialTransport';
import { checkInSlip } from '../../../shared/slips/checkInSlip';
import { startPtyPrinter } from '../../fakes/printers';
import type { PtyPrinter } from '../../fakes/printers';
import { decodeEscPos, readNativeQr } from '../../support/escposDecoder';

const token = 'LK1SERIALPTYPRINTER00000000';
const doc = checkInSlip(
  {
    siteName: 'Loket',
    visitorName: 'Siti Aminah',
    deskLabel: 'B-3',
    lockerLabel: null,
    checkedInAt: Date.parse('2026-11-23T09:00:00+07:00'),
    endsAt: Date.parse('2026-11-23T17:00:00+07:00'),
    checkoutToken: token,
  },
  58,
);

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

describe('SerialTransport over a socat pty pair (socat is a required test package, see README)', () => {
  let dir: string;
  let pty: PtyPrinter;
  let transport: SerialTransport;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loket-pty-'));
    pty = await startPtyPrinter(dir, { paperNearEnd: true });
    transport = new SerialTransport({ path: pty.hostPath, baudRate: 9600, writeTimeoutMs: 3000 });
  });
  afterEach(async () => {
    await transport.close();
    await pty.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers DLE EOT 4 with paper near end (0x1E) and prints a slip after drain', async () => {
    const printer = new EscPosPrinter({ id: 'serial', model: 'pos-5890' }, transport);
    expect(await printer.status()).toMatchObject({ online: true, paperNearEnd: true, paperOut: false });
    const outcome = await printer.print(doc, null);
    expect(outcome).toMatchObject({ ok: true, status: { paperNearEnd: true } });
    const expected = printer.render(doc);
    await until(() => pty.received().length >= 9 + expected.length);
    // The three status queries, then the job, byte for byte.
    const received = pty.received();
    expect([...received.subarray(0, 9)]).toEqual([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4]);
    const d = decodeEscPos(received.subarray(9), { columns: 32 });
    expect(d.texts.some((t) => /^Pengunjung\s+Siti A\*{4}$/.test(t))).toBe(true);
    expect(readNativeQr(d.qrs[0]!)).toBe(token);
  });

  it('holds the job when the printer reports paper out, then prints once paper is back', async () => {
    pty.status = { paperOut: true };
    const printer = new EscPosPrinter({ id: 'serial', model: 'pos-5890' }, transport);
    expect(await printer.print(doc, null)).toMatchObject({ ok: false, errorKey: printerErrorKeys.paperOut });
    expect(pty.received().length).toBe(9);
    pty.status = {};
    expect(await printer.print(doc, null)).toMatchObject({ ok: true });
  });

  it('reports a vanished port as disconnected and reconnects when it is back', async () => {
    await transport.write(Uint8Array.of(0x1b, 0x40));
    await pty.unplug();
    await until(() => false, 200);
    const printer = new EscPosPrinter({ id: 'serial', model: 'pos-5890' }, transport);
    const outcome = await printer.print(doc, null);
    expect(outcome).toMatchObject({ ok: false, errorKey: printerErrorKeys.disconnected, retryable: true });
    await pty.close();
    pty = await startPtyPrinter(dir);
    expect(await printer.print(doc, null)).toMatchObject({ ok: true });
  });
});
