import { describe, expect, it } from 'vitest';
import { formatPlaceLines, parsePlaceLines } from '../../renderer/src/desk/placeLines';

describe('desk list text', () => {
  it('reads "number name" lines and writes them back the same', () => {
    const text = '1 Meja jendela\n\n 2  Meja tengah \n12 Meja sudut';
    const parsed = parsePlaceLines(text);
    expect(parsed).toEqual({
      ok: true,
      items: [
        { number: 1, label: 'Meja jendela' },
        { number: 2, label: 'Meja tengah' },
        { number: 12, label: 'Meja sudut' },
      ],
    });
    expect(parsed.ok && formatPlaceLines(parsed.items)).toBe('1 Meja jendela\n2 Meja tengah\n12 Meja sudut');
  });
  it('names the line it cannot read', () => {
    expect(parsePlaceLines('1 Meja\nMeja tanpa nomor')).toEqual({ ok: false, line: 2 });
  });
});
