// A hand-written fake of the parts of Electron that Loket uses. `electron` cannot be installed on the
// build machines, so vitest.config.ts aliases every import of it to this file. It is a fake at the
// edge of the world, not a mock of our code: it behaves the way Electron documents, including the
// parts that make wrong code fail —
// - protocol.registerSchemesAsPrivileged and app.enableSandbox throw after ready; protocol.handle
//   throws before it; ipcMain.handle throws on a second handler for a channel;
// - IPC arguments, return values and sent events are structured-cloned (functions cannot cross),
//   invoke and send are asynchronous, and an invoke with no handler rejects;
// - contextBridge copies what it exposes: functions are proxied, objects lose their prototype, so
//   handing a page an IpcRendererEvent would hand it `sender` (ipcRenderer) as well;
// - with no permission handler set, a session grants every request (Electron's default);
// - with no setWindowOpenHandler, window.open is allowed; with no 'window-all-closed' listener the
//   app quits when the last window closes.
// Tests drive it through `fakeElectron` (and the `drive*` helpers on webContents); resetFakeElectron()
// starts each test from a fresh app.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeNavigationEvent extends FakeEvent {
  constructor(readonly url: string) {
    super();
  }
}

// ---------------------------------------------------------------- app

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** Another process already holds the single-instance lock. */
  otherInstanceRunning = false;
  hasSingleInstanceLock = false;
  sandboxEnabled = false;
  quitCount = 0;
  quitted = false;
  version = '0.0.0-test';
  readonly paths: Record<string, string> = { userData: join(tmpdir(), 'loket-fake-userData') };
  #ready = false;
  #readying: Promise<void> | undefined;

  requestSingleInstanceLock(): boolean {
    if (this.otherInstanceRunning) return false;
    this.hasSingleInstanceLock = true;
    return true;
  }

  enableSandbox(): void {
    if (this.#ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }

  isReady(): boolean {
    return this.#ready;
  }

  /** Ready arrives asynchronously, as it does while Chromium starts. */
  whenReady(): Promise<void> {
    this.#readying ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.#ready = true;
        this.emit('ready', new FakeEvent(), {});
        resolve();
      }),
    );
    return this.#readying;
  }

  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  getVersion(): string {
    return this.version;
  }

  /** before-quit → windows close → will-quit → quit, each preventable as in Electron. */
  quit(): void {
    this.quitCount++;
    if (this.quitted) return;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const win of FakeBrowserWindow.getAllWindows()) win.destroy({ quitting: true });
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitted = true;
    this.emit('quit', new FakeEvent(), 0);
  }

  /** Test driver: someone launched the app again; Electron tells the lock holder. */
  driveSecondInstance(argv: string[] = ['loket']): void {
    this.emit('second-instance', new FakeEvent(), argv, process.cwd(), {});
  }
}

// ---------------------------------------------------------------- session

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
    this.devicePermissionHandler = handler;
  }

  /** A page asks for a permission (getUserMedia, Notification.requestPermission…). Default: granted. */
  driveRequest(webContents: unknown, permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(webContents, permission, resolve, { requestingUrl: 'app://loket/' }),
    );
  }
  /** A page checks a permission (navigator.permissions.query…). Default: granted. */
  driveCheck(webContents: unknown, permission: string, origin = 'app://loket'): boolean {
    return this.permissionCheckHandler
      ? this.permissionCheckHandler(webContents, permission, origin, {})
      : true;
  }
  /** A page asks for a HID/serial/USB device. Default: Electron asks the select-*-device events; granted here. */
  driveDevice(deviceType: 'hid' | 'serial' | 'usb'): boolean {
    return this.devicePermissionHandler
      ? this.devicePermissionHandler({ deviceType, origin: 'app://loket' })
      : true;
  }
}

// ---------------------------------------------------------------- renderer side: ipcRenderer, contextBridge

/** What a preload gets as the first listener argument: the event, whose `sender` is ipcRenderer. */
export interface FakeIpcRendererEvent {
  readonly sender: FakeIpcRenderer;
  readonly senderId: number;
  readonly ports: unknown[];
}

export class FakeIpcRenderer {
  readonly #emitter = new EventEmitter();
  constructor(readonly page: FakePage) {}

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const cloned = structuredClone(args); // throws DataCloneError for functions, as Electron does
    await new Promise((resolve) => setImmediate(resolve));
    const wc = this.page.webContents;
    return ipcMain.driveInvoke(
      channel,
      { sender: wc, senderFrame: wc.isDestroyed() ? null : { url: this.page.url } },
      ...cloned,
    );
  }

  on(channel: string, listener: Listener): this {
    this.#emitter.on(channel, listener);
    return this;
  }
  once(channel: string, listener: Listener): this {
    this.#emitter.once(channel, listener);
    return this;
  }
  removeListener(channel: string, listener: Listener): this {
    this.#emitter.removeListener(channel, listener);
    return this;
  }
  off(channel: string, listener: Listener): this {
    return this.removeListener(channel, listener);
  }
  removeAllListeners(channel?: string): this {
    this.#emitter.removeAllListeners(channel);
    return this;
  }
  listenerCount(channel: string): number {
    return this.#emitter.listenerCount(channel);
  }

  /** Called by webContents.send (already cloned, already asynchronous). */
  deliver(channel: string, args: unknown[]): void {
    const event: FakeIpcRendererEvent = { sender: this, senderId: 0, ports: [] };
    this.#emitter.emit(channel, event, ...args);
  }
}

/** Copies a value across the context bridge the way Electron does (docs: context-bridge, "Parameter / Error / Return Type support"). */
function bridgeValue(value: unknown, depth = 0): unknown {
  if (depth > 1000) throw new Error('Object is too deeply nested to cross the context bridge');
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      try {
        return bridgeValue(fn(...args.map((a) => bridgeValue(a, depth + 1))), depth + 1);
      } catch (err) {
        // Only the message crosses the bridge; the original error (and its cause) stays behind.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(err instanceof Error ? err.message : String(err));
      }
    };
  }
  if (value instanceof Promise) {
    return value.then(
      (v) => bridgeValue(v, depth + 1),
      (err: unknown) => {
        throw new Error(err instanceof Error ? err.message : String(err));
      },
    );
  }
  if (value instanceof Error) return new Error(value.message);
  if (Array.isArray(value)) return value.map((v) => bridgeValue(v, depth + 1));
  if (value instanceof Uint8Array || value instanceof Date) return structuredClone(value);
  if (value !== null && typeof value === 'object') {
    // Own enumerable string keys only; the prototype (and its methods) stays behind.
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = bridgeValue(v, depth + 1);
    return copy;
  }
  return value;
}

export class FakeContextBridge {
  constructor(readonly page: FakePage) {}

  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (!this.page.contextIsolation)
      throw new Error('contextBridge API can only be used when contextIsolation is enabled');
    if (Object.hasOwn(this.page.mainWorld, apiKey)) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    }
    this.page.mainWorld[apiKey] = bridgeValue(api);
  }
}

/** One document loaded in a webContents: its preload world (ipcRenderer, contextBridge) and its page world. */
export class FakePage {
  readonly ipcRenderer = new FakeIpcRenderer(this);
  readonly contextBridge = new FakeContextBridge(this);
  /** The page's `window`: only what the preload exposed. */
  readonly mainWorld: Record<string, unknown> = {};
  constructor(
    readonly webContents: FakeWebContents,
    /** The frame's URL as Electron reports it in senderFrame.url. */
    readonly url: string,
    readonly contextIsolation: boolean,
  ) {}
}

// ---------------------------------------------------------------- webContents, BrowserWindow

let nextWebContentsId = 1;
let nextWindowId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession;
  url = '';
  loadedUrls: string[] = [];
  reloadCount = 0;
  sent: { channel: string; args: unknown[] }[] = [];
  devToolsOpen = false;
  /** What print() was asked, and how the fake OS printer answers (set by a test). */
  printed: { options: object; url: string }[] = [];
  printAnswer: { success: boolean; failureReason: string } = { success: true, failureReason: '' };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  #destroyed = false;
  readonly #pages = new Set<FakePage>();

  constructor(readonly webPreferences: Readonly<Record<string, unknown>>) {
    super();
    this.session = session.defaultSession;
  }

  print(options: object, callback: (success: boolean, failureReason: string) => void): void {
    this.printed.push({ options, url: this.url });
    const { success, failureReason } = this.printAnswer;
    setImmediate(() => callback(success, failureReason));
  }

  loadURL(url: string): Promise<void> {
    if (this.#destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.url = url;
    this.loadedUrls.push(url);
    this.#pages.clear(); // a new document: the old page's listeners are gone
    return Promise.resolve();
  }
  getURL(): string {
    return this.url;
  }
  reload(): void {
    this.reloadCount++;
    this.#pages.clear();
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  destroy(): void {
    this.#destroyed = true;
    this.#pages.clear();
    this.emit('destroyed');
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  openDevTools(): void {
    // Electron ignores openDevTools when webPreferences.devTools is false.
    if (this.webPreferences.devTools === false) return;
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  }
  closeDevTools(): void {
    if (this.devToolsOpen) {
      this.devToolsOpen = false;
      this.emit('devtools-closed');
    }
  }
  isDevToolsOpened(): boolean {
    return this.devToolsOpen;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    const cloned = structuredClone(args);
    this.sent.push({ channel, args: cloned });
    const pages = [...this.#pages];
    setImmediate(() => {
      for (const page of pages)
        if (this.#pages.has(page)) page.ipcRenderer.deliver(channel, structuredClone(cloned));
    });
  }

  // ---- test drivers: what the page or Chromium would do

  /** The current document, with its preload world. `frameUrl` simulates a subframe or a foreign page. */
  driveOpenPage(frameUrl: string = this.url): FakePage {
    const page = new FakePage(this, frameUrl, this.webPreferences.contextIsolation !== false);
    this.#pages.add(page);
    return page;
  }
  /** A link, form or location change. Returns true if the navigation went ahead. */
  driveNavigate(url: string): boolean {
    const event = new FakeNavigationEvent(url);
    this.emit('will-frame-navigate', event);
    if (event.defaultPrevented) return false;
    this.emit('will-navigate', event, url, false, true);
    if (event.defaultPrevented) return false;
    void this.loadURL(url);
    return true;
  }
  /** A server redirect during a navigation. Returns true if it was followed. */
  driveRedirect(url: string): boolean {
    const event = new FakeNavigationEvent(url);
    this.emit('will-redirect', event, url, false, true);
    if (event.defaultPrevented) return false;
    this.url = url;
    return true;
  }
  /** window.open or target=_blank. Electron allows it unless a handler says otherwise. */
  driveWindowOpen(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
  /** A <webview> about to attach. Returns true if it attached. */
  driveAttachWebview(src: string): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, { preload: 'evil.js' }, { src });
    return !event.defaultPrevented;
  }
  /** A key pressed while this window has focus. Returns true if the page receives it. */
  driveKey(input: Partial<FakeInput> & { code: string }): boolean {
    const event = new FakeEvent();
    this.emit('before-input-event', event, {
      type: 'keyDown',
      key: input.code,
      isAutoRepeat: false,
      isComposing: false,
      shift: false,
      control: false,
      alt: false,
      meta: false,
      location: 0,
      modifiers: [],
      ...input,
    });
    return !event.defaultPrevented;
  }
  /** The renderer process died. */
  driveRenderProcessGone(reason: string, exitCode = 1): void {
    this.#pages.clear();
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode });
  }
}

export interface FakeInput {
  type: string;
  key: string;
  code: string;
  isAutoRepeat: boolean;
  isComposing: boolean;
  shift: boolean;
  control: boolean;
  alt: boolean;
  meta: boolean;
  location: number;
  modifiers: string[];
}

const allWindows = new Set<FakeBrowserWindow>();

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return [...allWindows];
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return [...allWindows].find((w) => w.webContents === contents) ?? null;
  }

  readonly id = nextWindowId++;
  readonly webContents: FakeWebContents;
  visible = false;
  focused = false;
  minimized = false;
  kiosk: boolean;
  fullScreen: boolean;
  #destroyed = false;
  #markPainted!: () => void;
  /** Settles once the first frame is painted (ready-to-show has been emitted and its listeners ran). */
  readonly painted = new Promise<void>((resolve) => {
    this.#markPainted = resolve;
  });

  constructor(
    readonly options: Readonly<Record<string, unknown>> & { webPreferences?: Record<string, unknown> } = {},
  ) {
    super();
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.kiosk = options.kiosk === true;
    this.fullScreen = options.fullscreen === true || this.kiosk;
    this.visible = options.show !== false;
    this.webContents = new FakeWebContents({ ...(options.webPreferences ?? {}) });
    allWindows.add(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    const loaded = this.webContents.loadURL(url);
    // Chromium paints the first frame a moment later.
    setImmediate(() => {
      if (!this.#destroyed) this.emit('ready-to-show');
      this.#markPainted();
    });
    return loaded;
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    for (const w of allWindows) w.focused = false;
    this.focused = true;
    this.emit('focus');
  }
  isFocused(): boolean {
    return this.focused;
  }
  setKiosk(flag: boolean): void {
    this.kiosk = flag;
  }
  isKiosk(): boolean {
    return this.kiosk;
  }
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(opts: { quitting?: boolean } = {}): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    allWindows.delete(this);
    this.webContents.destroy();
    this.emit('closed');
    if (allWindows.size === 0 && !opts.quitting) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
  }
}

// ---------------------------------------------------------------- ipcMain

export interface FakeInvokeEvent {
  readonly sender: FakeWebContents;
  readonly senderFrame: { readonly url: string } | null;
}

class FakeIpcMain extends EventEmitter {
  readonly #handlers = new Map<string, (event: FakeInvokeEvent, ...args: unknown[]) => unknown>();
  /** Every invoke that reached main, in order (what crossed the process boundary). */
  invocations: { channel: string; args: unknown[] }[] = [];

  handle(channel: string, handler: (event: FakeInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.#handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.#handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }
  channels(): string[] {
    return [...this.#handlers.keys()];
  }
  reset(): void {
    this.#handlers.clear();
    this.invocations = [];
    this.removeAllListeners();
  }

  /**
   * Runs a registered handler as Electron would for an ipcRenderer.invoke: arguments and result
   * structured-cloned, a thrown error turned into a rejection carrying only its message.
   */
  async driveInvoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.#handlers.get(channel);
    this.invocations.push({ channel, args });
    if (!handler) {
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    }
    let result: unknown;
    try {
      result = await handler(event, ...structuredClone(args));
    } catch (err) {
      // The renderer gets a new error with the text only, as Electron serialises it.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
    }
    return structuredClone(result);
  }
}

// ---------------------------------------------------------------- protocol, screen, dialog, Menu

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    if (app.isReady())
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('protocol.handle can only be used after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** What Chromium does for a request to a handled scheme. */
  async driveRequest(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(new Request(url, init));
  }
}

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  touchSupport: 'available' | 'unavailable' | 'unknown';
  internal: boolean;
  label: string;
  scaleFactor: number;
  rotation: number;
}

export const laptopDisplay = (over: Partial<FakeDisplay> = {}): FakeDisplay => ({
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  touchSupport: 'unavailable',
  internal: false,
  label: 'Desk monitor',
  scaleFactor: 1,
  rotation: 0,
  ...over,
});

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [laptopDisplay()];
  primaryId = 1;
  getAllDisplays(): FakeDisplay[] {
    return this.displays.map((d) => ({ ...d, bounds: { ...d.bounds } }));
  }
  getPrimaryDisplay(): FakeDisplay {
    const d = this.displays.find((x) => x.id === this.primaryId) ?? this.displays[0];
    if (!d) throw new Error('no displays');
    return { ...d, bounds: { ...d.bounds } };
  }
}

class FakeDialog {
  errorBoxes: { title: string; content: string }[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

class FakeMenu {
  static applicationMenu: unknown = 'default';
  static setApplicationMenu(menu: unknown): void {
    FakeMenu.applicationMenu = menu;
  }
  static getApplicationMenu(): unknown {
    return FakeMenu.applicationMenu;
  }
}

// ---------------------------------------------------------------- module exports (the `electron` API)

export let app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export let protocol = new FakeProtocol();
export const session = { defaultSession: new FakeSession() };
export let screen = new FakeScreen();
export let dialog = new FakeDialog();
export const BrowserWindow = FakeBrowserWindow;
export const Menu = FakeMenu;

/**
 * The renderer-side objects a preload imports. Each belongs to one page: `fakeElectron.useRendererPage(page)`
 * points these bindings at that page while its preload is evaluated, so the preload keeps the
 * ipcRenderer of its own page, as a real preload does. Outside a preload they throw.
 */
const unbound = (): never => {
  throw new Error(
    'fake electron: no renderer page; run the preload under fakeElectron.useRendererPage(page)',
  );
};
const unboundIpcRenderer = {
  invoke: unbound,
  on: unbound,
  once: unbound,
  removeListener: unbound,
  off: unbound,
};
const unboundContextBridge = { exposeInMainWorld: unbound };
export let ipcRenderer: Pick<FakeIpcRenderer, keyof typeof unboundIpcRenderer> = unboundIpcRenderer;
export let contextBridge: Pick<FakeContextBridge, 'exposeInMainWorld'> = unboundContextBridge;

/** Test controls. */
export const fakeElectron = {
  get app() {
    return app;
  },
  get protocol() {
    return protocol;
  },
  get screen() {
    return screen;
  },
  get dialog() {
    return dialog;
  },
  get session() {
    return session.defaultSession;
  },
  ipcMain,
  useRendererPage(page: FakePage | undefined): void {
    ipcRenderer = page?.ipcRenderer ?? unboundIpcRenderer;
    contextBridge = page?.contextBridge ?? unboundContextBridge;
  },
  setDisplays(displays: FakeDisplay[], primaryId = displays[0]?.id ?? 1): void {
    screen.displays = displays;
    screen.primaryId = primaryId;
  },
};

/** A fresh Electron for each test: a new app, no windows, no handlers, one plain display. */
export function resetFakeElectron(): void {
  for (const w of [...allWindows]) w.destroy({ quitting: true });
  allWindows.clear();
  app.removeAllListeners();
  app = new FakeApp();
  ipcMain.reset();
  protocol = new FakeProtocol();
  session.defaultSession = new FakeSession();
  screen = new FakeScreen();
  dialog = new FakeDialog();
  FakeMenu.applicationMenu = 'default';
  ipcRenderer = unboundIpcRenderer;
  contextBridge = unboundContextBridge;
}
