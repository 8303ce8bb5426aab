// Cutting a section of a service standard into pages that fit the kiosk's card, by the rows'
// measured heights: nothing split, nothing lost, no heading left alone at the foot of a page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginateByHeight } from '../../../renderer/src/standards/standardsPages';

describe('paginateByHeight', () => {
  it('keeps a section that fits on one page, without room for page buttons', () => {
    expect(paginateByHeight([100, 100, 100], 324, 12, 120)).toEqual([[0, 1, 2]]);
  });

  it('cuts a longer one leaving room for the page buttons on every page', () => {
    // 400 px: one page would need 100+12+100+12+100+12+100 = 436; with the buttons' 120 px, 280 remain.
    expect(paginateByHeight([100, 100, 100, 100], 400, 12, 120)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('carries a heading over to the page of its first row', () => {
    const heights = [40, 150, 40, 150];
    const heading = (i: number) => i === 0 || i === 2;
    // 260 px a page: heading+row (202) fits; the second heading would end the page, so it moves on.
    expect(paginateByHeight(heights, 380, 12, 120, heading)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginateByHeight([50, 900, 50], 500, 12, 120)).toEqual([[0], [1], [2]]);
  });

  it('loses, repeats and reorders no row, and overfills no page unless one row alone does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 40 }),
        fc.integer({ min: 150, max: 1200 }),
        fc.func(fc.boolean()),
        (heights, available, heading) => {
          const pages = paginateByHeight(heights, available, 12, 120, (i) => heading(i));
          expect(pages.flat()).toEqual(heights.map((_, i) => i));
          const room = pages.length > 1 ? available - 120 : available;
          for (const page of pages) {
            const used = page.reduce((n, i) => n + heights[i]!, 0) + 12 * (page.length - 1);
            // Over the room only when the page is one row (with the heading carried over to it).
            const carried = page[0] !== undefined && heading(page[0]) && page.length === 2 ? 1 : 0;
            if (used > room) expect(page.length - carried).toBe(1);
          }
        },
      ),
    );
  });
});
