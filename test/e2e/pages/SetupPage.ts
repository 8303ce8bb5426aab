import type { Locator, Page } from '@playwright/test';
import { watchCalls, type CallLog } from '../calls';
import { PNG } from 'pngjs';

/** A small real PNG, as an office's logo file would be. */
export function logoPng(width = 96, height = 48): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data.set([0x1c, 0x7e, 0xd6, 0xff], i * 4);
  }
  return PNG.sync.write(png);
}

/** An office emblem as a logo file would hold one: a ring and a star-ish centre on transparency. */
export function emblemPng(size = 160): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c + 0.5, y - c + 0.5) / c;
      const angle = Math.atan2(y - c, x - c);
      const star = r < 0.42 + 0.14 * Math.cos(5 * angle);
      const colour =
        r > 1
          ? [0, 0, 0, 0]
          : r > 0.86
            ? [0x1f, 0x4e, 0x85, 255]
            : r > 0.78
              ? [255, 255, 255, 255]
              : star
                ? [0xe6, 0xa1, 0x00, 255]
                : [0x1f, 0x4e, 0x85, 255];
      png.data.set(colour, (y * size + x) * 4);
    }
  return PNG.sync.write(png);
}

/** The first-run setup screen, step by step. */
export class SetupPage {
  readonly calls: CallLog;

  constructor(readonly page: Page) {
    this.calls = watchCalls(page);
  }

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
