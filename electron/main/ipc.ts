// The IPC half of the contract: one ipcMain.handle per method, each checking who calls before the
// core parses the payload (Electron security checklist #17; electron/fiddle's sender check,
// Mattermost's ipcValidate), and the core's events pushed to every window.
import { methodNames, type MethodName } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import type { KioskCore } from '../services/core/kioskCore';
import { EVENT_CHANNEL, methodChannel } from '../preload/channels';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from './electronTypes';
import { isTrustedSenderFrame } from './trustedUrl';

export interface IpcOptions {
  readonly ipcMain: IpcMain;
  readonly core: Pick<KioskCore, 'call'>;
  /** True for the webContents of a window this app opened (fiddle's BrowserWindow.fromWebContents check). */
  readonly isOwnWebContents: (contents: WebContents) => boolean;
  readonly onRefused?: (method: MethodName, frameUrl: string | null) => void;
}

const forbidden = (): Result<never> => fail('forbidden', 'errors.rpc.badSender');

/** The sender check on its own, for tests and for any handler added outside the contract. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  isOwnWebContents: (c: WebContents) => boolean,
): boolean {
  return isTrustedSenderFrame(event.senderFrame) && isOwnWebContents(event.sender);
}

/** Registers every contract method; returns a function that removes them again. */
export function registerIpc(options: IpcOptions): () => void {
  const { ipcMain, core } = options;
  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), async (event, input, callOptions): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, options.isOwnWebContents)) {
        options.onRefused?.(method, event.senderFrame?.url ?? null);
        return forbidden();
      }
      // Input and options arrive as unknown; core.call parses both against the contract.
      return core.call(method, input, callOptions);
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(methodChannel(method));
  };
}

/** Forwards each core event to every open window as (name, payload) on one channel. */
export function forwardEvents(
  events: Pick<KioskCore['events'], 'onAny'>,
  targets: () => Iterable<WebContents>,
): () => void {
  return events.onAny((event, payload) => {
    // After the reply of the call that caused it, as over HTTP (loopbackHost.ts): the window that
    // asked paints from its reply first. setImmediate keeps the events in order.
    setImmediate(() => {
      for (const contents of targets()) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
      }
    });
  });
}
