import type { Locator, Page } from '@playwright/test';

/** The guest book: the visitor's steps at the kiosk, and the officer's tab on the desk. */
export class GuestbookPage {
  constructor(readonly page: Page) {}

  // ---- at the kiosk ----
  start = () => this.page.getByTestId('guestbook-button').click();
  step = (name: string): Locator => this.page.getByTestId(`guest-step-${name}`);
  field = (name: string): Locator => this.page.getByTestId(`guest-field-${name}`);
  next = () => this.page.getByTestId('guest-next').click();
  progress = (): Locator => this.page.getByTestId('guest-progress');

  /** Taps the on-screen keyboard's keys, one by one, as a visitor types. */
  async tapKeys(text: string): Promise<void> {
    const keyboard = this.page.getByTestId('on-screen-keyboard');
    for (const ch of text) {
      const upper = ch !== ch.toLowerCase();
      if (upper) await keyboard.locator('[data-skbtn="{shift}"]').click();
      await keyboard
        .locator(`[data-skbtn="${ch === ' ' ? '{space}' : ch}"]`)
        .first()
        .click();
      if (upper) await keyboard.locator('[data-skbtn="{shift}"]').click();
    }
  }

  /** Answers one typed question and goes on. */
  async answer(step: string, text: string): Promise<void> {
    await this.step(step).waitFor();
    await this.field(step).fill(text);
    await this.next();
  }

  option = (step: string) => this.page.getByTestId(`guest-option-${step}`).click();
  purpose = (serviceId: string) => this.page.getByTestId(`guest-purpose-${serviceId}`).click();
  choose = (step: string, id: string) => this.page.getByTestId(`guest-${step}-${id}`).click();
  consent = () => this.page.getByTestId('guest-consent').click();
  submit = () => this.page.getByTestId('guest-submit').click();
  number = (): Locator => this.page.getByTestId('guest-queue-number');

  // ---- at the desk ----
  openTab = async () => {
    await this.page.getByTestId('tab-guestbook').click();
    await this.page.getByTestId('guestbook-panel').waitFor();
  };
  view = (name: 'queue' | 'list' | 'settings') =>
    this.page
      .getByTestId('guestbook-views')
      .getByText({ queue: 'Antrean', list: 'Daftar tamu', settings: 'Pengaturan kios' }[name], {
        exact: true,
      })
      .click();
  waitingRow = (number: string): Locator =>
    this.page.locator(`[data-testid="guest-waiting-row"][data-number="${number}"]`);
  servingRow = (number: string): Locator =>
    this.page.locator(`[data-testid="guest-serving-row"][data-number="${number}"]`);
  listRow = (number: string): Locator =>
    this.page.locator(`[data-testid="guest-list-row"][data-number="${number}"]`);
}
