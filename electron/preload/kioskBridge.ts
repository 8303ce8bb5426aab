// window.kiosk for the Electron renderer: the same KioskApi the loopback host's HTTP client
// satisfies (shared/contract.ts). Built from an injected ipcRenderer so it is tested in plain Node.
// What it guarantees (Electron security checklist #20, "do not expose Electron APIs"):
// - the page gets two functions, never ipcRenderer or an IpcRendererEvent (whose `sender` is
//   ipcRenderer itself);
// - a method outside the contract is refused here, before anything is sent;
// - only `session` travels from the call options; main checks the sender and parses the input.
import type { CallOptions, EventName, KioskApi, MethodName } from '../../shared/contract';
import { createEmitter } from '../../shared/emitter';
import { fail, type Result } from '../../shared/result';
import { EVENT_CHANNEL, isKnownEvent, isKnownMethod, methodChannel } from './channels';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type AnyListener = (payload: unknown) => void;

export function createKioskBridge(ipc: IpcRendererPort): KioskApi {
  // One screen's broken listener must not stop the others hearing the event (the emitter sees to it).
  const events = createEmitter<Record<EventName, unknown>>();
  let subscribed = false;

  // One ipcRenderer listener for all events, installed on first use; the event object stays here.
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
      if (isKnownEvent(name)) events.emit(name, payload);
    });
  };

  const invoke = async (
    method: MethodName,
    input: unknown,
    options?: CallOptions,
  ): Promise<Result<unknown>> => {
    if (!isKnownMethod(method)) return fail('unknown_method', 'errors.rpc.unknownMethod');
    const session = typeof options?.session === 'string' ? options.session : undefined;
    try {
      return (await ipc.invoke(methodChannel(method), input, session ? { session } : {})) as Result<unknown>;
    } catch {
      // Input that cannot be cloned (a function, a DOM node) or main going away: a typed error, no stack.
      return fail('internal', 'errors.rpc.transport');
    }
  };

  const on = (event: EventName, listener: AnyListener): (() => void) => {
    if (!isKnownEvent(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    subscribe();
    // Functions lose their identity crossing the context bridge, so unsubscribing is by closure.
    return events.on(event, listener);
  };

  return { invoke, on } as KioskApi;
}
