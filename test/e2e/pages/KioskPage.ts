import type { Locator, Page } from '@playwright/test';
import { watchCalls, type CallLog } from '../calls';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { KIOSK_VIEWPORT } from '../fixtures';

/**
 * A keyboard-wedge scanner "types" the code fast and presses Enter, once the page listens for it (it
 * decodes scans with the configured timings, which it fetches when it opens).
 */
export async function scanWithWedge(page: Page, code: string, msPerKey = 8): Promise<void> {
  await page.locator('html[data-wedge="listening"]').waitFor({ state: 'attached' });
  await page.keyboard.type(code, { delay: msPerKey });
  await page.keyboard.press('Enter');
}

/** The visitor's touchscreen, driven as a visitor would: taps and the on-screen keyboard. */
export class KioskPage {
  readonly calls: CallLog;

  constructor(readonly page: Page) {
    this.calls = watchCalls(page);
  }

  async open(url: string): Promise<void> {
    await this.page.setViewportSize(KIOSK_VIEWPORT);
    await this.page.goto(url);
    await this.page.getByTestId('kiosk-screen').waitFor();
  }

  startRegistration = () => this.page.getByTestId('register-button').click();
  field = (name: 'fullName' | 'email' | 'phone'): Locator => this.page.getByTestId(`field-${name}`);

  /** Types by tapping the on-screen keyboard's keys, one by one. */
  async tapKeys(text: string): Promise<void> {
    const keyboard = this.page.getByTestId('on-screen-keyboard');
    for (const ch of text) {
      const upper = ch !== ch.toLowerCase();
      if (upper) await keyboard.locator('[data-skbtn="{shift}"]').click();
      const button = ch === ' ' ? '{space}' : ch;
      await keyboard.locator(`[data-skbtn="${button}"]`).first().click();
      if (upper) await keyboard.locator('[data-skbtn="{shift}"]').click();
    }
  }

  async fillForm(values: { fullName: string; email: string; phone: string }): Promise<void> {
    await this.field('fullName').fill(values.fullName);
    await this.field('email').fill(values.email);
    await this.field('phone').fill(values.phone);
  }

  /** A keyboard-wedge scanner "types" the code fast and presses Enter. */
  scanWithWedge = (code: string, msPerKey = 8) => scanWithWedge(this.page, code, msPerKey);

  result = () => this.page.getByTestId('scan-result');
  backHome = () => this.page.getByRole('button', { name: 'Oke' }).click();

  async checkOut(items: string[]): Promise<void> {
    for (const item of items) await this.page.getByTestId(`checklist-${item}`).check();
    await this.page.getByTestId('checkout-send').click();
  }

  /** "Selesai & keluar": the kiosk asks for the visitor's QR. */
  async startFinishing(): Promise<void> {
    await this.page.getByTestId('finish-button').click();
    await this.page.getByTestId('finish-scan').waitFor();
  }

  /** Taps a button that ends a check-out, and waits until the kiosk has told the core so. */
  async tapAndCancelCheckout(testId: string): Promise<void> {
    await Promise.all([
      this.calls.next('scans.cancelCheckout', 5_000),
      this.page.getByTestId(testId).click(),
    ]);
  }

  /** The welcome screen is back (its scan card is only there). */
  home = (): Locator => this.page.getByTestId('scan-card');

  giveConsent = () => this.page.getByTestId('field-consent').check();
  submit = () => this.page.getByTestId('submit-registration').click();

  /** Screenshots the QR on screen and decodes it, as the desk scanner would read it. */
  async readTicketQr(): Promise<string | null> {
    const png = PNG.sync.read(await this.page.getByTestId('ticket-qr').screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }
}
