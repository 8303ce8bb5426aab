// A check-in runs a dozen statements; preparing them again on every scan costs more than running
// them. Once warm, a check-in prepares nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay } from '../support/deskDay';
import { traceStatements } from '../support/traceStatements';

describe('statements are prepared once', () => {
  let t: TestCore;
  afterEach(() => t.core.close());

  it('a warm scan check-in, a repeat scan and a refusal prepare no statement', async () => {
    t = await makeTestCore();
    const desk = new DeskDay(t.core);
    const first = await desk.reserve('2026-11-23', null);
    const second = await desk.reserve('2026-11-23', null);
    const third = await desk.reserve('2026-11-24', null);
    expect(desk.scan(first.token).kind).toBe('checked_in'); // warms the check-in path

    const trace = traceStatements(t.core.db);
    try {
      expect(desk.scan(second.token).kind).toBe('checked_in');
      expect(desk.scan(third.token)).toMatchObject({ kind: 'refused', reason: 'wrong_day' });
    } finally {
      trace.stop();
    }
    expect(trace.prepared).toEqual([]);
  });
});
