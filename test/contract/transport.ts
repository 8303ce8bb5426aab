import type { Result } from '../../shared/result';
import type { KioskCore } from '../../electron/services/core/kioskCore';

/**
 * The contract suite speaks to a host through this untyped door so it can also send what a
 * hostile page would: unknown methods, malformed payloads.
 */
export interface RawTransport {
  invoke(method: string, input: unknown, options?: { session?: string }): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export type TransportFactory = (core: KioskCore) => Promise<RawTransport>;
