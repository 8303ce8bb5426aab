// The guest book's steps at the kiosk, one question a screen (kiosk-ui.md §4, "Guest book"): which
// step follows which for this guest, and where "Langkah n dari m" stands. Pure, so it is unit-tested.
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

export type GuestStep =
  'phone' | 'returning' | 'name' | 'institution' | 'purpose' | 'other' | 'meet' | 'letter' | 'check';

export type PurposeChoice = { kind: 'service'; serviceId: ServiceId } | { kind: 'other'; text: string };

export interface FlowFacts {
  /** The phone matched an earlier entry (the "Apakah ini Anda?" question is asked). */
  readonly found: boolean;
  /** The guest took over their earlier name and institution. */
  readonly previous: boolean;
  /** The purpose came with the screen (a service standard's "ambil nomor"); it can still be changed. */
  readonly preselected: boolean;
  readonly purpose: PurposeChoice | null;
}

/** The steps this guest goes through, in order ("other" counts with the purpose). */
export function pathOf(f: FlowFacts): GuestStep[] {
  return [
    'phone',
    ...(f.found ? (['returning'] as const) : []),
    ...(f.previous ? [] : (['name', 'institution'] as const)),
    ...(f.preselected ? [] : (['purpose'] as const)),
    'meet',
    'letter',
    'check',
  ];
}

/** The step after `step` once it is answered. */
export function nextOf(step: GuestStep, f: FlowFacts): GuestStep {
  if (step === 'purpose' && f.purpose?.kind === 'other') return 'other';
  if (step === 'other') return 'meet';
  const path = pathOf(f);
  const i = path.indexOf(step);
  return path[i + 1] ?? 'check';
}

/** "Langkah n dari m" for the step on screen. */
export function progressOf(step: GuestStep, f: FlowFacts): { n: number; total: number } {
  const path = pathOf(f);
  const at = path.indexOf(step === 'other' ? 'purpose' : step);
  // "Other" of a preselected purpose changed on the check screen: shown as the check's neighbour.
  return { n: (at < 0 ? path.length - 1 : at) + 1, total: path.length };
}

/** Which step asks for the field a refused registration names. */
export function stepOfField(field: string): GuestStep {
  if (field === 'phone') return 'phone';
  if (field === 'identity.fullName' || field === 'identity') return 'name';
  if (field === 'identity.institution') return 'institution';
  if (field === 'purpose.text') return 'other';
  if (field.startsWith('purpose')) return 'purpose';
  if (field === 'meet') return 'meet';
  if (field === 'withLetter') return 'letter';
  return 'check';
}
