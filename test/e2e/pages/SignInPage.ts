import type { Locator, Page } from '@playwright/test';
import { watchCalls, type CallLog } from '../calls';

/** The officer sign-in screen, driven as on the touch-only kiosk: a name, then the on-screen keypad. */
export class SignInPage {
  readonly calls: CallLog;

  constructor(readonly page: Page) {
    this.calls = watchCalls(page);
  }

  screen = (): Locator => this.page.getByTestId('sign-in-screen');
  names = (): Locator => this.page.getByTestId('sign-in-name');
  error = (): Locator => this.page.getByTestId('sign-in-error');
  notice = (): Locator => this.page.getByTestId('sign-in-notice');

  pick = (fullName: string) => this.names().filter({ hasText: fullName }).first().click();

  /** Taps each digit on the keypad (`testId` names the pad: pin, new-pin, repeat-pin, current-pin). */
  async tapPin(pin: string, testId = 'pin'): Promise<void> {
    for (const digit of pin) await this.page.getByTestId(`${testId}-key-${digit}`).click();
  }

  /** Types the PIN on the keypad and taps OK. */
  async enterPin(pin: string, testId = 'pin'): Promise<void> {
    await this.tapPin(pin, testId);
    await this.page.getByTestId(`${testId}-ok`).click();
  }

  /** Picks the name, types the PIN; resolves with the session the host gave (for checks over RPC). */
  async signIn(fullName: string, pin: string): Promise<string | null> {
    await this.pick(fullName);
    const [answer] = await Promise.all([
      this.calls.next<{ session: string }>('officer.unlock'),
      this.enterPin(pin),
    ]);
    return answer.ok ? answer.value.session : null;
  }
}
