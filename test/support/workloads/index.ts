// Each visitor-service domain's part of the sync workloads (issue 11 onwards): the desk-day that
// the operation-registry test runs (every operation type written once at least), one action the
// multi-process fault harness can schedule, and the checker's questions about that domain's records
// (lost, duplicated, unexpected, kiosks differing from the server). A new domain adds one line below.
import type { Kysely } from 'kysely';
import type { KioskCore } from '../../../electron/services/core/kioskCore';
import type { ServerDb } from '../../../server/db/schema';
import type { ManualClock } from '../../../shared/clock';
import type { DeskDay } from '../deskDay';
import type { KioskView } from '../syncChecker';
import { complaintsWorkload } from './complaints';
import { inventoryWorkload } from './inventory';
import { recapsWorkload } from './recaps';
import { requestsWorkload } from './requests';
import { guestbookWorkload } from './guestbook';
import { standardsWorkload } from './standards';
import { surveyWorkload } from './survey';

export interface DomainWorkload {
  /** Every operation type of the domain, made through the core's public API as its users would. */
  deskDay(desk: DeskDay, core: KioskCore, clock: ManualClock): Promise<void>;
  /** One action of the domain for the fault harness; `n` is unique within the schedule. */
  faultAction(desk: DeskDay, core: KioskCore, n: number): Promise<void>;
  /** After healing: what is wrong with the domain's records, read from the databases directly. */
  check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]): Promise<string[]>;
}

export const domainWorkloads = {
  guestbook: guestbookWorkload,
  standards: standardsWorkload,
  survey: surveyWorkload,
  complaints: complaintsWorkload,
  inventory: inventoryWorkload,
  recaps: recapsWorkload,
  requests: requestsWorkload,
} as const satisfies Record<string, DomainWorkload>;

export type WorkloadDomain = keyof typeof domainWorkloads;
export const workloadDomains = Object.keys(domainWorkloads) as WorkloadDomain[];
