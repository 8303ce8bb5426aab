import type { Page } from '@playwright/test';
import { ADMIN_VIEWPORT } from '../fixtures';

/** The officer's desk on the second display. */
export class DeskPage {
  constructor(readonly page: Page) {}

  async open(url: string, pin = '1234'): Promise<void> {
    await this.page.setViewportSize(ADMIN_VIEWPORT);
    await this.page.goto(url.replace('#secret=', '#/desk?secret='));
    await this.page.getByTestId('officer-pin').fill(pin);
    await this.page.getByTestId('officer-unlock').click();
    await this.page.getByTestId('desk-screen').waitFor();
  }

  rows = () => this.page.getByTestId('reservation-row');
  search = (q: string) => this.page.getByTestId('reservation-search').fill(q);
}
