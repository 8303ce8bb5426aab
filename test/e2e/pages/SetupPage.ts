import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** A small real PNG, as an office's logo file would be. */
export function logoPng(width = 96, height = 48): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data.set([0x1c, 0x7e, 0xd6, 0xff], i * 4);
  }
  return PNG.sync.write(png);
}

/** The first-run setup screen, step by step. */
export class SetupPage {
  constructor(readonly page: Page) {}

  screen = (): Locator => this.page.getByTestId('setup-screen');
  step = (name: 'office' | 'admin' | 'places' | 'hours' | 'check'): Locator =>
    this.page.getByTestId(`setup-step-${name}`);
  next = () => this.page.getByTestId('setup-next').click();

  fill = (testId: string, value: string) => this.page.getByTestId(testId).fill(value);

  /** Chooses a logo file as the file dialog would give it. */
  chooseLogo = (file: { name: string; mimeType: string; buffer: Buffer }) =>
    this.page.locator('[data-testid="identity-fields"] input[type="file"]').setInputFiles(file);

  /** "Buat N meja" (or lockers) in one zone. */
  async makePlaces(kind: 'desks' | 'lockers', count: number, zone = ''): Promise<void> {
    await this.page.getByTestId(`places-${kind}-count`).fill(String(count));
    await this.page.getByTestId(`places-${kind}-zone`).fill(zone);
    await this.page.getByTestId(`places-${kind}-make`).click();
  }
}
