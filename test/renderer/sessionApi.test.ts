import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { withSessionWatch } from '../../renderer/src/session/sessionApi';

/** The host at the edge: answers each method as told. */
function host(answers: Record<string, Result<unknown>>): KioskApi {
  return {
    invoke: async (method) => (answers[method] ?? ok({})) as never,
    on: () => () => {},
  };
}

describe('a session the host ended', () => {
  it('is reported when a call made with it answers unauthorized', async () => {
    const ended: string[] = [];
    const api = withSessionWatch(
      host({ 'visits.board': fail('unauthorized', 'errors.officer.locked') }),
      (s) => ended.push(s),
    );
    const r = await api.invoke('visits.board', {}, { session: 's1' });
    expect(r.ok).toBe(false);
    expect(ended).toEqual(['s1']);
  });

  it('is not reported for a wrong PIN, a forbidden call, a bad secret or a public call', async () => {
    const ended: string[] = [];
    const api = withSessionWatch(
      host({
        'officer.unlock': fail('unauthorized', 'errors.officer.wrongPin', { params: { attemptsLeft: 4 } }),
        'officer.changePin': fail('unauthorized', 'errors.officer.wrongCurrentPin'),
        'audit.list': fail('forbidden', 'errors.officer.forbidden'),
        'officers.list': fail('unauthorized', 'errors.rpc.badSecret'),
        'app.info': fail('unauthorized', 'errors.officer.locked'),
      }),
      (s) => ended.push(s),
    );
    await api.invoke('officer.unlock', { officerId: 'o1', pin: '000000' });
    await api.invoke('officer.changePin', { currentPin: '1', newPin: '482915' }, { session: 's1' });
    await api.invoke('audit.list', {}, { session: 's1' });
    await api.invoke('officers.list', {}, { session: 's1' });
    await api.invoke('app.info', {});
    expect(ended).toEqual([]);
  });
});
