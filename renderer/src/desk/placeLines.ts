export interface PlaceLine {
  readonly number: number;
  readonly label: string;
}

/** "1 Meja dekat jendela" per line ↔ {number, label}. Blank lines are skipped. */
export function parsePlaceLines(
  text: string,
): { ok: true; items: PlaceLine[] } | { ok: false; line: number } {
  const items: PlaceLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^(\d{1,3})\s+(.+)$/.exec(line);
    if (!m) return { ok: false, line: i + 1 };
    items.push({ number: Number(m[1]), label: m[2]! });
  }
  return { ok: true, items };
}

export const formatPlaceLines = (items: readonly PlaceLine[]) =>
  items.map((i) => `${i.number} ${i.label}`).join('\n');
