import type { KioskCore } from '../../electron/services/core/kioskCore';
import type { Result } from '../../shared/result';
import { TEST_ADMIN } from './testCore';

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

let people = 0;

/** Drives a core the way the front desk does: officer sign-in, reservations, scans. */
export class DeskDay {
  private session = '';
  constructor(readonly core: KioskCore) {}

  /** The site's first admin, signed in with their PIN at the desk (again after a session ended). */
  async officer(): Promise<{ session: string }> {
    if (!this.session) {
      const list = unwrap(await this.core.call('officers.signInList', {})) as {
        items: { id: string; fullName: string }[];
      };
      const admin = list.items.find((o) => o.fullName === TEST_ADMIN.fullName);
      if (!admin) throw new Error('the test site has no admin');
      this.session = (
        unwrap(await this.core.call('officer.unlock', { officerId: admin.id, pin: TEST_ADMIN.pin })) as {
          session: string;
        }
      ).session;
    }
    return { session: this.session };
  }

  /** Forgets the session, as a desk does after its officer locked it. */
  signOut(): void {
    this.session = '';
  }

  /** A call at the desk; after the desk locked itself (idle, as the test clock moved on), sign in again. */
  async officerCall<T = unknown>(method: string, input: unknown): Promise<Result<T>> {
    const first = (await this.core.call(method, input, await this.officer())) as Result<T>;
    if (first.ok || first.error.messageKey !== 'errors.officer.locked') return first;
    this.signOut();
    return (await this.core.call(method, input, await this.officer())) as Result<T>;
  }

  /** A reservation made by the officer for `day`, returning its QR token. */
  async reserve(
    day: string,
    deskNumber: number | null = null,
    name?: string,
  ): Promise<{ id: string; token: string }> {
    people += 1;
    const r = unwrap(
      await this.officerCall<{ reservation: { id: string }; token: string }>('reservations.create', {
        fullName: name ?? `Pengunjung ${people} Test`,
        email: `p${people}@example.id`,
        phone: `+62812${String(10000000 + people).slice(-8)}`,
        day,
        deskNumber,
        consent: true,
      }),
    );
    return { id: r.reservation.id, token: r.token };
  }

  /** A scan from the desk's serial scanner, as the hub hands it over. */
  scan(text: string) {
    return this.core.scans.handle({ text, source: 'serial', deviceId: 'serial:/dev/kiosk-scanner' });
  }
}
