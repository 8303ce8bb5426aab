import { describe, expect, it } from 'vitest';
import { civic, colours, desk, kiosk, map } from '../../shared/theme/tokens';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, bl] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The theme's numbers against ../shared/reference/kiosk-ui.md §1: measured here, not assumed.
describe('the theme’s contrast (kiosk-ui.md §1.4)', () => {
  it('keeps body text at AAA and secondary text above AA on white and on the kiosk’s page', () => {
    for (const ground of [colours.surface, colours.page, civic[0]]) {
      expect(contrast(colours.text, ground)).toBeGreaterThanOrEqual(7);
      expect(contrast(colours.dimmed, ground)).toBeGreaterThanOrEqual(7);
    }
  });

  it('writes errors at ≥ 4.5:1 and draws control boundaries at ≥ 3:1', () => {
    expect(contrast(colours.error, colours.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.error, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.controlBorder, colours.surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.controlBorder, colours.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.placeholder, colours.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('puts white on the primary colour at AAA, and the map’s words at ≥ 4.5:1', () => {
    expect(contrast('#ffffff', colours.primary)).toBeGreaterThanOrEqual(7);
    expect(contrast(map.litText, map.lit)).toBeGreaterThanOrEqual(7);
    expect(contrast(map.deskText, map.desk)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(map.deskText, map.taken)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(map.free, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(map.entrance, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.free, colours.surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the theme’s sizes (kiosk-ui.md §1.2–1.3)', () => {
  it('sizes kiosk targets for a 21.5″ panel: primary ≥ 112, others ≥ 88, keys ≥ 80, boxes 48', () => {
    expect(kiosk.target.primary).toBeGreaterThanOrEqual(112);
    expect(kiosk.target.control).toBeGreaterThanOrEqual(88);
    expect(kiosk.target.band).toBeGreaterThanOrEqual(88);
    expect(kiosk.target.key).toBeGreaterThanOrEqual(80);
    expect(kiosk.target.checkbox).toBeGreaterThanOrEqual(48);
    expect(kiosk.target.minimum).toBeGreaterThanOrEqual(64);
    expect(kiosk.target.gap).toBeGreaterThanOrEqual(12);
  });

  it('never writes visitor text under 24 px, body 28, headings 40 and 56–64, key numbers ≥ 160', () => {
    expect(Math.min(...Object.values(kiosk.type))).toBeGreaterThanOrEqual(24);
    expect(kiosk.type.body).toBe(28);
    expect(kiosk.type.h2).toBe(40);
    expect(kiosk.type.h1).toBeGreaterThanOrEqual(56);
    expect(kiosk.type.h1).toBeLessThanOrEqual(64);
    expect(kiosk.type.number).toBeGreaterThanOrEqual(160);
  });

  it('keeps the desk dense but readable: base 16, nothing under 14, chips ≥ 24 tall', () => {
    expect(desk.type.md).toBe(16);
    expect(Math.min(...Object.values(desk.type))).toBeGreaterThanOrEqual(14);
    expect(desk.chipHeight).toBeGreaterThanOrEqual(24);
  });
});
