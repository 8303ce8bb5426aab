// A section of a service standard as rows a kiosk screen can page through: the screen never
// scrolls on the essential path (kiosk-ui.md §2.9), so a long list (PPID's eighteen steps) is cut
// into pages that each fit the content area, with "Berikutnya / Sebelumnya". The rows are measured
// as the screen draws them (any panel, either orientation, larger text), then cut by height.

export type Row =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'item'; readonly text: string; readonly number: number | null }
  | { readonly kind: 'note'; readonly text: string }
  /** One text on its own (the product, the cost, the notice): no number or bullet. */
  | { readonly kind: 'paragraph'; readonly text: string };

/**
 * Row indexes cut into pages: each page's rows, with the gap between them, fit `available` px; when
 * there is more than one page, each also leaves `pagerReserve` px for the page buttons. A heading
 * never ends a page (it goes over with its first row), and a row is never split: one taller than a
 * page gets a page of its own.
 */
export function paginateByHeight(
  heights: readonly number[],
  available: number,
  gap: number,
  pagerReserve: number,
  isHeading: (index: number) => boolean = () => false,
): number[][] {
  const fit = (room: number): number[][] => {
    const pages: number[][] = [];
    let page: number[] = [];
    let used = 0;
    heights.forEach((h, i) => {
      const needed = page.length === 0 ? h : used + gap + h;
      if (page.length > 0 && needed > room) {
        const carried = isHeading(page[page.length - 1]!) && page.length > 1 ? [page.pop()!] : [];
        pages.push(page);
        page = carried;
        used = carried.reduce((n, j, k) => n + heights[j]! + (k > 0 ? gap : 0), 0);
        page.push(i);
        used += (carried.length > 0 ? gap : 0) + h;
      } else {
        page.push(i);
        used = needed;
      }
    });
    if (page.length > 0) pages.push(page);
    return pages;
  };
  const whole = fit(available);
  return whole.length <= 1 ? whole : fit(available - pagerReserve);
}

/** A single text under its heading. */
export const paragraphRows = (heading: string, text: string): Row[] => [
  { kind: 'heading', text: heading },
  { kind: 'paragraph', text },
];

/** A numbered list (requirements, steps) or a plain one (facilities), optionally under a heading. */
export function listRows(
  items: readonly string[],
  options: { heading?: string; numbered?: boolean } = {},
): Row[] {
  return [
    ...(options.heading ? [{ kind: 'heading' as const, text: options.heading }] : []),
    ...items.map((text, i) => ({
      kind: 'item' as const,
      text,
      number: options.numbered === false ? null : i + 1,
    })),
  ];
}
