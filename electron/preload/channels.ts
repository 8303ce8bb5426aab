// The IPC channel names main and preload agree on. Deliberately free of runtime imports: the preload
// is bundled into one CommonJS file for the sandbox, and importing shared/contract would drag zod and
// every schema into it (the schemas run in main, which is where the payload is parsed anyway). The
// lists below are checked against the contract at compile time, and test/electron/preload.test.ts
// checks them at run time, so a method added to the contract cannot be forgotten here.
import type { EventName, MethodName } from '../../shared/contract';
import { GUESTBOOK_METHOD_NAMES } from './channels/guestbook';
import { STANDARDS_METHOD_NAMES } from './channels/standards';
import { SURVEY_METHOD_NAMES } from './channels/survey';
import { COMPLAINTS_METHOD_NAMES } from './channels/complaints';
import { INVENTORY_METHOD_NAMES } from './channels/inventory';
import { RECAPS_METHOD_NAMES } from './channels/recaps';
import { REQUESTS_METHOD_NAMES } from './channels/requests';

export const METHOD_NAMES = [
  'app.info',
  'site.get',
  'site.update',
  'setup.complete',
  'setup.useSampleData',
  'setup.leaveSampleData',
  'officers.signInList',
  'officer.me',
  'officer.changePin',
  'officers.list',
  'officers.create',
  'officers.update',
  'officers.setActive',
  'officers.resetPin',
  'roles.list',
  'roles.save',
  'audit.list',
  'audit.exportCsv',
  'visitors.search',
  'visitors.export',
  'visitors.erase',
  'scans.claimCheckout',
  'settings.security.get',
  'settings.security.update',
  'settings.privacy.get',
  'settings.privacy.update',
  'settings.houseRules.get',
  'settings.houseRules.update',
  'settings.documents.get',
  'settings.documents.update',
  'officer.unlock',
  'officer.lock',
  'reservations.createWalkIn',
  'reservations.list',
  'reservations.create',
  'reservations.update',
  'reservations.cancel',
  'reservations.ticket',
  'desks.list',
  'desks.replace',
  'lockers.list',
  'desks.today',
  'floorPlan.get',
  'floorPlan.save',
  'lockers.replace',
  'visits.board',
  'visits.history',
  'visits.manualCheckIn',
  'visits.changeDesk',
  'visits.assignLocker',
  'visits.confirmCheckout',
  'visits.closeWithoutCheckout',
  'scans.submit',
  'scans.expectCheckout',
  'scans.cancelCheckout',
  'scans.checkout',
  'devices.list',
  'scanners.settings',
  'scanners.configure',
  'scanners.available',
  'scanners.testScan',
  'scanners.wedgeTiming',
  'printers.settings',
  'printers.configure',
  'printers.testPage',
  'printJobs.list',
  'printJobs.preview',
  'printJobs.confirmPrinted',
  'printJobs.reprint',
  'printJobs.cancel',
  'print.checkInSlip',
  'print.reservationSlip',
  'reports.dailyRecap',
  'reports.printDailyRecap',
  'settings.rules.get',
  'settings.rules.update',
  'settings.kioskServices.get',
  'settings.kioskServices.update',
  'sync.status',
  'sync.join',
  'setup.join',
  'sync.now',
  'sync.refused',
  ...GUESTBOOK_METHOD_NAMES,
  ...STANDARDS_METHOD_NAMES,
  ...SURVEY_METHOD_NAMES,
  ...COMPLAINTS_METHOD_NAMES,
  ...INVENTORY_METHOD_NAMES,
  ...RECAPS_METHOD_NAMES,
  ...REQUESTS_METHOD_NAMES,
] as const satisfies readonly MethodName[];

export const EVENT_NAMES = [
  'data.changed',
  'devices.status',
  'scans.result',
  'visits.warning',
  'print.jobChanged',
  'sync.changed',
] as const satisfies readonly EventName[];

// A name in the contract but missing above makes these lines fail to compile, naming it.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
export const allMethodsListed: Missing<MethodName, (typeof METHOD_NAMES)[number]> = true;
export const allEventsListed: Missing<EventName, (typeof EVENT_NAMES)[number]> = true;

/** One channel per method (Electron security checklist #20: one method per operation). */
export const METHOD_CHANNEL_PREFIX = 'kiosk:';
export const methodChannel = (method: MethodName): string => `${METHOD_CHANNEL_PREFIX}${method}`;
/** Every pushed event travels on this one channel as (name, payload). */
export const EVENT_CHANNEL = 'kiosk:event';

const methodSet: ReadonlySet<string> = new Set(METHOD_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);
export const isKnownMethod = (m: unknown): m is MethodName => typeof m === 'string' && methodSet.has(m);
export const isKnownEvent = (e: unknown): e is EventName => typeof e === 'string' && eventSet.has(e);
