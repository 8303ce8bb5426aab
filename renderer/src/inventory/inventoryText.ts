// Small words the inventory's screens share: an item's place in words, a file saved from the core's
// answer (PDF, xlsx), and a period of whole site days as the core wants it (epoch ms, end exclusive).
import type { TFunction } from 'i18next';
import { localDayRange } from '../../../shared/rules/siteCalendar';

export interface PlaceLike {
  readonly kind: 'desk' | 'room' | 'store';
  readonly deskNumber: number | null;
  readonly room: string;
}

export function placeText(t: TFunction, p: PlaceLike | null | undefined): string {
  if (!p) return '—';
  if (p.kind === 'desk') return t('inventory.place.desk', { desk: p.deskNumber ?? '?' });
  if (p.kind === 'room') return t('inventory.place.room', { room: p.room });
  return t('inventory.place.store');
}

/** From the start of `fromDay` to the end of `toDay` in the site's zone. */
export function periodOf(fromDay: string, toDay: string, timeZone: string): { fromMs: number; toMs: number } {
  return { fromMs: localDayRange(fromDay, timeZone).start, toMs: localDayRange(toDay, timeZone).end };
}

// Badge colours that keep white text readable (WCAG AA): a dark amber for "in between" states.
const AMBER = '#a14500';
export const CONDITION_COLOR = { baik: 'teal.9', rusak_ringan: AMBER, rusak_berat: 'red.9' } as const;
export const STATUS_COLOR = { active: 'gray.7', missing: 'red.9', written_off: 'gray.8' } as const;
export const PROBLEM_COLOR = {
  reported: 'red.9',
  in_repair: AMBER,
  fixed: 'teal.9',
  written_off: 'gray.8',
} as const;
