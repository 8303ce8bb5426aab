import type { EventPayloads } from '../../../shared/contract';
import { createEmitter, type Emitter } from '../../../shared/emitter';
import type { Logger } from './logger';

/** Pushes the core's events to every connected screen (IPC windows, SSE streams) and to its own parts. */
export type EventBus = Emitter<EventPayloads>;

/** A screen whose listener throws must not stop the others from hearing the event; the error is logged. */
export const createEventBus = (log: Logger): EventBus =>
  createEmitter<EventPayloads>((err) => log.error({ err }, 'an event listener failed'));
