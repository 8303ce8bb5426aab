// Locks down every webContents the app creates (attached from app 'web-contents-created', so a
// window added later cannot forget it). Numbers are the Electron security checklist items:
// https://www.electronjs.org/docs/latest/tutorial/security
import type { NavigationEvent, PreventableEvent, WebContents } from './electronTypes';
import { isAppUrl } from './trustedUrl';

export type BlockedKind = 'navigate' | 'redirect' | 'frame-navigate' | 'window-open' | 'webview';

export interface HardenOptions {
  /** Told of every refusal (logged in main.ts); a kiosk never opens anything outside itself. */
  readonly onBlocked?: (kind: BlockedKind, url: string) => void;
  /** When packaged, DevTools are closed if anything manages to open them (checklist: devTools off). */
  readonly devTools: boolean;
}

export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const blocked = options.onBlocked ?? (() => {});
  const guard = (kind: BlockedKind) => (event: NavigationEvent, url?: string) => {
    const target = event.url ?? url ?? '';
    if (isAppUrl(target)) return;
    event.preventDefault();
    blocked(kind, target);
  };
  // #13 Limit navigation: only our own pages, whether by link, script, redirect or a subframe.
  contents.on('will-navigate', guard('navigate'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-frame-navigate', guard('frame-navigate'));
  // #14 Limit window creation, #15 no openExternal: nothing opens, not even our own URL.
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window-open', url);
    return { action: 'deny' };
  });
  // #11/#12 <webview> is disabled in webPreferences; refuse attachment too, in case a page finds a way.
  contents.on('will-attach-webview', (event: PreventableEvent, _prefs: object, params: object) => {
    event.preventDefault();
    blocked('webview', String((params as { src?: unknown }).src ?? ''));
  });
  if (!options.devTools) contents.on('devtools-opened', () => contents.closeDevTools());
}
