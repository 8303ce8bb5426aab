// CommandDeps for tests that drive one service on its own (the print queue, a command), with the
// real event bus and a test log that fails the test on an error-level line.
import type { Db } from '../../db/openDatabase';
import type { Clock } from '../../shared/clock';
import type { EventPayloads } from '../../shared/contract';
import type { CommandDeps } from '../../electron/services/core/command';
import { createEventBus } from '../../electron/services/core/eventBus';
import type { IdSource } from '../../electron/services/core/ids';
import { createTestLog } from './testLog';

export interface HeardEvent {
  readonly event: keyof EventPayloads;
  readonly payload: unknown;
}

export function testDeps(
  db: Db,
  clock: Clock,
  ids: IdSource,
  deviceId = 'kiosk-test',
): CommandDeps & { readonly heard: HeardEvent[] } {
  const { log } = createTestLog();
  const events = createEventBus(log);
  const heard: HeardEvent[] = [];
  events.onAny((event, payload) => heard.push({ event, payload }));
  // A kiosk's first run writes its device row; a bare migrated database has none yet.
  db.prepare('INSERT OR IGNORE INTO device_state (id, device_id, next_seq) VALUES (1, ?, 1)').run(deviceId);
  return { db, clock, ids, deviceId, events, log, heard };
}
