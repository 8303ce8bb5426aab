// The OS-printer path: escaped HTML and the Electron print options (devices.md §2.5, §5.2.6).
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReceiptHtml } from '../../../electron/devices/printers/htmlRenderer';
import { OsPrinter } from '../../../electron/devices/printers/osPrinter';
import type { PrintHtmlResult } from '../../../electron/devices/printers/osPrinter';
import { printerErrorKeys } from '../../../electron/devices/printers/printer';
import { buildPrintOptions, cssPxToMm } from '../../../electron/devices/printers/printOptions';
import type { OsPrintOptions } from '../../../electron/devices/printers/printOptions';
import type { ReceiptDoc } from '../../../shared/receipt';
import { checkInSlip } from '../../../shared/slips/checkInSlip';

const hostile = `<img src=x onerror="fetch('//evil')">'"&</p><script>alert(1)</script>`;

describe('renderReceiptHtml', () => {
  it('prints hostile text as characters: no element, attribute or script gets through', () => {
    const doc: ReceiptDoc = {
      width: 80,
      blocks: [
        { kind: 'text', text: hostile },
        { kind: 'keyValue', rows: [[hostile, hostile]] },
        { kind: 'table', columns: [{}, {}], header: [hostile, 'b'], rows: [[hostile, '<b>']] },
      ],
    };
    const { html } = renderReceiptHtml(doc);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror="');
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;fetch(&#39;//evil&#39;)&quot;&gt;&#39;&quot;&amp;&lt;/p&gt;',
    );
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('masks the name and draws the QR as geometry, sized for the roll', () => {
    const doc = checkInSlip(
      {
        siteName: 'Loket <Pusat>',
        visitorName: 'Budi Santoso',
        deskLabel: 'A-1',
        lockerLabel: null,
        checkedInAt: 0,
        endsAt: 3600_000,
        checkoutToken: 'LK1TOKEN',
      },
      58,
    );
    const { html, heightMm } = renderReceiptHtml(doc);
    expect(html).toContain('Budi S****');
    expect(html).not.toContain('Santoso');
    expect(html).toContain('Loket &lt;Pusat&gt;');
    expect(html).not.toContain('LK1TOKEN');
    expect(html).toMatch(/<svg class="qr"[^>]*viewBox="0 0 29 29"/);
    expect(html).toContain('@page{size:58mm ');
    expect(html).toContain('width:48mm');
    expect(heightMm).toBeGreaterThan(40);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('buildPrintOptions', () => {
  it('gives an explicit roll width in microns, no margins, silent, and the device name', () => {
    expect(
      buildPrintOptions({ paperWidth: 80, deviceName: 'EPSON_TM_T20III', contentHeightMm: 120.4 }),
    ).toEqual({
      silent: true,
      printBackground: true,
      color: false,
      landscape: false,
      copies: 1,
      deviceName: 'EPSON_TM_T20III',
      margins: { marginType: 'none' },
      pageSize: { width: 80000, height: 120400 },
    });
    expect(buildPrintOptions({ paperWidth: 58, deviceName: 'POS58', contentHeightMm: 0 }).pageSize).toEqual({
      width: 58000,
      height: 353,
    });
  });

  it('refuses an empty device name (Electron would print to the default printer, maybe A4)', () => {
    expect(() => buildPrintOptions({ paperWidth: 80, deviceName: ' ', contentHeightMm: 10 })).toThrow(
      RangeError,
    );
  });

  it('converts a measured CSS height to millimetres', () => {
    expect(cssPxToMm(96)).toBeCloseTo(25.4);
  });
});

describe('OsPrinter', () => {
  const doc: ReceiptDoc = { width: 80, blocks: [{ kind: 'text', text: 'halo' }] };

  it('hands the HTML and the options to the injected port', async () => {
    const calls: Array<{ html: string; options: OsPrintOptions }> = [];
    const printer = new OsPrinter({ id: 'os', deviceName: 'Kasir' }, async (html, options) => {
      calls.push({ html, options });
      return { success: true };
    });
    expect(await printer.print(doc)).toEqual({ ok: true, status: 'unknown' });
    expect(calls[0]!.options).toMatchObject({ deviceName: 'Kasir', pageSize: { width: 80000 } });
    expect(calls[0]!.html).toContain('>halo</p>');
  });

  it('treats invalid settings as needing a person and other failures as retryable', async () => {
    let result: PrintHtmlResult = { success: false, failureReason: 'Invalid printer settings' };
    const printer = new OsPrinter({ id: 'os', deviceName: 'Kasir' }, async () => result);
    expect(await printer.print(doc)).toMatchObject({
      ok: false,
      errorKey: printerErrorKeys.rejected,
      retryable: false,
    });
    result = { success: false, failureReason: 'Print job failed' };
    expect(await printer.print(doc)).toMatchObject({
      ok: false,
      errorKey: printerErrorKeys.io,
      retryable: true,
    });
  });
});
