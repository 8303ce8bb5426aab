// A section of a service standard as rows a kiosk screen can page through: the screen never
// scrolls on the essential path (kiosk-ui.md §2.9), so a long list (PPID's eighteen steps) is cut
// into pages that each fit the content area, with "Berikutnya / Sebelumnya".

export type Row =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'item'; readonly text: string; readonly number: number | null };

/**
 * Characters that fit one page of the content area at the kiosk's body size (28 px on a 984 px
 * column: about 60 characters a line, 18 lines), counting each row's spacing as characters.
 */
export const PAGE_BUDGET = 1000;
const HEADING_COST = 90;
const ROW_COST = 60;

const costOf = (row: Row) => (row.kind === 'heading' ? HEADING_COST : row.text.length + ROW_COST);

/** Rows cut into pages of at most `budget`; a heading never ends a page, and a row is never split. */
export function paginate(rows: readonly Row[], budget = PAGE_BUDGET): Row[][] {
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  for (const row of rows) {
    const cost = costOf(row);
    if (page.length > 0 && used + cost > budget) {
      // A heading left alone at the bottom goes over with its first row.
      const last = page[page.length - 1];
      const carried = last?.kind === 'heading' ? [page.pop()!] : [];
      if (page.length > 0) pages.push(page);
      page = carried;
      used = carried.reduce((n, r) => n + costOf(r), 0);
    }
    page.push(row);
    used += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

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
