// Seeded schedules for the multi-process fault harness: front-desk work on two or three kiosks
// sharing three desks and two lockers (so conflicts are frequent), portal bookings, syncs, and the
// nemesis: network faults per kiosk, the database "down", SIGKILL of a kiosk or of the server at a
// random moment, clock jumps. The same seed always gives the same schedule; the processes' timing
// around it is real, so a replay reproduces the faults, not every interleaving.
import { seededRandom } from '../seededRandom';
import { workloadDomains, type WorkloadDomain } from '../workloads';
import type { ProxyMode } from './faultProxy';

export type Step =
  | { readonly kind: 'reserve'; readonly kiosk: number }
  | { readonly kind: 'walkIn'; readonly kiosk: number }
  /** A visitor books on the portal: the reservation is born on the server. */
  | { readonly kind: 'portal' }
  /** A visitor scans their code at the kiosk where it was made (`home`), or at another one. */
  | { readonly kind: 'scan'; readonly kiosk: number; readonly ticket: number; readonly home: boolean }
  | { readonly kind: 'cancel'; readonly kiosk: number; readonly ticket: number }
  | { readonly kind: 'close'; readonly kiosk: number; readonly ticket: number }
  | { readonly kind: 'locker'; readonly kiosk: number; readonly ticket: number; readonly locker: number }
  /** A sync cycle; when `await` is false the schedule goes on while it is in flight. */
  /** One action of a visitor-service domain (the guest book, the survey…): test/support/workloads. */
  | { readonly kind: 'domain'; readonly kiosk: number; readonly domain: WorkloadDomain }
  | { readonly kind: 'sync'; readonly kiosk: number; readonly await: boolean }
  | { readonly kind: 'net'; readonly kiosk: number; readonly mode: ProxyMode }
  | { readonly kind: 'database'; readonly mode: ProxyMode }
  | { readonly kind: 'killKiosk'; readonly kiosk: number; readonly afterMs: number }
  | { readonly kind: 'killServer'; readonly afterMs: number }
  | { readonly kind: 'clock'; readonly kiosk: number; readonly minutes: number };

export interface FaultSchedule {
  readonly seed: number;
  readonly kiosks: number;
  readonly steps: readonly Step[];
}

export interface ScheduleShape {
  readonly minSteps: number;
  readonly maxSteps: number;
}

export const DEFAULT_SHAPE: ScheduleShape = { minSteps: 15, maxSteps: 35 };

/** The schedule for `seed`. */
export function faultSchedule(seed: number, shape: ScheduleShape = DEFAULT_SHAPE): FaultSchedule {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const kiosks = int(2, 3);
  const kiosk = () => int(0, kiosks - 1);
  const ticket = () => int(0, 20);
  const netMode = (): ProxyMode =>
    pick<ProxyMode>([
      { kind: 'pass' },
      { kind: 'pass' },
      { kind: 'delay', ms: int(5, 60) },
      { kind: 'drop' },
      { kind: 'cutReply', afterBytes: pick([0, 0, 1, 17, 100]) },
      { kind: 'blackhole' },
    ]);
  // Weighted so that a schedule has a few of each fault and plenty of work between them.
  const makers: readonly [number, () => Step][] = [
    [3, () => ({ kind: 'reserve', kiosk: kiosk() })],
    [2, () => ({ kind: 'walkIn', kiosk: kiosk() })],
    [1, () => ({ kind: 'portal' })],
    [6, () => ({ kind: 'scan', kiosk: kiosk(), ticket: ticket(), home: random() < 0.6 })],
    [1, () => ({ kind: 'cancel', kiosk: kiosk(), ticket: ticket() })],
    [2, () => ({ kind: 'close', kiosk: kiosk(), ticket: ticket() })],
    [1, () => ({ kind: 'locker', kiosk: kiosk(), ticket: ticket(), locker: int(1, 2) })],
    [5, () => ({ kind: 'sync', kiosk: kiosk(), await: random() < 0.5 })],
    [3, () => ({ kind: 'net', kiosk: kiosk(), mode: netMode() })],
    [1, () => ({ kind: 'database', mode: netMode() })],
    [0.6, () => ({ kind: 'killKiosk', kiosk: kiosk(), afterMs: int(0, 40) })],
    [0.25, () => ({ kind: 'killServer', afterMs: int(0, 40) })],
    [0.7, () => ({ kind: 'clock', kiosk: kiosk(), minutes: int(-30, 45) })],
    [2, () => ({ kind: 'domain', kiosk: kiosk(), domain: pick(workloadDomains) })],
  ];
  const total = makers.reduce((n, [w]) => n + w, 0);
  const step = (): Step => {
    let x = random() * total;
    for (const [w, make] of makers) {
      if (x < w) return make();
      x -= w;
    }
    return makers[0]![1]();
  };
  return { seed, kiosks, steps: Array.from({ length: int(shape.minSteps, shape.maxSteps) }, step) };
}
