import type { Locator, Page } from '@playwright/test';
import { watchCalls, type CallLog } from '../calls';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ADMIN_VIEWPORT, type KioskHost, type TestOfficer } from '../fixtures';
import { pickDay } from './DayPicker';
import { SignInPage } from './SignInPage';

export type DeskTab =
  | 'board'
  | 'reservations'
  | 'history'
  | 'recap'
  | 'requests'
  | 'agenda'
  | 'inventory'
  | 'devices'
  | 'officers'
  | 'roles'
  | 'audit'
  | 'visitors'
  | 'settings'
  | 'guestbook'
  | 'complaints'
  | 'survey'
  | 'standards';
export type DeskProblem = 'damage' | 'missing_item' | 'not_tidy';
export type SettingsSection =
  | 'office'
  | 'hours'
  | 'places'
  | 'floorPlan'
  | 'houseRules'
  | 'kioskServices'
  | 'documents'
  | 'requests'
  | 'sync';

/** A CSS attribute selector for an exact value, whatever quotes or backslashes a name holds. */
const attr = (name: string, value: string | number) =>
  `[${name}="${String(value).replace(/["\\]/g, (c) => `\\${c}`)}"]`;

/** The officer's desk on the second display. */
export class DeskPage {
  readonly calls: CallLog;

  constructor(readonly page: Page) {
    this.calls = watchCalls(page);
  }

  /** The session the desk signed in with, for checks over RPC. */
  session: string | null = null;

  /**
   * Opens the desk on its own display (#/desk) and signs in on the keypad as `officer` (default: the
   * first admin). The app opens on the first tab the officer may use; `tab` (default: reservations,
   * which the walk-in spec reads straight after opening) is chosen right after.
   */
  async open(
    host: KioskHost,
    tab: DeskTab | null = 'reservations',
    officer: Pick<TestOfficer, 'fullName' | 'pin'> = host.admin,
  ): Promise<void> {
    await this.page.setViewportSize(ADMIN_VIEWPORT);
    await this.page.goto(host.url.replace('#secret=', '#/desk?secret='));
    this.session = await new SignInPage(this.page).signIn(officer.fullName, officer.pin);
    await this.page.getByTestId('desk-screen').waitFor();
    if (tab) await this.openTab(tab);
  }

  async openTab(tab: DeskTab): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
    const panel: Record<DeskTab, string> = {
      board: 'board-panel',
      guestbook: 'guestbook-panel',
      complaints: 'complaints-panel',
      survey: 'survey-panel',
      standards: 'desk-standards',
      reservations: 'reservations-panel',
      history: 'history-panel',
      recap: 'recap-panel',
      requests: 'requests-panel',
      agenda: 'agenda-panel',
      inventory: 'inventory-panel',
      devices: 'print-jobs',
      officers: 'officers-panel',
      roles: 'roles-panel',
      audit: 'audit-panel',
      visitors: 'visitors-panel',
      settings: 'settings-panel',
    };
    await this.page.getByTestId(panel[tab]).waitFor();
  }

  /** Settings, one part: the office, hours and rules, desks and lockers, the room map, house rules. */
  async openSettings(section: SettingsSection): Promise<void> {
    await this.openTab('settings');
    await this.page.getByTestId(`settings-section-${section}`).click();
    const panel: Record<SettingsSection, string> = {
      office: 'settings-identity',
      hours: 'settings-rules',
      places: 'settings-desks',
      floorPlan: 'plan-editor',
      houseRules: 'settings-house-rules',
      kioskServices: 'settings-kiosk-services',
      documents: 'settings-documents',
      requests: 'settings-requests',
      sync: 'sync-settings',
    };
    await this.page.getByTestId(panel[section]).waitFor();
  }

  // ---- reservations tab ----
  rows = () => this.page.getByTestId('reservation-row');
  search = (q: string) => this.page.getByTestId('reservation-search').fill(q);
  /** One reservation row by the visitor's full name; `data-status` holds its status. */
  reservationRow = (name: string): Locator => this.rows().and(this.page.locator(attr('data-name', name)));

  /** "Reservasi baru": fills the form and submits it; leaves the dialog open on the QR (or on errors). */
  async newReservation(values: {
    fullName: string;
    email: string;
    phone: string;
    day?: string;
    desk?: number;
    consent?: boolean;
  }): Promise<void> {
    await this.page.getByTestId('new-reservation').click();
    await this.page.getByTestId('new-fullName').fill(values.fullName);
    await this.page.getByTestId('new-email').fill(values.email);
    await this.page.getByTestId('new-phone').fill(values.phone);
    if (values.day) await pickDay(this.page, 'new-day', values.day);
    if (values.desk !== undefined) await this.pick('new-desk', `${values.desk} ·`);
    if (values.consent !== false) await this.page.getByTestId('new-consent').check();
    await this.page.getByTestId('new-submit').click();
  }

  /** Screenshots the QR on screen (reservation dialog) and decodes it, as the scanner would. */
  async readQr(): Promise<string | null> {
    const png = PNG.sync.read(await this.page.getByTestId('reservation-qr').screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }

  async manualCheckIn(name: string, reason: string, desk?: number): Promise<void> {
    await this.reservationRow(name).getByTestId('row-check-in').click();
    await this.page.getByTestId('manual-reason').fill(reason);
    if (desk !== undefined) await this.pick('manual-desk', `${desk} ·`);
    await this.page.getByTestId('manual-submit').click();
  }

  async cancelReservation(name: string, reason: string): Promise<void> {
    await this.reservationRow(name).getByTestId('row-cancel').click();
    await this.page.getByTestId('cancel-reason').fill(reason);
    await this.page.getByTestId('cancel-submit').click();
  }

  // ---- board tab ----
  /** A desk on the board: `data-state` is free | in_use | awaiting_check | overstay, `data-warning` the level. */
  boardDesk = (n: number): Locator => this.page.getByTestId(`board-desk-${n}`);
  overstayList = (): Locator => this.page.getByTestId('overstay-list');
  overstayItems = (): Locator => this.page.getByTestId('overstay-item');
  lockersInUse = (): Locator => this.page.getByTestId('lockers-in-use');
  todayNumber = (what: 'reserved' | 'arrived' | 'notYetArrived' | 'noShows' | 'completed'): Locator =>
    this.page.getByTestId(`today-${what}`);
  openVisitRow = (name: string): Locator =>
    this.page.getByTestId('open-visit-row').and(this.page.locator(attr('data-name', name)));
  scanToasts = (): Locator => this.page.getByTestId('scan-toast');

  /** The confirmation-queue card of a visitor who reported done. */
  confirmQueueItem = (name: string): Locator =>
    this.page.getByTestId('confirm-item').and(this.page.locator(attr('data-name', name)));

  confirmAllWell = (name: string) => this.confirmQueueItem(name).getByTestId('confirm-all-well').click();

  async confirmWithProblem(name: string, problems: readonly DeskProblem[], note: string): Promise<void> {
    await this.confirmQueueItem(name).getByTestId('confirm-problem').click();
    for (const p of problems) await this.page.getByTestId(`problem-${p}`).check();
    await this.page.getByTestId('problem-note').fill(note);
    await this.page.getByTestId('problem-submit').click();
    await this.page.getByTestId('problem-submit').waitFor({ state: 'detached' });
  }

  async assignLocker(name: string, locker: number, keyHandedOut = true): Promise<void> {
    await this.openVisitRow(name).getByTestId('visit-locker').click();
    await this.pick('locker-select', `${locker} ·`);
    await this.page.getByTestId('locker-key-out').setChecked(keyHandedOut);
    await this.page.getByTestId('locker-save').click();
    await this.page.getByTestId('locker-save').waitFor({ state: 'detached' });
  }

  async changeDesk(name: string, desk: number): Promise<void> {
    await this.openVisitRow(name).getByTestId('visit-change-desk').click();
    await this.pick('desk-select', `${desk} ·`);
    await this.page.getByTestId('desk-save').click();
    await this.page.getByTestId('desk-save').waitFor({ state: 'detached' });
  }

  /** "Tutup (pulang tanpa lapor)" with its required reason. */
  async closeWithoutCheckout(name: string, reason: string): Promise<void> {
    await this.openVisitRow(name).getByTestId('visit-close').click();
    await this.page.getByTestId('close-reason').fill(reason);
    await this.page.getByTestId('close-submit').click();
  }

  // ---- history tab ----
  historyRows = (): Locator => this.page.getByTestId('history-row');
  historySearch = (q: string) => this.page.getByTestId('history-search').fill(q);

  // ---- settings tab ----
  async addHoliday(date: string, name: string): Promise<void> {
    await pickDay(this.page, 'rules-holiday-date', date);
    await this.page.getByTestId('rules-holiday-name').fill(name);
    await this.page.getByTestId('rules-holiday-add').click();
  }
  holidays = (): Locator => this.page.getByTestId('rules-holiday');
  saveRules = () => this.page.getByTestId('rules-save').click();

  /** Chooses an option of a Mantine Select by the start of its label ("3 ·" for desk 3). */
  private async pick(testId: string, optionStart: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page
      .getByRole('option')
      .filter({ hasText: new RegExp(`^${optionStart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first()
      .click();
  }
}
