// What a domain of the kiosk's core gets to work with (the guest book, the service standards, the
// survey, complaints…): the command runner's dependencies and the site's settings, printer and timers.
import type { Clock, Timers } from '../../../shared/clock';
import type { SiteIdentityStore } from '../app/siteSettings';
import type { Printing } from '../printing/printing';
import type { PrivacyStore, RulesStore } from '../settings/rules';
import type { CommandDeps } from './command';

export interface DomainContext {
  readonly deps: CommandDeps;
  readonly clock: Clock;
  readonly timers: Timers;
  /** Service hours, holidays, the site's time zone (siteDay) and the coworking rules. */
  readonly rules: RulesStore;
  readonly privacy: PrivacyStore;
  /** The office's name, letterhead and logo. */
  readonly site: SiteIdentityStore;
  readonly printing: Printing;
  /** The folder of uploaded letters, content-addressed (electron/services/files/letterStore.ts). */
  readonly lettersDir: string;
}
