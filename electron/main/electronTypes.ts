// The slice of Electron's main-process API this shell uses, written out structurally. Electron's own
// type declarations ship inside the `electron` package, whose install fails on the build machines
// (ARCHITECTURE.md, "the one fact"), so the modules here are typed against this slice; the real
// module is bound to it in main.ts, and test/fakes/electron.ts implements it for the unit tests.
// Names and shapes follow https://www.electronjs.org/docs/latest/api (Electron 45).

export interface PreventableEvent {
  preventDefault(): void;
}

/** `will-navigate`, `will-redirect`, `will-frame-navigate` details (Event<…EventParams>). */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** webContents `before-input-event` Input. */
export interface ElectronInput {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly isAutoRepeat: boolean;
  readonly shift: boolean;
  readonly control: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
}

export interface RenderProcessGoneDetails {
  readonly reason: string;
  readonly exitCode: number;
}

export interface WindowOpenDetails {
  readonly url: string;
}

export interface WebContents {
  readonly id: number;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: NavigationEvent, url: string) => void,
  ): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(
    event: 'will-attach-webview',
    listener: (event: PreventableEvent, webPreferences: object, params: object) => void,
  ): unknown;
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: ElectronInput) => void): unknown;
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  setWindowOpenHandler(
    handler: (details: WindowOpenDetails) => { action: 'deny' } | { action: 'allow' },
  ): void;
  send(channel: string, ...args: unknown[]): void;
  loadURL(url: string): Promise<void>;
  reload(): void;
  isDestroyed(): boolean;
  closeDevTools(): void;
  print(options: object, callback: (success: boolean, failureReason: string) => void): void;
}

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Display {
  readonly id: number;
  readonly bounds: Rectangle;
  readonly touchSupport: 'available' | 'unavailable' | 'unknown';
  readonly internal?: boolean;
}

export interface WebPreferences {
  readonly preload?: string;
  readonly contextIsolation?: boolean;
  readonly sandbox?: boolean;
  readonly nodeIntegration?: boolean;
  readonly nodeIntegrationInWorker?: boolean;
  readonly nodeIntegrationInSubFrames?: boolean;
  readonly webviewTag?: boolean;
  readonly devTools?: boolean;
  readonly webSecurity?: boolean;
  readonly allowRunningInsecureContent?: boolean;
  readonly experimentalFeatures?: boolean;
  readonly navigateOnDragDrop?: boolean;
  readonly javascript?: boolean;
  readonly spellcheck?: boolean;
  readonly safeDialogs?: boolean;
}

export interface BrowserWindowOptions {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly show?: boolean;
  readonly kiosk?: boolean;
  readonly fullscreen?: boolean;
  readonly frame?: boolean;
  readonly autoHideMenuBar?: boolean;
  readonly backgroundColor?: string;
  readonly title?: string;
  readonly webPreferences?: WebPreferences;
}

export interface BrowserWindow {
  readonly webContents: WebContents;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  destroy(): void;
}

export type BrowserWindowConstructor = new (options: BrowserWindowOptions) => BrowserWindow;

export interface PermissionCheckHandler {
  (webContents: unknown, permission: string, requestingOrigin: string, details: unknown): boolean;
}

export interface Session {
  setPermissionRequestHandler(
    handler:
      ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void;
}

/** `ipcMain.handle` event: who sent the call. `senderFrame` is null once that frame is gone. */
export interface IpcMainInvokeEvent {
  readonly sender: WebContents;
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface CustomScheme {
  readonly scheme: string;
  readonly privileges: Readonly<Record<string, boolean>>;
}

export interface Protocol {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface App {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  enableSandbox(): void;
  whenReady(): Promise<void>;
  getPath(name: 'userData'): string;
  getVersion(): string;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): unknown;
  on(event: 'window-all-closed' | 'will-quit', listener: () => void): unknown;
}

/** Everything main.ts takes from the `electron` module. */
export interface ElectronMain {
  readonly app: App;
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly ipcMain: IpcMain;
  readonly protocol: Protocol;
  readonly session: { readonly defaultSession: Session };
  readonly screen: { getAllDisplays(): Display[]; getPrimaryDisplay(): Display };
  readonly dialog: { showErrorBox(title: string, content: string): void };
  readonly Menu: { setApplicationMenu(menu: null): void };
}
