import type { Clock } from '../../shared/clock';

/**
 * A clock for end-to-end runs (LOKET_FAKE_NOW): starts at a chosen instant, runs at real speed,
 * and can be moved forward, so a Playwright test can live through a whole desk day. Never used
 * unless that variable is set.
 */
export class TestClock implements Clock {
  private offset: number;
  constructor(start: number) {
    this.offset = start - Date.now();
  }
  now(): number {
    return Date.now() + this.offset;
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}
